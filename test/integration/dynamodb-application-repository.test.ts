import { randomBytes } from 'node:crypto';
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbApplicationRepository } from '../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { keys } from '../../shared/adapters/dynamodb/table-design.ts';
import { ServiceUnavailableError } from '../../shared/domain/errors.ts';
import { draftReferences } from '../../shared/domain/reference.ts';
import type { IdempotencyRecord } from '../../shared/ports/application-repository.ts';
import type { Application } from '../../shared/schemas/application.ts';
import { asSubmitted, draftApplication, nextReference, personHash } from '../fixtures/stored-applications.ts';
import { type LocalAws, startLocalAws } from './support/local-aws.ts';

let aws: LocalAws;
let repository: DynamoDbApplicationRepository;
const writeUnits: Array<{ operation: string; units: number }> = [];
const NOW = new Date('2019-08-01T06:00:00.000Z');

beforeAll(async () => {
  aws = await startLocalAws();
  repository = new DynamoDbApplicationRepository(aws.clients.documentClient, aws.tableName, {
    now: () => NOW,
    onConsumedCapacity: (units, operation) => writeUnits.push({ operation, units }),
  });
});
afterAll(() => aws?.stop());

function idempotencyFor(reference: string, requestHash = 'request-a'): IdempotencyRecord {
  return { keyHash: randomBytes(32).toString('hex'), requestHash, reference };
}

/** A draft at the first reference drawn from a new key, as a create request stores it, with the key's record. */
function keyedDraft(options: Parameters<typeof draftApplication>[0] = {}) {
  const keyHash = randomBytes(32).toString('hex');
  const [reference] = draftReferences(keyHash) as [string];
  const draft = draftApplication({ ...options, reference });
  return { draft, idempotency: { keyHash, requestHash: 'request-a', reference } };
}

async function rawItem(key: { pk: string; sk: string }) {
  const { Item } = await aws.clients.documentClient.send(
    new GetCommand({ TableName: aws.tableName, Key: key, ConsistentRead: true }),
  );
  return Item;
}

