import {
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { compareStrings } from '../../domain/code-unit-order.ts';
import { nameMatches } from '../../domain/name-words.ts';
import { type QueueEntry, queueEntryOf, STATE_ORDER } from '../../domain/queue-entry.ts';
import {
  type CountDelta,
  countDeltas,
  type EntryChange,
  entryChanges,
  everyState,
  nameWordChanges,
} from '../../domain/queue-following.ts';
import type {
  ApplicationChange,
  MunicipalityCounts,
  QueueEntriesPage,
  QueueLookup,
  QueuePageQuery,
} from '../../ports/application-repository.ts';
import type { Application } from '../../schemas/application.ts';
import type { ReviewState } from '../../schemas/review.ts';
import type { QueueSort } from '../../schemas/staff-api.ts';
import { queryAll } from './all-pages.ts';
import { chunks, getEach, writeEach } from './batch-requests.ts';
import { nameWordRanges } from './name-word-ranges.ts';
import { personReferences } from './person-references.ts';
import { entryPartition, fromEntryItem, fromNameWordItem, toEntryItem, toNameWordItem } from './queue-entry-item.ts';
import { keys, nameWordsPartition, TABLE_DESIGN } from './table-design.ts';
import { cancellationReasons } from './write-refusals.ts';

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** Entries followed in one transaction: with their counts, well within DynamoDB's 100 items a transaction. */
const ENTRIES_A_TRANSACTION = 40;
/** Times a batch of changes is read and written again when an entry moved between the read and the write. */
const FOLLOW_ATTEMPTS = 4;

function index(name: string) {
  const found = TABLE_DESIGN.indexes.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`The table has no index ${name}`);
  return found;
}
type Index = (typeof TABLE_DESIGN.indexes)[number];
/** The index whose partitions keep each state's entries in an order; the state sort reads them by receipt. */
const IN_STATE: Record<QueueSort, Index> = {
  selection: index('entriesBySelection'),
  received: index('entriesByReceipt'),
  name: index('entriesByName'),
  state: index('entriesByReceipt'),
};
/** The whole queue in selection order, in one partition. */
const WHOLE_QUEUE = index('queueEntries');

/**
 * The queue's read side in the applications table: one small entry per submitted application, which its pages
 * read through three indexes (selection, receipt, name) partitioned by municipality and review state, and one of
 * the whole queue in selection order; the counts per state of each municipality, one item each; and the words of
 * the applicants' names, one item each, for the search. Entries and counts change together, in one transaction that holds each entry to the revision
 * it was read at, so the counts are always the number of entries in each state.
 */
