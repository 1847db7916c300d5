import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import * as z from 'zod/mini';
import { rowsOfResult } from '../../domain/selection-rows.ts';
import type {
  NewRun,
  Publication,
  PublicationLease,
  PublicationStep,
  RowRange,
  SelectionRunRepository,
} from '../../ports/selection-runs.ts';
import type { AuditEntry } from '../../schemas/audit.ts';
import { type RunRow, RunRowSchema, SelectionInputSchema, SelectionResultSchema } from '../../schemas/selection.ts';
import {
  type PublicationProgress,
  PublicationProgressSchema,
  type SelectionRunSummary,
  SelectionRunSummarySchema,
} from '../../schemas/selection-api.ts';
import { queryAll } from './all-pages.ts';
import { appendAuditEntry } from './audit-item.ts';
import { keys } from './table-design.ts';
import { cancellationCodes, conditionHeld, isConditionFailure } from './write-refusals.ts';

/**
 * Rows per item. A row is about 100 bytes of JSON (at most about 250 with the longest values its schema allows),
 * so an item stays far below DynamoDB's 400 KB; a page of a result is one or two items.
 */
export const ROWS_PER_ITEM = 1000;
/** The most an item's rows may take: DynamoDB refuses items over 400 KB, keys and attribute names included. */
const MOST_ROW_BYTES = 350_000;
/** Row items written at once: a run of 100,000 applications is about a hundred of them. */
const ITEMS_AT_ONCE = 8;

const RowsSchema = z.array(RunRowSchema);
const LatestItemSchema = z.object({ runId: z.string() });
const RowsItemSchema = z.object({ rows: z.string() });
/** A municipality's part as runs stored before rows were sliced: its inputs and result in one item. */
const WholePartItemSchema = z.object({ input: SelectionInputSchema, result: SelectionResultSchema });
const PublicationStateSchema = z.object({
  publication: z.optional(PublicationProgressSchema),
  publicationLease: z.optional(z.object({ holder: z.string(), until: z.string() })),
});

/**
 * Runs in the applications table: a header per run (its summary and the publication job's state), each
 * municipality's rows in slices of `ROWS_PER_ITEM`, and a pointer to the latest run. The header is written last,
 * with the pointer and the audit entry in one transaction, so it marks a run whose rows are all stored: rows of a
 * run whose writing stopped halfway are never read, and are the same items when it is written again.
 */
export class DynamoDbSelectionRunRepository implements SelectionRunRepository {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;
  readonly #auditTableName: () => string;

  constructor(client: DynamoDBDocumentClient, tableName: string, auditTableName: () => string) {
    this.#client = client;
    this.#tableName = tableName;
    this.#auditTableName = auditTableName;
  }

  async latest(roundId: string): Promise<SelectionRunSummary | undefined> {
    const pointer = await this.#get(keys.latestRun(roundId));
    if (!pointer) return undefined;
    const { runId } = LatestItemSchema.parse(pointer);
    const header = await this.#get(keys.run(roundId, runId));
    if (!header) throw new Error(`The latest run ${runId} of ${roundId} has no header`);
    return SelectionRunSummarySchema.parse(header);
  }