describe('createDraft', () => {
  it('stores the draft carrying its idempotency record, with a 24-hour expiry, in one write', async () => {
    const { draft, idempotency } = keyedDraft();
    writeUnits.length = 0;

    await expect(repository.createDraft(draft, idempotency)).resolves.toEqual({ outcome: 'created' });

    await expect(repository.get(draft.reference)).resolves.toEqual(draft);
    expect(await rawItem(keys.application(draft.reference))).toMatchObject({
      idempotency: `${NOW.getTime() / 1000 + 24 * 60 * 60} ${idempotency.keyHash.slice(0, 32)} request-a`,
    });
    await expect(repository.idempotencyRecord(idempotency.keyHash)).resolves.toEqual(idempotency);
    expect(writeUnits).toEqual([{ operation: 'createDraft', units: 1 }]);
  });

  it('answers a retry with the same key with the first attempt record and stores nothing new', async () => {
    const { draft: first, idempotency } = keyedDraft();
    await repository.createDraft(first, idempotency);
    const retry = draftApplication({ reference: first.reference, person: 7 });

    const result = await repository.createDraft(retry, idempotency);

    expect(result).toEqual({ outcome: 'replayed', record: idempotency });
    await expect(repository.get(first.reference)).resolves.toEqual(first);
  });

  it('returns the first request hash when a key is reused with another request, so the caller can refuse it', async () => {
    const { draft: first, idempotency } = keyedDraft();
    await repository.createDraft(first, idempotency);

    const result = await repository.createDraft(draftApplication({ reference: first.reference }), {
      ...idempotency,
      requestHash: 'request-b',
    });

    expect(result).toEqual({ outcome: 'replayed', record: { ...idempotency, requestHash: 'request-a' } });
    await expect(repository.get(first.reference)).resolves.toEqual(first);
  });

  it('reports a taken reference, keeps what holds it, and finds the key at its next reference', async () => {
    const { draft: first, idempotency: firstKey } = keyedDraft({ person: 1 });
    await repository.createDraft(first, firstKey);
    const keyHash = randomBytes(32).toString('hex');
    const [, next] = draftReferences(keyHash) as [string, string];
    const collision = draftApplication({ reference: first.reference, person: 2 });

    const taken = await repository.createDraft(collision, { keyHash, requestHash: 'r', reference: first.reference });
    expect(taken).toEqual({ outcome: 'reference-taken' });
    await expect(repository.get(first.reference)).resolves.toEqual(first);
    await expect(repository.idempotencyRecord(keyHash)).resolves.toBeUndefined();

    const stored = draftApplication({ reference: next, person: 2 });
    await repository.createDraft(stored, { keyHash, requestHash: 'r', reference: next });
    await expect(repository.idempotencyRecord(keyHash)).resolves.toEqual({
      keyHash,
      requestHash: 'r',
      reference: next,
    });
  });

  it('treats an idempotency record past its expiry as absent: the key moves on to its next reference', async () => {
    const { draft: first, idempotency } = keyedDraft();
    await repository.createDraft(first, idempotency);
    const dayLater = new DynamoDbApplicationRepository(aws.clients.documentClient, aws.tableName, {
      now: () => new Date(NOW.getTime() + 24 * 60 * 60 * 1000),
    });

    await expect(dayLater.idempotencyRecord(idempotency.keyHash)).resolves.toBeUndefined();
    const again = await dayLater.createDraft(draftApplication({ reference: first.reference }), idempotency);
    expect(again).toEqual({ outcome: 'reference-taken' });
  });

  it('keeps the record through later changes of the draft and its submission', async () => {
    const { draft, idempotency } = keyedDraft({ person: 310 });
    await repository.createDraft(draft, idempotency);
    const corrected = { ...draft, contact: { email: 'cits@example.lv', language: 'en' as const } };
    await repository.updateDraft(corrected);
    await repository.submit(asSubmitted(corrected, '2019-08-01T07:00:00.000Z'));

    await expect(repository.idempotencyRecord(idempotency.keyHash)).resolves.toEqual(idempotency);
    await expect(repository.createDraft(draft, idempotency)).resolves.toEqual({
      outcome: 'replayed',
      record: idempotency,
    });
  });

  it('lets any other failure of the write propagate', async () => {
    const conflict = Object.assign(new Error('Transaction conflict'), { name: 'TransactionConflictException' });
    const failing = new DynamoDbApplicationRepository(
      { send: async () => Promise.reject(conflict) } as never,
      aws.tableName,
    );
    const draft = draftApplication();

    await expect(failing.createDraft(draft, idempotencyFor(draft.reference))).rejects.toBe(conflict);
  });
});

describe('get', () => {
  it('returns undefined for an unknown reference', async () => {
    await expect(repository.get(nextReference())).resolves.toBeUndefined();
  });

  it('refuses a stored item that does not match the application schema', async () => {
    const draft = draftApplication();
    await aws.clients.documentClient.send(
      new PutCommand({
        TableName: aws.tableName,
        Item: { ...keys.application(draft.reference), ...draft, unexpected: 'field' },
      }),
    );

    await expect(repository.get(draft.reference)).rejects.toThrow(/not a valid application/);
  });
});

