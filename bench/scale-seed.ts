import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { toItem } from '../shared/adapters/dynamodb/application-item.ts';
import { writeEach } from '../shared/adapters/dynamodb/batch-requests.ts';
import { toEntryItem, toNameWordItem } from '../shared/adapters/dynamodb/queue-entry-item.ts';
import { keys, TABLE_DESIGN } from '../shared/adapters/dynamodb/table-design.ts';
import { type QueueEntry, queueEntryOf } from '../shared/domain/queue-entry.ts';
import { countDeltas, type EntryChange, nameWordChanges } from '../shared/domain/queue-following.ts';
import type { Application } from '../shared/schemas/application.ts';
import { indexesHolding, itemSizeBytes } from './item-size.ts';

/** How many items of each kind were written, and the largest of each. */
export interface SeedFigures {
  seconds: number;
  items: Record<ItemKind, number>;
  largestBytes: Record<ItemKind, number>;
  /** Write units the queue's bookkeeping costs an application, from the largest items (see `queueWriteUnits`). */
  queueWriteUnits: { submission: number; stateChange: number };
}

type ItemKind = 'application' | 'claim' | 'entry' | 'nameWord' | 'counts';

/**
 * Writes the applications as the repository stores a submission and the staff changes after it, and the queue's
 * counts, entries and name words as following those changes leaves them: each item made by the adapters' own
 * functions, written with batch writes. DynamoDB Local writes a few hundred items a second, so to keep the run
 * short the entries and name words are written only in the municipalities whose queue is measured (`queued`):
 * the others' would be partitions of their own that no measured read touches. The same goes for the person
 * claims a submission writes: the search by personal code reads them.
 */
export async function seedTable(
  client: DynamoDBDocumentClient,
  tableName: string,
  applications: readonly Application[],
  queued: ReadonlySet<string>,
): Promise<SeedFigures> {
  const started = performance.now();
  const changes: EntryChange[] = applications.map((application) => ({
    reference: application.reference,
    after: queueEntryOf(application) as QueueEntry,
  }));
  const measured = changes.filter(({ after }) => queued.has(after?.municipalityCode ?? ''));
  const kinds: Record<ItemKind, Record<string, unknown>[]> = {
    application: applications.map(toItem),
    claim: applications
      .filter((application) => queued.has(application.person.municipalityCode))
      .map((application) => ({
        ...keys.personClaim(application.roundId, application.personalCode.keyedHash),
        reference: application.reference,
        claimedAt: application.receivedAt,
      })),
    entry: measured.map(({ after }) => toEntryItem(after as QueueEntry)),
    nameWord: nameWordChanges(measured).put.map(toNameWordItem),
    counts: countDeltas(changes).map((delta) => ({
      ...keys.queueCounts(delta.roundId, delta.municipalityCode),
      ...delta.by,
    })),
  };
  for (const items of Object.values(kinds)) {
    await writeEach(
      client,
      tableName,
      items.map((Item) => ({ PutRequest: { Item } })),
    );
  }
  const figures = (measure: (items: Record<string, unknown>[]) => number) =>
    Object.fromEntries(Object.entries(kinds).map(([kind, items]) => [kind, measure(items)])) as Record<
      ItemKind,
      number
    >;
  const items = figures((written) => written.length);
  const largestBytes = figures((written) => Math.max(...written.map(itemSizeBytes)));
  return {
    seconds: Math.round((performance.now() - started) / 100) / 10,
    items,
    largestBytes,
    queueWriteUnits: queueWriteUnits(largestBytes, {
      wordsPerApplication: items.nameWord / items.entry,
      entryIndexes: indexesHolding(kinds.entry[0] ?? {}),
    }),
  };
}

/**
 * What following an application costs in write units, by DynamoDB's rules: the entry's put in a transaction (2 a
 * started KB) and in each index that holds it (1 a KB; a change of state moves it in the indexes partitioned by
 * state: a delete and a put), the count's update in the same transaction (2), and the name words' puts (1 each,
 * batch writes) when the entry is new. The stream's consumer shares one count update among the entries of a
 * batch; here each pays it.
 */
function queueWriteUnits(
  largest: Record<ItemKind, number>,
  shape: { wordsPerApplication: number; entryIndexes: number },
): { submission: number; stateChange: number } {
  const kb = (bytes: number) => Math.ceil(bytes / 1024);
  const movedByState = TABLE_DESIGN.indexes.filter((index) => index.partitionKey === 'entryPk').length;
  const entry = 2 * kb(largest.entry);
  const counts = 2 * kb(largest.counts);
  return {
    submission:
      entry + shape.entryIndexes * kb(largest.entry) + counts + shape.wordsPerApplication * kb(largest.nameWord),
    stateChange: entry + (shape.entryIndexes + movedByState) * kb(largest.entry) + counts,
  };
}
