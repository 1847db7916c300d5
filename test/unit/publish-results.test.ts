import { marshall } from '@aws-sdk/util-dynamodb';
import type { Context, DynamoDBRecord } from 'aws-lambda';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeHandler } from '../../functions/publish-results.ts';
import { toItem } from '../../shared/adapters/dynamodb/application-item.ts';
import { keys } from '../../shared/adapters/dynamodb/table-design.ts';
import type { Ports } from '../../shared/ports/index.ts';
import type { SelectionRunSummary } from '../../shared/schemas/selection-api.ts';
import type { MemoryPorts } from '../fakes/memory-ports.ts';
import { submittedApplication } from '../fixtures/applications.ts';
import { publishedRun } from '../fixtures/published-run.ts';
import { pilotLikeRound } from '../fixtures/rounds.ts';

/** The ports the consumer gets, made afresh by each test. */
const current = { ports: undefined as unknown as Ports };
const handler = makeHandler(async () => current.ports);
const invocation = { awsRequestId: 'request-1', getRemainingTimeInMillis: () => 60_000 } as Context;

/** A stream record of a change of the run's header, as the table's stream reports it. */
function headerRecord(sequenceNumber: string, summary: SelectionRunSummary): DynamoDBRecord {
  const key = keys.run(summary.roundId, summary.runId);
  const image = marshall({ ...key, ...summary }, { removeUndefinedValues: true }) as never;
  return {
    eventName: 'MODIFY',
    dynamodb: { SequenceNumber: sequenceNumber, Keys: marshall(key) as never, NewImage: image },
  };
}

function applicationRecord(sequenceNumber: string): DynamoDBRecord {
  const image = marshall(toItem(submittedApplication()), { removeUndefinedValues: true }) as never;
  return { eventName: 'MODIFY', dynamodb: { SequenceNumber: sequenceNumber, Keys: image, NewImage: image } };
}

let ports: MemoryPorts;
let summary: SelectionRunSummary;
beforeAll(() => {
  vi.stubEnv('PUBLIC_WEB_URL', 'https://apply.example.lv');
  vi.stubEnv('MAIL_FROM', 'pieteikumi@intake.example.lv');
  vi.stubEnv('MAIL_RATE_PER_SECOND', '14');
});
afterAll(() => vi.unstubAllEnvs());
beforeEach(async () => {
  ({ ports } = await publishedRun({ 'LV-016': 3 }));
  current.ports = ports;
  summary = (await ports.selectionRuns.latest(pilotLikeRound.id)) as SelectionRunSummary;
});

const progress = async () => (await ports.selectionRuns.latest(pilotLikeRound.id))?.publication;

describe('the publication job’s stream consumer', () => {
  it('takes the next step when the run’s header changes while it is being published, once per batch', async () => {
    const answer = await handler({ Records: [headerRecord('100', summary), headerRecord('101', summary)] }, invocation);

    expect(answer).toEqual({ batchItemFailures: [] });
    await expect(progress()).resolves.toMatchObject({ recorded: 3, emailed: 0 });
  });

  it('leaves every other change alone, and a publication that is finished', async () => {
    const started = summary.publication;
    if (!started) throw new Error('The run is not being published');
    const finished = { ...summary, publication: { ...started, finishedAt: '2019-08-22T00:00:00.000Z' } };

    await handler({ Records: [applicationRecord('100'), headerRecord('101', finished)] }, invocation);

    await expect(progress()).resolves.toMatchObject({ recorded: 0 });
  });

  it('reports the record failed when the step cannot even be taken, so that Lambda delivers it again', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    ports.selectionRuns.takePublicationStep = async () => {
      throw Object.assign(new Error('Service unavailable'), { name: 'InternalServerError' });
    };

    const answer = await handler({ Records: [applicationRecord('099'), headerRecord('100', summary)] }, invocation);

    expect(answer).toEqual({ batchItemFailures: [{ itemIdentifier: '100' }] });
    expect(errors.mock.calls.map(([line]) => JSON.parse(String(line)))).toMatchObject([
      { level: 'error', event: 'publication-step-not-stored', sequenceNumber: '100', name: 'InternalServerError' },
    ]);
    errors.mockRestore();
  });
});
