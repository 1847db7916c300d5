import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toItem } from '../../shared/adapters/dynamodb/application-item.ts';
import { DynamoDbPersonalData } from '../../shared/adapters/dynamodb/dynamodb-personal-data.ts';
import { keys } from '../../shared/adapters/dynamodb/table-design.ts';
import type { SelectionRunSummary } from '../../shared/schemas/selection-api.ts';
import { asSubmitted, draftApplication, nextReference, personHash } from '../fixtures/stored-applications.ts';
import { type LocalAws, startLocalAws } from './support/local-aws.ts';

/**
 * The person's data read from DynamoDB Local, as the access export reads it: by the keyed hash across rounds and
 * drafts, the ledger and its neighbours by reference in batches, and every run of a round with one municipality's
 * part of it. What `DynamoDbPersonalData` finds is held to what was put, item for item.
 */

let aws: LocalAws;
let store: DynamoDbPersonalData;

beforeAll(async () => {
  aws = await startLocalAws();
  store = new DynamoDbPersonalData(aws.clients.documentClient, aws.tableName);
});
afterAll(() => aws?.stop());

const put = (item: Record<string, unknown>) =>
  aws.clients.documentClient.send(new PutCommand({ TableName: aws.tableName, Item: item }));

describe('DynamoDbPersonalData', () => {
  it('finds every application of a person by the keyed hash, drafts and other rounds too, and nobody else’s', async () => {
    const sent = asSubmitted(draftApplication({ person: 901 }), '2019-08-02T06:00:00.000Z');
    const draft = { ...draftApplication({ person: 901 }), roundId: 'pilot-2020' };
    const someoneElse = draftApplication({ person: 902 });
    for (const application of [sent, draft, someoneElse]) await put(toItem(application));

    const found = await store.applicationsOf(personHash(901));
    expect(found.map(({ reference }) => reference).sort()).toEqual([sent.reference, draft.reference].sort());
    expect(found.find(({ reference }) => reference === sent.reference)).toEqual(sent);
  });

  it('reads the claim of a person in a round', async () => {
    const reference = nextReference();
    await put({ ...keys.personClaim('pilot-2019', personHash(903)), reference, claimedAt: '2019-08-02T06:00:00.000Z' });
    await expect(store.personClaim('pilot-2019', personHash(903))).resolves.toBe(reference);
    await expect(store.personClaim('pilot-2020', personHash(903))).resolves.toBeUndefined();
  });

  it('finds the ledger, link counts and retry records of more references than one scan asks about', async () => {
    const references = Array.from({ length: 25 }, () => nextReference());
    const other = nextReference();
    for (const reference of [...references, other]) {
      await put({
        ...keys.notification(`${reference}#receipt`),
        sentTo: new Set(['representative', 'applicant']),
        sentAt: '2019-08-02T06:00:01.000Z',
      });
      await put({ ...keys.linkEmails(reference, '2019-08-03'), count: 2, expiresAt: 1_565_000_000 });
      // A draft carries its create request's record.
      await put({
        ...toItem(draftApplication({ person: 904 })),
        ...keys.application(reference),
        reference,
        idempotency: '1564700000 k r',
      });
    }
    // A record the ledger's earlier form wrote: one recipient in its id, with the state of its sending.
    await put({
      ...keys.notification(`${references[0]}#draft-saved#applicant`),
      state: 'sending',
      claimedAt: '2019-08-01T06:00:00.000Z',
    });

    const records = await store.recordsAbout(references);
    expect(records.ledger.map(({ reference }) => reference).sort()).toEqual([...references, references[0]].sort());
    expect(records.ledger).toContainEqual({
      reference: references[1],
      id: `${references[1]}#receipt`,
      sentTo: ['applicant', 'representative'],
      sentAt: '2019-08-02T06:00:01.000Z',
    });
    expect(records.ledger).toContainEqual({
      reference: references[0],
      id: `${references[0]}#draft-saved#applicant`,
      state: 'sending',
      claimedAt: '2019-08-01T06:00:00.000Z',
    });
    expect(records.linkEmails).toHaveLength(25);
    expect(records.linkEmails[0]).toMatchObject({ day: '2019-08-03', count: 2 });
    expect(records.retries.map(({ reference }) => reference).sort()).toEqual([...references].sort());
    expect(records.retries[0]?.expiresAt).toBe(1_564_700_000);
    expect(JSON.stringify(records)).not.toContain(other);
  });

  it('reads every run of a round, newest first, with the municipality’s part, and marks the latest', async () => {
    const reference = nextReference();
    const summary = (runId: string, ranAt: string): SelectionRunSummary => ({
      runId,
      roundId: 'pilot-2021',
      inputsHash: 'c'.repeat(64),
      ruleVersion: 'v1',
      ranAt,
      ranBy: 'admin',
      status: 'computed',
      municipalities: [{ code: 'LV-016', cap: 1, selected: 1, waitlisted: 0, excluded: 0 }],
    });
    const candidate = { reference, state: 'eligible', totalScore: 5, receivedAt: '2019-08-02T06:00:00.000Z' } as const;
    const part = {
      municipalityCode: 'LV-016',
      input: { cap: 1, applications: [candidate] },
      result: {
        cap: 1,
        selected: [{ reference, totalScore: 5, receivedAt: candidate.receivedAt, rank: 1 }],
        waitlisted: [],
        excluded: [],
      },
    };
    for (const [runId, ranAt] of [
      ['0123456789abcdef0001', '2019-08-20T06:00:00.000Z'],
      ['0123456789abcdef0002', '2019-08-21T06:00:00.000Z'],
    ] as const) {
      await put({ ...keys.run('pilot-2021', runId), ...summary(runId, ranAt) });
      await put({ ...keys.runRows('pilot-2021', runId, 'LV-016'), ...part });
    }
    await put({ ...keys.latestRun('pilot-2021'), runId: '0123456789abcdef0002' });

    const runs = await store.runsOf('pilot-2021', 'LV-016');
    expect(runs.map(({ summary, latest }) => [summary.runId, latest])).toEqual([
      ['0123456789abcdef0002', true],
      ['0123456789abcdef0001', false],
    ]);
    expect(runs[0]?.part.input.applications).toEqual([candidate]);
    await expect(store.runsOf('pilot-2021', 'LV-JEL')).resolves.toEqual([]);
  });

  it('tells an anonymised record, by the status that marks it, from a live application', async () => {
    const live = draftApplication();
    const anonymised = nextReference();
    await put(toItem(live));
    await put({
      ...keys.application(anonymised),
      reference: anonymised,
      status: 'anonymised',
      municipalityCode: 'LV-JEL',
    });

    await expect(store.anonymisedIn(anonymised)).resolves.toBe('LV-JEL');
    await expect(store.anonymisedIn(live.reference)).resolves.toBeUndefined();
    await expect(store.anonymisedIn(nextReference())).resolves.toBeUndefined();
  });
});
