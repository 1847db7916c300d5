import { BatchWriteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROWS_PER_ITEM } from '../../shared/adapters/dynamodb/dynamodb-selection-run-repository.ts';
import { keys } from '../../shared/adapters/dynamodb/table-design.ts';
import { RESULT_PAGE_ROWS } from '../../shared/domain/result-pages.ts';
import { selectApplications } from '../../shared/domain/selection.ts';
import { inputOfRows, resultOfRows } from '../../shared/domain/selection-rows.ts';
import type { Ports } from '../../shared/ports/index.ts';
import { getProtocol, protocolCsv } from '../../shared/use-cases/selection/get-protocol.ts';
import { getSelectionRun } from '../../shared/use-cases/selection/get-selection-run.ts';
import { drainPublication } from '../../shared/use-cases/selection/publication-job.ts';
import { publishSelection } from '../../shared/use-cases/selection/publish-selection.ts';
import { runHash } from '../../shared/use-cases/selection/run-hash.ts';
import { runSelection } from '../../shared/use-cases/selection/run-selection.ts';
import { decidedApplication, referenceAt, writeApplications } from '../fixtures/decided-applications.ts';
import { pilotLikeRound } from '../fixtures/rounds.ts';
import { adminPorts, adminRequest, faultyPorts } from './support/faulty-ports.ts';
import { type LocalAws, startLocalAws } from './support/local-aws.ts';

/**
 * A municipality far beyond the pilot on the stand-ins: 3,000 decided applications in Bauska, whose part of a run
 * would be one item of over 400 KB stored whole (DynamoDB refuses those). The run is stored in slices, read back a
 * page at a time, and checks against its own hash. Publishing goes by steps of at most 1,000 results recorded and
 * 500 e-mailed, so a run of 1,001 in a round of its own crosses every one of the job's limits (and the slices'
 * 1,000 rows) by one: it is published to the end by the job, every result recorded and e-mailed once, through the
 * SES stand-in. (Publishing the 3,000 as well took a minute of the suite and crossed no limit more.)
 */

const APPLICATIONS = 3000;
const PUBLISHED = 1001;
const CLOSED = new Date('2019-08-20T08:00:00.000Z');
const round = { ...pilotLikeRound, id: 'scale-2019' };
const publishedRound = { ...pilotLikeRound, id: 'scale-2019-published' };

let aws: LocalAws;
let system: ReturnType<typeof faultyPorts>;
let ports: Ports;

/** The n-th application of `roundId`, received 7 s after the one before: every seventh not eligible. */
const decided = (n: number, roundId: string) =>
  decidedApplication(n, {
    roundId,
    receivedAt: new Date(Date.UTC(2019, 7, 1, 6) + n * 7_000).toISOString(),
    eligible: n % 7 !== 0,
    email: `person${n}@example.lv`,
  });

beforeAll(async () => {
  aws = await startLocalAws();
  system = faultyPorts(aws);
  ports = system.ports;
  await ports.rounds.put(round);
  await ports.rounds.put(publishedRound);
  const { documentClient } = aws.clients;
  await writeApplications(
    documentClient,
    aws.tableName,
    Array.from({ length: APPLICATIONS }, (_, n) => decided(n, round.id)),
  );
  await writeApplications(
    documentClient,
    aws.tableName,
    Array.from({ length: PUBLISHED }, (_, n) => decided(10_000 + n, publishedRound.id)),
  );
}, 120_000);
afterAll(async () => {
  system?.stop();
  await aws?.stop();
});