  async rows(roundId: string, runId: string, municipalityCode: string, range?: RowRange): Promise<RunRow[]> {
    const slices = range && { first: sliceOf(range.from), last: sliceOf(range.from + range.count - 1) };
    if (range && range.count <= 0) return [];
    const { pk } = keys.runRows(roundId, runId, municipalityCode);
    const items = await queryAll(this.#client, {
      TableName: this.#tableName,
      KeyConditionExpression: slices
        ? 'pk = :pk AND sk BETWEEN :first AND :last'
        : 'pk = :pk AND begins_with(sk, :code)',
      ExpressionAttributeValues: slices
        ? {
            ':pk': pk,
            ':first': keys.runRows(roundId, runId, municipalityCode, slices.first).sk,
            ':last': keys.runRows(roundId, runId, municipalityCode, slices.last).sk,
          }
        : { ':pk': pk, ':code': `${municipalityCode}#` },
      ConsistentRead: true,
    });
    if (items.length === 0) return this.#wholePartRows(roundId, runId, municipalityCode, range);
    const rows = items.flatMap((item) => RowsSchema.parse(JSON.parse(RowsItemSchema.parse(item).rows)));
    if (!range || !slices) return rows;
    const skipped = range.from - slices.first * ROWS_PER_ITEM;
    return rows.slice(skipped, skipped + range.count);
  }

  /** The rows of a municipality of a run stored before rows were sliced; none when it has no such part either. */
  async #wholePartRows(roundId: string, runId: string, municipalityCode: string, range?: RowRange) {
    const item = await this.#get(keys.runRows(roundId, runId, municipalityCode));
    if (!item) return [];
    const rows = rowsOfResult(WholePartItemSchema.parse(item).result);
    return range ? rows.slice(range.from, range.from + range.count) : rows;
  }

  async save(run: NewRun, audit: AuditEntry): Promise<void> {
    const { roundId, runId } = run.summary;
    const known = await this.#get(keys.run(roundId, runId));
    if (!known) await this.#writeRows(run);
    const header = {
      Put: {
        TableName: this.#tableName,
        Item: { ...keys.run(roundId, runId), ...run.summary },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    };
    const pointerAndAudit = [
      { Put: { TableName: this.#tableName, Item: { ...keys.latestRun(roundId), runId } } },
      { Put: appendAuditEntry(this.#auditTableName(), audit) },
    ];
    try {
      await this.#client.send(
        new TransactWriteCommand({ TransactItems: known ? pointerAndAudit : [header, ...pointerAndAudit] }),
      );
    } catch (error) {
      const codes = cancellationCodes(error);
      // The audit entry is the request's own: an earlier attempt of this request stored the run, answer lost.
      if (codes.at(-1) === 'ConditionalCheckFailed') return;
      // Another request stored the same run a moment ago: this one only makes it the latest.
      if (!known && codes[0] === 'ConditionalCheckFailed') {
        await this.#client.send(new TransactWriteCommand({ TransactItems: pointerAndAudit }));
        return;
      }
      throw error;
    }
  }

  /** Every municipality's rows, a slice an item, a few items at a time. Writing them again writes the same items. */
  async #writeRows({ summary, parts }: NewRun): Promise<void> {
    const items = parts.flatMap(({ municipalityCode, result }) => {
      const rows = rowsOfResult(result);
      const slices: Record<string, unknown>[] = [];
      for (let slice = 0; slice * ROWS_PER_ITEM < rows.length; slice++) {
        const text = JSON.stringify(rows.slice(slice * ROWS_PER_ITEM, (slice + 1) * ROWS_PER_ITEM));
        if (Buffer.byteLength(text) > MOST_ROW_BYTES) {
          throw new Error(`A slice of ${municipalityCode}'s rows would pass DynamoDB's item size`);
        }
        slices.push({ ...keys.runRows(summary.roundId, summary.runId, municipalityCode, slice), rows: text });
      }
      return slices;
    });
    for (let start = 0; start < items.length; start += ITEMS_AT_ONCE) {
      await Promise.all(
        items
          .slice(start, start + ITEMS_AT_ONCE)
          .map((Item) => this.#client.send(new PutCommand({ TableName: this.#tableName, Item }))),
      );
    }
  }

  async markPublished(
    roundId: string,
    runId: string,
    { publishedAt, publishedBy, progress }: Publication & { progress: PublicationProgress },
    audit: AuditEntry,
  ): Promise<boolean> {
    try {
      await this.#client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: this.#tableName,
                Key: keys.run(roundId, runId),
                UpdateExpression:
                  'SET #status = :published, publishedAt = :at, publishedBy = :by, publication = :progress',
                ConditionExpression: '#status = :computed',
                ExpressionAttributeNames: { '#status': 'status' },
                ExpressionAttributeValues: {
                  ':published': 'published',
                  ':computed': 'computed',
                  ':at': publishedAt,
                  ':by': publishedBy,
                  ':progress': progress,
                },
              },
            },
            { Put: appendAuditEntry(this.#auditTableName(), audit) },
          ],
        }),
      );
      return true;
    } catch (error) {
      const [header, entry] = cancellationCodes(error);
      // This request's audit entry is stored: an earlier attempt of it published the run, its answer lost.
      if (entry === 'ConditionalCheckFailed') return true;
      if (header === 'ConditionalCheckFailed') return false;
      throw error;
    }
  }

  async takePublicationStep(
    roundId: string,
    runId: string,
    lease: PublicationLease,
    now: string,
  ): Promise<PublicationStep> {
    try {
      const { Attributes } = await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: keys.run(roundId, runId),
          UpdateExpression: 'SET publicationLease = :lease',
          ConditionExpression:
            'attribute_exists(publication) AND attribute_not_exists(publication.finishedAt) AND ' +
            '(attribute_not_exists(publicationLease) OR publicationLease.holder = :holder OR publicationLease.#until < :now)',
          ExpressionAttributeNames: { '#until': 'until' },
          ExpressionAttributeValues: { ':lease': lease, ':holder': lease.holder, ':now': now },
          ReturnValues: 'ALL_NEW',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      const { publication } = PublicationStateSchema.parse(Attributes);
      if (!publication) throw new Error(`The publication of ${runId} vanished while its step was taken`);
      return { taken: true, progress: publication };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      // The SDK hands the old item over as DynamoDB wrote it, not as the document client reads items.
      const old = (error as { Item?: Record<string, AttributeValue> }).Item;
      const { publication } = PublicationStateSchema.parse(old ? unmarshall(old) : {});
      if (!publication) return { taken: false, why: 'not-publishing' };
      return { taken: false, why: publication.finishedAt ? 'finished' : 'held' };
    }
  }

  async finishPublicationStep(
    roundId: string,
    runId: string,
    holder: string,
    progress: PublicationProgress,
  ): Promise<boolean> {
    return conditionHeld(
      this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: keys.run(roundId, runId),
          UpdateExpression: 'SET publication = :progress REMOVE publicationLease',
          ConditionExpression: 'publicationLease.holder = :holder',
          ExpressionAttributeValues: { ':progress': progress, ':holder': holder },
        }),
      ),
    );
  }

  async wakePublication(roundId: string, runId: string, at: string): Promise<void> {
    // Refused when finished meanwhile, or never started: there is nothing to wake.
    await conditionHeld(
      this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: keys.run(roundId, runId),
          UpdateExpression: 'SET publicationWokenAt = :at',
          ConditionExpression: 'attribute_exists(publication) AND attribute_not_exists(publication.finishedAt)',
          ExpressionAttributeValues: { ':at': at },
        }),
      ),
    );
  }

  async #get(key: { pk: string; sk: string }): Promise<Record<string, unknown> | undefined> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: key, ConsistentRead: true }),
    );
    return Item;
  }
}

/** The item a row is in. */
function sliceOf(row: number): number {
  return Math.floor(Math.max(row, 0) / ROWS_PER_ITEM);
}