describe('submit', () => {
  async function storedDraft(options: Parameters<typeof draftApplication>[0] = {}) {
    const draft = draftApplication(options);
    await repository.createDraft(draft, idempotencyFor(draft.reference));
    return draft;
  }

  it('stores the submission with its queue keys and claims the person in the round, a write each', async () => {
    const draft = await storedDraft({ person: 100, municipalityCode: 'LV-JEL' });
    const submitted = asSubmitted(draft, '2019-08-01T07:15:00.000Z');
    writeUnits.length = 0;

    await expect(repository.submit(submitted)).resolves.toEqual(submitted);

    await expect(repository.get(draft.reference)).resolves.toEqual(submitted);
    const item = await rawItem(keys.application(draft.reference));
    expect(item).toMatchObject({
      queuePk: 'pilot-2019#LV-JEL',
      queueSk: `9999#2019-08-01T07:15:00.000Z#${draft.reference}`,
    });
    // The first of the person's applications is found through the claim, not the `person` index.
    expect(item).not.toHaveProperty('personPk');
    expect(await rawItem(keys.personClaim('pilot-2019', personHash(100)))).toMatchObject({
      reference: draft.reference,
      claimedAt: '2019-08-01T07:15:00.000Z',
    });
    // The submission is one unit for the item and one for its queue entry.
    expect(writeUnits).toEqual([
      { operation: 'claimPerson', units: 1 },
      { operation: 'submit', units: 2 },
    ]);
  });

  it('returns undefined for a second submit of the same application and keeps the first receipt time', async () => {
    const draft = await storedDraft({ person: 101 });
    const first = asSubmitted(draft, '2019-08-01T07:00:00.000Z');
    await repository.submit(first);

    await expect(repository.submit(asSubmitted(draft, '2019-08-01T08:00:00.000Z'))).resolves.toBeUndefined();

    await expect(repository.get(draft.reference)).resolves.toEqual(first);
  });

  it('returns undefined for an application that was never stored', async () => {
    await expect(
      repository.submit(asSubmitted(draftApplication({ person: 150 }), '2019-08-01T07:00:00.000Z')),
    ).resolves.toBeUndefined();
  });

  it('flags a second application of the same person as a possible duplicate and leaves the first untouched', async () => {
    const firstDraft = await storedDraft({ person: 102 });
    const secondDraft = await storedDraft({ person: 102 });
    const first = asSubmitted(firstDraft, '2019-08-01T07:00:00.000Z');
    await repository.submit(first);
    const firstItem = await rawItem(keys.application(firstDraft.reference));

    const second = await repository.submit(asSubmitted(secondDraft, '2019-08-01T09:00:00.000Z'));

    expect(second?.flags).toEqual({ possibleDuplicateOf: firstDraft.reference });
    await expect(repository.get(secondDraft.reference)).resolves.toEqual(second);
    expect(await rawItem(keys.application(firstDraft.reference))).toEqual(firstItem);
    expect(await rawItem(keys.personClaim('pilot-2019', personHash(102)))).toMatchObject({
      reference: firstDraft.reference,
    });
    const { Items } = await aws.clients.documentClient.send(
      new QueryCommand({
        TableName: aws.tableName,
        IndexName: 'person',
        KeyConditionExpression: 'personPk = :person',
        ExpressionAttributeValues: { ':person': `pilot-2019#${personHash(102)}` },
      }),
    );
    // Only the flagged one is in the index, and only by its keys; the person's group is both.
    expect(Items).toEqual([
      expect.objectContaining({
        pk: keys.application(secondDraft.reference).pk,
        personPk: `pilot-2019#${personHash(102)}`,
      }),
    ]);
    expect(Items?.[0]).not.toHaveProperty('reference');
    const group = await repository.ofPerson('pilot-2019', personHash(102));
    expect(group.map((application) => application.reference)).toEqual([firstDraft.reference, secondDraft.reference]);
  });

  it('asks to try again while the claim is held by a submission that may still be stored, then takes it over', async () => {
    const lost = await storedDraft({ person: 103 });
    const later = await storedDraft({ person: 103 });
    await repository.claimPerson(asSubmitted(lost, '2019-08-01T07:00:00.000Z'));

    const soon = repository.submit(asSubmitted(later, '2019-08-01T07:00:05.000Z'));
    await expect(soon).rejects.toBeInstanceOf(ServiceUnavailableError);
    await expect(soon).rejects.toMatchObject({ retryAfterSeconds: 15 });
    await expect(repository.get(later.reference)).resolves.toMatchObject({ status: 'draft' });

    const afterwards = asSubmitted(later, '2019-08-01T07:00:20.000Z');
    await expect(repository.submit(afterwards)).resolves.toEqual(afterwards);
    expect(await rawItem(keys.personClaim('pilot-2019', personHash(103)))).toMatchObject({
      reference: later.reference,
    });
  });

  it('lets exactly one of many parallel claims of one person win, and flags the rest as its duplicates', async () => {
    const drafts = await Promise.all(Array.from({ length: 6 }, () => storedDraft({ person: 104 })));

    // A submission that finds the claim taken by one not yet stored is told to try again shortly, as a client does.
    const submitUntilStored = async (draft: Application): Promise<Application | undefined> => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await repository.submit(asSubmitted(draft, '2019-08-01T07:00:00.000Z'));
        } catch (error) {
          if (!(error instanceof ServiceUnavailableError) || attempt === 50) throw error;
        }
      }
    };
    const stored = await Promise.all(drafts.map(submitUntilStored));

    const claimants = stored.filter((application) => !application?.flags.possibleDuplicateOf);
    expect(claimants).toHaveLength(1);
    const claimant = claimants[0]?.reference;
    for (const application of stored) {
      if (application?.reference !== claimant) expect(application?.flags.possibleDuplicateOf).toBe(claimant);
    }
    await expect(repository.ofPerson('pilot-2019', personHash(104))).resolves.toHaveLength(6);
  });

  it('stores 20 parallel submissions of different people, queued in receipt order', async () => {
    const drafts = await Promise.all(
      Array.from({ length: 20 }, (_, index) => storedDraft({ person: 200 + index, municipalityCode: 'LV-TUK' })),
    );
    const submissions = drafts.map((draft, index) =>
      asSubmitted(draft, new Date(Date.UTC(2019, 7, 2, 8, 0, 59 - index)).toISOString()),
    );

    const results = await Promise.all(submissions.map((submission) => repository.submit(submission)));

    expect(results).toEqual(submissions);
    const { Items } = await aws.clients.documentClient.send(
      new QueryCommand({
        TableName: aws.tableName,
        IndexName: 'queue',
        KeyConditionExpression: 'queuePk = :queue',
        ExpressionAttributeValues: { ':queue': 'pilot-2019#LV-TUK' },
      }),
    );
    expect(Items?.map((item) => item.reference)).toEqual(submissions.map((item) => item.reference).reverse());
  });

  it('reports the write units of each write to the capacity observer', async () => {
    writeUnits.length = 0;
    const draft = draftApplication({ person: 300 });
    await repository.createDraft(draft, idempotencyFor(draft.reference));
    await repository.submit(asSubmitted(draft, '2019-08-01T07:00:00.000Z'));
    const duplicate = draftApplication({ person: 300 });
    await repository.createDraft(duplicate, idempotencyFor(duplicate.reference));
    await repository.submit(asSubmitted(duplicate, '2019-08-01T07:30:00.000Z'));

    expect(writeUnits.map((entry) => entry.operation)).toEqual([
      'createDraft',
      'claimPerson',
      'submit',
      'createDraft',
      'submit',
    ]);
    for (const entry of writeUnits) expect(entry.units).toBeGreaterThan(0);
  });
});