describe('a run of 3,000 applications in one municipality', () => {
  let runId = '';

  it('is stored in slices under DynamoDB’s item size, where one item of the whole part would not be', async () => {
    const { created, answer } = await runSelection(adminPorts(ports), adminRequest('selection.run', CLOSED), round.id);
    expect(created).toBe(true);
    runId = answer.run.runId;
    expect(answer.municipalities.find((counts) => counts.code === 'LV-016')).toMatchObject({
      selected: 10,
      waitlisted: APPLICATIONS - Math.ceil(APPLICATIONS / 7) - 10,
      excluded: Math.ceil(APPLICATIONS / 7),
    });

    const { Items: slices = [] } = await aws.clients.documentClient.send(
      new QueryCommand({
        TableName: aws.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.runRows(round.id, runId, '').pk },
      }),
    );
    expect(slices.map((slice) => slice.sk)).toEqual(['LV-016#000000', 'LV-016#000001', 'LV-016#000002']);
    const sizes = slices.map((slice) => Buffer.byteLength(String(slice.rows)));
    expect(Math.max(...sizes)).toBeLessThan(200_000);
    // The part as one item (its inputs and result, as runs were stored before) would be over DynamoDB's 400 KB.
    const rows = await ports.selectionRuns.rows(round.id, runId, 'LV-016');
    const whole = { input: inputOfRows(10, rows), result: resultOfRows(10, rows) };
    expect(Buffer.byteLength(JSON.stringify(whole))).toBeGreaterThan(400 * 1024);
  });

  it('reads back a page at a time, and its stored rows give its hash and its result again', async () => {
    const page = (from: number) =>
      getSelectionRun(adminPorts(ports), adminRequest('selection.read', CLOSED), {
        roundId: round.id,
        municipality: 'LV-016',
        from,
      });
    const first = await page(0);
    const across = await page(ROWS_PER_ITEM - 3);
    expect(first.result?.rows).toHaveLength(RESULT_PAGE_ROWS);
    expect(first.result?.rows.slice(0, 10).map((row) => row.decision)).toEqual(Array(10).fill('selected'));
    expect(across.result?.rows).toHaveLength(RESULT_PAGE_ROWS);
    expect(across.result?.total).toBe(APPLICATIONS);
    expect(Buffer.byteLength(JSON.stringify(across))).toBeLessThan(100_000);

    const rows = await ports.selectionRuns.rows(round.id, runId, 'LV-016');
    expect(across.result?.rows.map((row) => row.reference)).toEqual(
      rows.slice(ROWS_PER_ITEM - 3, ROWS_PER_ITEM - 3 + RESULT_PAGE_ROWS).map((row) => row.reference),
    );
    const summary = await ports.selectionRuns.latest(round.id);
    const hash = runHash(summary?.ruleVersion ?? '', round.id);
    for (const { code, cap } of summary?.municipalities ?? []) {
      hash.add(code, inputOfRows(cap, code === 'LV-016' ? rows : []));
    }
    expect(hash.digest()).toBe(summary?.inputsHash);
    expect(selectApplications(inputOfRows(10, rows))).toEqual({ ok: true, result: resultOfRows(10, rows) });

    const protocol = await getProtocol(adminPorts(ports), adminRequest('protocol.read', CLOSED), {
      roundId: round.id,
      municipality: 'LV-016',
      contacts: false,
      rows: { from: 2990, count: 1000 },
    });
    expect(protocol.rows).toHaveLength(10);
    const csv = protocolCsv(
      await getProtocol(adminPorts(ports), adminRequest('protocol.read', CLOSED), {
        roundId: round.id,
        municipality: 'LV-016',
        contacts: false,
      }),
    );
    expect(csv.trim().split('\n')).toHaveLength(APPLICATIONS + 1);
  });
});

describe('a run of 1,001 applications, one more than a step of the publication job records', () => {
  it('is published by the job to the end: every result recorded and e-mailed once', async () => {
    const ran = await runSelection(adminPorts(ports), adminRequest('selection.run', CLOSED), publishedRound.id);
    const runId = ran.answer.run.runId;
    const { started, answer } = await publishSelection(adminPorts(ports), adminRequest('selection.publish', CLOSED), {
      roundId: publishedRound.id,
      runId,
    });
    expect(started).toBe(true);
    expect(answer.run.publication).toMatchObject({ total: PUBLISHED, recorded: 0, emailed: 0 });

    const progress = await drainPublication(ports, publishedRound.id, { webUrl: 'https://apply.example.lv' });

    expect(progress).toMatchObject({ recorded: PUBLISHED, emailed: PUBLISHED, notSentCount: 0 });
    const last = await ports.applications.get(referenceAt(10_000 + PUBLISHED - 1));
    expect(last?.selection).toMatchObject({ runId });
    const mail = (await (await fetch(`${aws.standIns.endpoints.ses}/store`)).json()) as {
      emails: { destination: { to: string[] } }[];
    };
    const addresses = mail.emails.flatMap((email) => email.destination.to);
    expect(addresses).toHaveLength(PUBLISHED);
    expect(new Set(addresses).size).toBe(PUBLISHED);
  }, 120_000);
});

describe('a run stored before rows were sliced', () => {
  it('is read back from its one item per municipality, a range at a time', async () => {
    const runId = 'abcdefabcdefabcdef00';
    const roundId = 'stored-whole';
    const candidates = [0, 1, 2, 3].map((n) => ({
      reference: referenceAt(50_000 + n),
      state: 'eligible' as const,
      totalScore: n,
      receivedAt: `2019-08-0${n + 1}T08:00:00.000Z`,
    }));
    const input = { cap: 2, applications: candidates };
    const outcome = selectApplications(input);
    if (!outcome.ok) throw new Error('The inputs are decided');
    const summary = {
      runId,
      roundId,
      inputsHash: 'e'.repeat(64),
      ruleVersion: 'score-then-receipt-then-reference/1',
      ranAt: '2019-08-20T08:00:00.000Z',
      ranBy: 'admin',
      status: 'published',
      publishedAt: '2019-08-21T08:00:00.000Z',
      publishedBy: 'admin',
      municipalities: [{ code: 'LV-016', cap: 2, selected: 2, waitlisted: 2, excluded: 0 }],
    };
    const items = [
      { ...keys.run(roundId, runId), ...summary },
      { ...keys.latestRun(roundId), runId },
      { ...keys.runRows(roundId, runId, 'LV-016'), municipalityCode: 'LV-016', input, result: outcome.result },
    ];
    await aws.clients.documentClient.send(
      new BatchWriteCommand({ RequestItems: { [aws.tableName]: items.map((Item) => ({ PutRequest: { Item } })) } }),
    );

    await expect(ports.selectionRuns.latest(roundId)).resolves.toEqual(summary);
    const rows = await ports.selectionRuns.rows(roundId, runId, 'LV-016');
    expect(resultOfRows(2, rows)).toEqual(outcome.result);
    await expect(ports.selectionRuns.rows(roundId, runId, 'LV-016', { from: 1, count: 2 })).resolves.toEqual(
      rows.slice(1, 3),
    );
  });
});
