import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHandler } from '../../functions/follow-queue.ts';
import { toItem } from '../../shared/adapters/dynamodb/application-item.ts';
import { DynamoDbApplicationRepository } from '../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import type { Application } from '../../shared/schemas/application.ts';
import { auditEntry, nextRoundId } from '../fakes/contracts/subject.ts';
import { asSubmitted, draftApplication } from '../fixtures/stored-applications.ts';
import { type LocalAws, startLocalAws } from './support/local-aws.ts';
import { tableStreamEvent } from './support/table-stream.ts';

/**
 * The queue's consumer on the table's real stream (DynamoDB Local): Lambda delivers a batch again after a failed
 * or lost answer, and from a failed record on after a partial answer, so the same records come more than once.
 */
let aws: LocalAws;
let repository: DynamoDbApplicationRepository;
const context = { awsRequestId: 'follow-queue-test' } as Context;

beforeAll(async () => {
  aws = await startLocalAws();
  repository = new DynamoDbApplicationRepository(aws.clients.documentClient, aws.tableName, {
    auditTableName: () => aws.auditTableName,
  });
});
afterAll(() => aws?.stop());

const handler = makeHandler(async () => ({ applications: repository }));
const deliver = (event: DynamoDBStreamEvent) => handler(event, context);

let person = 90_000;
async function submit(roundId: string, options: { person?: number; municipalityCode?: string } = {}) {
  person += 1;
  const draft = {
    ...draftApplication({ person: options.person ?? person, municipalityCode: options.municipalityCode ?? 'LV-016' }),
    roundId,
  };
  await repository.createDraft(draft, {
    keyHash: `follow-${draft.reference}`,
    requestHash: 'r',
    reference: draft.reference,
  });
  return (await repository.submit(asSubmitted(draft, '2019-08-02T08:00:00.000Z'))) as Application;
}

/** The table's stream from the first record to now, only of this round's applications. */
async function streamOf(...applications: Application[]): Promise<DynamoDBStreamEvent> {
  const references = new Set(applications.map((application) => `APP#${application.reference}`));
  const { Records } = await tableStreamEvent(aws);
  return { Records: Records.filter((record) => references.has(String(record.dynamodb?.Keys?.pk?.S))) };
}

/** The application refused, as the eligibility decision stores it. */
const refused = (application: Application): Application => ({
  ...application,
  review: {
    eligibility: {
      decision: 'not-eligible',
      reason: 'disability-group-not-eligible',
      by: { subject: 'sub-1', username: 'bauska', displayName: 'Bauska' },
      at: '2019-08-05T08:00:00.000Z',
    },
  },
});

const countsOf = async (roundId: string, municipalityCode: string) =>
  (await repository.queueCounts(roundId, [municipalityCode]))[0]?.counts;

describe('the queue’s stream consumer', () => {
  it('counts each application once however often and however cut its records come', async () => {
    const roundId = nextRoundId();
    const first = await submit(roundId, { person: 95_000 });
    const duplicate = await submit(roundId, { person: 95_000 });
    const refusedOne = await submit(roundId);
    const jelgava = await submit(roundId, { municipalityCode: 'LV-JEL' });
    const read = (await repository.get(refusedOne.reference)) as Application;
    await repository.saveReviewed([refused(read)], auditEntry());
    const event = await streamOf(first, duplicate, refusedOne, jelgava);
    expect(event.Records.length).toBeGreaterThanOrEqual(9);
    const expected = { 'to-review': 1, 'possible-duplicate': 1, 'not-eligible': 1, eligible: 0 };

    await expect(deliver(event)).resolves.toEqual({ batchItemFailures: [] });
    expect(await countsOf(roundId, 'LV-016')).toMatchObject(expected);
    await deliver(event);
    await deliver({ Records: event.Records.slice(3) });
    await deliver({ Records: event.Records.slice(0, 4) });
    // The refused application's submission alone, older than its refusal: it changes nothing.
    const [, submission] = event.Records.filter(
      (record) => record.dynamodb?.Keys?.pk?.S === `APP#${refusedOne.reference}`,
    );
    await deliver({ Records: [submission as DynamoDBRecord] });
    expect(await countsOf(roundId, 'LV-016')).toMatchObject(expected);
    expect(await countsOf(roundId, 'LV-JEL')).toMatchObject({ 'to-review': 1 });
    const page = await repository.queuePage({ roundId, municipalityCode: 'LV-016', sort: 'state', limit: 10 });
    expect(page.entries.map((entry) => [entry.row.reference, entry.row.state])).toEqual([
      [first.reference, 'to-review'],
      [duplicate.reference, 'possible-duplicate'],
      [refusedOne.reference, 'not-eligible'],
    ]);
  });

  it('writes a staff change again when the stream followed its application between the read and the write', async () => {
    const roundId = nextRoundId();
    const submitted = await submit(roundId);
    const transactions: string[] = [];
    // The consumer follows the submission just before the staff change's first transaction reaches the table.
    const racing = new Proxy(aws.clients.documentClient, {
      get(target, property) {
        if (property !== 'send') return Reflect.get(target, property);
        return async (command: { constructor: { name: string } }) => {
          if (command instanceof TransactWriteCommand && transactions.push('sent') === 1) {
            await repository.followChanges([{ reference: submitted.reference, after: submitted }]);
          }
          return target.send(command as never);
        };
      },
    });
    const staffRepository = new DynamoDbApplicationRepository(racing, aws.tableName, {
      auditTableName: () => aws.auditTableName,
    });
    const read = (await staffRepository.get(submitted.reference)) as Application;
    await expect(staffRepository.saveReviewed([refused(read)], auditEntry())).resolves.toBe('saved');
    expect(transactions).toHaveLength(2);
    expect(await countsOf(roundId, 'LV-016')).toMatchObject({ 'to-review': 0, 'not-eligible': 1 });
  });

  it('reports a record it cannot read, and follows the others of the batch', async () => {
    const roundId = nextRoundId();
    const readable = await submit(roundId);
    const broken = { ...toItem(asSubmitted({ ...draftApplication(), roundId }, '2019-08-02T08:00:00.000Z')) };
    const record: DynamoDBRecord = {
      eventName: 'INSERT',
      dynamodb: {
        Keys: marshall({ pk: broken.pk, sk: broken.sk }) as never,
        NewImage: marshall({ ...broken, status: 'withdrawn' }, { removeUndefinedValues: true }) as never,
        SequenceNumber: '1',
      },
    };
    const { Records } = await streamOf(readable);
    await expect(deliver({ Records: [record, ...Records] })).resolves.toEqual({
      batchItemFailures: [{ itemIdentifier: '1' }],
    });
    expect(await countsOf(roundId, 'LV-016')).toMatchObject({ 'to-review': 1 });
  });
});
