import { type DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import type { Publication, RunPart, SelectionRunRepository, StoredRun } from '../../ports/selection-runs.ts';
import type { AuditEntry } from '../../schemas/audit.ts';
import { SelectionInputSchema, SelectionResultSchema } from '../../schemas/selection.ts';
import { SelectionRunSummarySchema } from '../../schemas/selection-api.ts';
import { queryAll } from './all-pages.ts';
import { appendAuditEntry } from './audit-item.ts';
import { keys } from './table-design.ts';
import { cancellationCodes } from './write-refusals.ts';

const PartItemSchema = z.object({
  municipalityCode: z.string(),
  input: SelectionInputSchema,
  result: SelectionResultSchema,
});
const LatestItemSchema = z.object({ runId: z.string() });

/**
 * Runs in the applications table: a header per run, one item per municipality with its inputs and result, and a
 * pointer to the latest run. A municipality's part stays well under DynamoDB's 400 KB item limit up to about
 * 3,000 applications per municipality.
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

  async latest(roundId: string): Promise<StoredRun | undefined> {
    const pointer = await this.#get(keys.latestRun(roundId));
    if (!pointer) return undefined;
    const { runId } = LatestItemSchema.parse(pointer);
    const header = await this.#get(keys.run(roundId, runId));
    if (!header) throw new Error(`The latest run ${runId} of ${roundId} has no header`);
    const { pk: _pk, sk: _sk, ...summary } = header;
    const parts = await queryAll(this.#client, {
      TableName: this.#tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.runPart(roundId, runId, '').pk },
      ConsistentRead: true,
    });
    return {
      summary: SelectionRunSummarySchema.parse(summary),
      parts: parts.map((item): RunPart => PartItemSchema.parse(item)),
    };
  }

  async save(run: StoredRun, audit: AuditEntry): Promise<void> {
    const { roundId, runId } = run.summary;
    const known = await this.#get(keys.run(roundId, runId));
    const writes = known
      ? []
      : [
          { Put: { TableName: this.#tableName, Item: { ...keys.run(roundId, runId), ...run.summary } } },
          ...run.parts.map((part) => ({
            Put: {
              TableName: this.#tableName,
              Item: { ...keys.runPart(roundId, runId, part.municipalityCode), ...part },
            },
          })),
        ];
    try {
      await this.#client.send(
        new TransactWriteCommand({
          TransactItems: [
            ...writes,
            { Put: { TableName: this.#tableName, Item: { ...keys.latestRun(roundId), runId } } },
            { Put: appendAuditEntry(this.#auditTableName(), audit) },
          ],
        }),
      );
    } catch (error) {
      // The audit entry is the request's own: an earlier attempt of this request stored the run, answer lost.
      if (cancellationCodes(error).at(-1) === 'ConditionalCheckFailed') return;
      throw error;
    }
  }

  async markPublished(roundId: string, runId: string, publication: Publication, audit: AuditEntry): Promise<boolean> {
    try {
      await this.#client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: this.#tableName,
                Key: keys.run(roundId, runId),
                UpdateExpression: 'SET #status = :published, publishedAt = :at, publishedBy = :by',
                ConditionExpression: '#status = :computed',
                ExpressionAttributeNames: { '#status': 'status' },
                ExpressionAttributeValues: {
                  ':published': 'published',
                  ':computed': 'computed',
                  ':at': publication.publishedAt,
                  ':by': publication.publishedBy,
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

  async #get(key: { pk: string; sk: string }): Promise<Record<string, unknown> | undefined> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: key, ConsistentRead: true }),
    );
    return Item;
  }
}