describe('updateDraft', () => {
  it('replaces the answers of a draft', async () => {
    const draft = draftApplication({ person: 300 });
    await repository.createDraft(draft, idempotencyFor(draft.reference));
    const corrected = { ...draft, person: { ...draft.person, firstName: 'Annija', municipalityCode: 'LV-JEL' } };

    await expect(repository.updateDraft(corrected)).resolves.toEqual(corrected);

    await expect(repository.get(draft.reference)).resolves.toEqual(corrected);
  });

  it('refuses to change a submitted application and leaves it as it was', async () => {
    const draft = draftApplication({ person: 301 });
    await repository.createDraft(draft, idempotencyFor(draft.reference));
    const submitted = asSubmitted(draft, '2019-08-01T07:00:00.000Z');
    await repository.submit(submitted);

    await expect(
      repository.updateDraft({ ...draft, person: { ...draft.person, firstName: 'X' } }),
    ).resolves.toBeUndefined();

    await expect(repository.get(draft.reference)).resolves.toEqual(submitted);
  });

  it('does not create an application that was never stored', async () => {
    const stranger = draftApplication({ person: 302 });

    await expect(repository.updateDraft(stranger)).resolves.toBeUndefined();
    await expect(repository.get(stranger.reference)).resolves.toBeUndefined();
  });
});
