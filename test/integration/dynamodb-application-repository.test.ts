import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbApplicationRepository } from '../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { keys } from '../../shared/adapters/dynamodb/table-design.ts';
import type { IdempotencyRecord } from '../../shared/ports/application-repository.ts';
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

let keyCount = 0;
function idempotencyFor(reference: string, requestHash = 'request-a'): IdempotencyRecord {
  keyCount += 1;
  return { keyHash: `key-${keyCount}`, requestHash, reference };
}

async function rawItem(key: { pk: string; sk: string }) {
  const { Item } = await aws.clients.documentClient.send(
    new GetCommand({ TableName: aws.tableName, Key: key, ConsistentRead: true }),
  );
  return Item;
}

describe('createDraft', () => {
  it('stores the draft and its idempotency record with a 24-hour expiry', async () => {
    const draft = draftApplication();
    const idempotency = idempotencyFor(draft.reference);

    await expect(repository.createDraft(draft, idempotency)).resolves.toEqual({ outcome: 'created' });

    await expect(repository.get(draft.reference)).resolves.toEqual(draft);
    expect(await rawItem(keys.idempotency(idempotency.keyHash))).toMatchObject({
      requestHash: 'request-a',
      reference: draft.reference,
      expiresAt: NOW.getTime() / 1000 + 24 * 60 * 60,
    });
  });

  it('answers a retry with the same key with the first attempt record and stores nothing new', async () => {
    const first = draftApplication();
    const idempotency = idempotencyFor(first.reference);
    await repository.createDraft(first, idempotency);
    const retry = draftApplication();

    const result = await repository.createDraft(retry, { ...idempotency, reference: retry.reference });

    expect(result).toEqual({ outcome: 'replayed', record: idempotency });
    await expect(repository.get(retry.reference)).resolves.toBeUndefined();
  });

  it('returns the first request hash when a key is reused with another request, so the caller can refuse it', async () => {
    const first = draftApplication();
    const idempotency = idempotencyFor(first.reference, 'request-a');
    await repository.createDraft(first, idempotency);
    const other = draftApplication();

    const result = await repository.createDraft(other, {
      ...idempotency,
      requestHash: 'request-b',
      reference: other.reference,
    });

    expect(result).toEqual({ outcome: 'replayed', record: { ...idempotency, requestHash: 'request-a' } });
    await expect(repository.get(other.reference)).resolves.toBeUndefined();
  });

  it('reports a taken reference and leaves no idempotency record behind', async () => {
    const first = draftApplication({ person: 1 });
    await repository.createDraft(first, idempotencyFor(first.reference));
    const collision = draftApplication({ reference: first.reference, person: 2 });
    const idempotency = idempotencyFor(collision.reference);

    await expect(repository.createDraft(collision, idempotency)).resolves.toEqual({ outcome: 'reference-taken' });

    await expect(rawItem(keys.idempotency(idempotency.keyHash))).resolves.toBeUndefined();
    await expect(repository.get(first.reference)).resolves.toEqual(first);
  });

  it('treats an idempotency record past its expiry as absent, whether or not TTL has deleted it', async () => {
    const first = draftApplication();
    const idempotency = idempotencyFor(first.reference);
    await repository.createDraft(first, idempotency);
    const dayLater = new DynamoDbApplicationRepository(aws.clients.documentClient, aws.tableName, {
      now: () => new Date(NOW.getTime() + 24 * 60 * 60 * 1000),
    });
    const second = draftApplication();

    const result = await dayLater.createDraft(second, { ...idempotency, reference: second.reference });

    expect(result).toEqual({ outcome: 'created' });
    await expect(dayLater.get(second.reference)).resolves.toEqual(second);
  });

  it('lets any other failure of the transaction propagate', async () => {
    const conflict = Object.assign(new Error('Transaction cancelled'), {
      name: 'TransactionCanceledException',
      CancellationReasons: [{ Code: 'None' }, { Code: 'TransactionConflict' }],
    });
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

  it('stores the submission with its index keys and claims the person in the round', async () => {
    const draft = await storedDraft({ person: 100, municipalityCode: 'LV-JEL' });
    const submitted = asSubmitted(draft, '2019-08-01T07:15:00.000Z');

    await expect(repository.submit(submitted)).resolves.toEqual(submitted);

    await expect(repository.get(draft.reference)).resolves.toEqual(submitted);
    expect(await rawItem(keys.application(draft.reference))).toMatchObject({
      queuePk: 'pilot-2019#LV-JEL',
      queueSk: `9999#2019-08-01T07:15:00.000Z#${draft.reference}`,
      personPk: `pilot-2019#${personHash(100)}`,
      personSk: `2019-08-01T07:15:00.000Z#${draft.reference}`,
    });
    expect(await rawItem(keys.personClaim('pilot-2019', personHash(100)))).toMatchObject({
      reference: draft.reference,
      claimedAt: '2019-08-01T07:15:00.000Z',
    });
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
      repository.submit(asSubmitted(draftApplication(), '2019-08-01T07:00:00.000Z')),
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
    expect(Items?.map((item) => item.reference)).toEqual([firstDraft.reference, secondDraft.reference]);
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
      'submit',
      'createDraft',
      'submit-possible-duplicate',
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