export class DynamoDbQueue {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  /**
   * The writes that make the queue follow applications a staff change stores, for that change's transaction.
   * Words of a name are put first (a put of the same word again is harmless): a search finds an application by
   * them only once its entry is there.
   */
  async writesFor(applications: readonly Application[]): Promise<TransactItem[]> {
    const changes = await this.#changesTo(
      new Map(applications.map((application) => [application.reference, queueEntryOf(application)])),
    );
    await this.#writeNameWords(changes);
    return this.#transactItems(changes);
  }

  /** Follows the latest change of each application, a few dozen applications a transaction. */
  async follow(changes: readonly ApplicationChange[]): Promise<void> {
    const latest = new Map<string, QueueEntry | undefined>();
    for (const change of changes) latest.set(change.reference, change.after && queueEntryOf(change.after));
    for (const part of chunks([...latest], ENTRIES_A_TRANSACTION)) await this.#followPart(new Map(part));
  }

  async page(query: QueuePageQuery): Promise<QueueEntriesPage> {
    const reading = this.#countsOf(query.roundId, query.municipalityCode);
    if (!query.state && query.sort === 'selection') {
      const partition = entryPartition(query.roundId, query.municipalityCode);
      const found = await this.#entriesAfter(WHOLE_QUEUE, partition, query.after, query.limit + 1);
      return { entries: found.slice(0, query.limit), more: found.length > query.limit, counts: await reading };
    }
    // Another order without a filter: the states that have entries are read, and their pages merged.
    const counts = query.state ? undefined : await reading;
    const states = query.state ? [query.state] : STATE_ORDER.filter((state) => (counts?.[state] ?? 0) > 0);
    const found = query.sort === 'state' ? await this.#inStateOrder(query, states) : await this.#merged(query, states);
    return { entries: found.slice(0, query.limit), more: found.length > query.limit, counts: await reading };
  }

  async counts(roundId: string, municipalityCodes: readonly string[]): Promise<MunicipalityCounts[]> {
    const items = await getEach(
      this.#client,
      this.#tableName,
      municipalityCodes.map((code) => keys.queueCounts(roundId, code)),
      { consistent: true },
    );
    const stored = new Map(items.map((item) => [String(item.sk), item]));
    return municipalityCodes.map((municipalityCode) => ({
      municipalityCode,
      counts: countsIn(stored.get(municipalityCode)),
    }));
  }

  async find(roundId: string, municipalityCode: string, lookup: QueueLookup): Promise<QueueEntry[]> {
    const references = await this.#referencesOf(roundId, municipalityCode, lookup);
    const items = await getEach(this.#client, this.#tableName, references.map(keys.queueEntry), {
      consistent: false,
    });
    // A word left behind by a name since changed finds no entry: the entry's own words decide.
    const named = (entry: QueueEntry) => lookup.kind !== 'name' || nameMatches(lookup.words, entry.nameWords);
    return items
      .map(fromEntryItem)
      .filter((entry) => entry.roundId === roundId && entry.municipalityCode === municipalityCode && named(entry));
  }

  async #followPart(wanted: ReadonlyMap<string, QueueEntry | undefined>, attempt = 1): Promise<void> {
    const changes = await this.#changesTo(wanted);
    if (changes.length === 0) return;
    await this.#writeNameWords(changes);
    try {
      await this.#client.send(new TransactWriteCommand({ TransactItems: this.#transactItems(changes) }));
    } catch (error) {
      // An entry changed since it was read (a staff change followed itself meanwhile): read them all again.
      const moved = cancellationReasons(error)?.some((reason) => reason.Code === 'ConditionalCheckFailed');
      if (moved && attempt < FOLLOW_ATTEMPTS) return this.#followPart(wanted, attempt + 1);
      throw error;
    }
  }

  async #changesTo(wanted: ReadonlyMap<string, QueueEntry | undefined>): Promise<EntryChange[]> {
    const items = await getEach(this.#client, this.#tableName, [...wanted.keys()].map(keys.queueEntry), {
      consistent: true,
    });
    const stored = new Map(items.map(fromEntryItem).map((entry) => [entry.row.reference, entry]));
    return entryChanges(wanted, stored);
  }

  /** Each entry put or deleted only over the revision read (or where none is), and the counts moved with them. */
  #transactItems(changes: readonly EntryChange[]): TransactItem[] {
    const unchangedSinceRead = (before: QueueEntry | undefined) =>
      before
        ? { ConditionExpression: 'version = :version', ExpressionAttributeValues: { ':version': before.version } }
        : { ConditionExpression: 'attribute_not_exists(pk)' };
    const entries = changes.map(
      ({ reference, before, after }): TransactItem =>
        after
          ? { Put: { TableName: this.#tableName, Item: toEntryItem(after), ...unchangedSinceRead(before) } }
          : { Delete: { TableName: this.#tableName, Key: keys.queueEntry(reference), ...unchangedSinceRead(before) } },
    );
    return [...entries, ...countDeltas(changes).map((delta) => this.#countUpdate(delta))];
  }

  #countUpdate(delta: CountDelta): TransactItem {
    const moved = Object.entries(delta.by);
    return {
      Update: {
        TableName: this.#tableName,
        Key: keys.queueCounts(delta.roundId, delta.municipalityCode),
        UpdateExpression: `ADD ${moved.map((_, at) => `#state${at} :by${at}`).join(', ')}`,
        ExpressionAttributeNames: Object.fromEntries(moved.map(([state], at) => [`#state${at}`, state])),
        ExpressionAttributeValues: Object.fromEntries(moved.map(([, by], at) => [`:by${at}`, by])),
      },
    };
  }

  async #writeNameWords(changes: readonly EntryChange[]): Promise<void> {
    const { put, remove } = nameWordChanges(changes);
    await writeEach(this.#client, this.#tableName, [
      ...put.map((word) => ({ PutRequest: { Item: toNameWordItem(word) } })),
      ...remove.map((word) => ({
        DeleteRequest: {
          Key: keys.nameWord(word.roundId, word.municipalityCode, word.word, word.other, word.reference),
        },
      })),
    ]);
  }

  async #countsOf(roundId: string, municipalityCode: string): Promise<Record<ReviewState, number>> {
    const { Item } = await this.#client.send(
      new GetCommand({
        TableName: this.#tableName,
        Key: keys.queueCounts(roundId, municipalityCode),
        ConsistentRead: true,
      }),
    );
    return countsIn(Item);
  }

  /** The first `limit + 1` entries after the cursor of each state asked for, merged into the sort's order. */
  async #merged(query: QueuePageQuery, states: readonly ReviewState[]): Promise<QueueEntry[]> {
    const pages = await Promise.all(states.map((state) => this.#inState(query, state, query.after, query.limit + 1)));
    return pages
      .flat()
      .sort((a, b) => compareStrings(a.sortKeys[query.sort], b.sortKeys[query.sort]))
      .slice(0, query.limit + 1);
  }

  /** The state sort: each state's entries by receipt, the states one after another from the cursor's. */
  async #inStateOrder(query: QueuePageQuery, states: readonly ReviewState[]): Promise<QueueEntry[]> {
    const [rank = '0', ...receipt] = query.after?.split('#') ?? [];
    const found: QueueEntry[] = [];
    for (const state of states) {
      const at = STATE_ORDER.indexOf(state);
      if (at < Number(rank) || found.length > query.limit) continue;
      const after = query.after && at === Number(rank) ? receipt.join('#') : undefined;
      found.push(...(await this.#inState(query, state, after, query.limit + 1 - found.length)));
    }
    return found;
  }

  #inState(query: QueuePageQuery, state: ReviewState, after: string | undefined, limit: number) {
    const partition = entryPartition(query.roundId, query.municipalityCode, state);
    return this.#entriesAfter(IN_STATE[query.sort], partition, after, limit);
  }

  /**
   * Up to `limit` entries of one index partition after a sort key. Every sort key ends with the reference, so
   * "after the last one shown" is exact, in its own state's partition and in every other.
   */
  async #entriesAfter(
    ordered: Index,
    partition: string,
    after: string | undefined,
    limit: number,
  ): Promise<QueueEntry[]> {
    const found: QueueEntry[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.#client.send(
        new QueryCommand({
          TableName: this.#tableName,
          IndexName: ordered.name,
          KeyConditionExpression: after ? '#partition = :partition AND #order > :after' : '#partition = :partition',
          ExpressionAttributeNames: { '#partition': ordered.partitionKey, ...(after && { '#order': ordered.sortKey }) },
          ExpressionAttributeValues: { ':partition': partition, ...(after && { ':after': after }) },
          Limit: limit - found.length,
          ExclusiveStartKey: start,
        }),
      );
      found.push(...(page.Items ?? []).map(fromEntryItem));
      start = page.LastEvaluatedKey;
    } while (start && found.length < limit);
    return found;
  }

  async #referencesOf(roundId: string, municipalityCode: string, lookup: QueueLookup): Promise<string[]> {
    if (lookup.kind === 'reference') return [lookup.reference];
    if (lookup.kind === 'personal-code') {
      return personReferences(this.#client, this.#tableName, roundId, lookup.personalCodeHash);
    }
    const pk = nameWordsPartition(roundId, municipalityCode);
    const read = await Promise.all(
      nameWordRanges(pk, lookup.words).map((range) => queryAll(this.#client, { TableName: this.#tableName, ...range })),
    );
    const matching = read
      .flat()
      .map(fromNameWordItem)
      .filter(({ words }) => nameMatches(lookup.words, words));
    return [...new Set(matching.map(({ reference }) => reference))];
  }
}

/** The counts an item holds; a municipality with nothing submitted yet has no item. */
function countsIn(item: Record<string, unknown> | undefined): Record<ReviewState, number> {
  const counts: Partial<Record<ReviewState, number>> = {};
  for (const state of STATE_ORDER) if (typeof item?.[state] === 'number') counts[state] = item[state] as number;
  return everyState(counts);
}
