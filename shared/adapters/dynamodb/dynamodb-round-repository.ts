import { type DynamoDBDocumentClient, GetCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { RoundRepository } from '../../ports/round-repository.ts';
import type { AuditEntry } from '../../schemas/audit.ts';
import { type Round, StoredRoundSchema } from '../../schemas/round.ts';
import { queryAll } from './all-pages.ts';
import { appendAuditEntry } from './audit-item.ts';
import { keys } from './table-design.ts';
import { cancellationCodes } from './write-refusals.ts';

export interface DynamoDbRoundRepositoryOptions {
  /**
   * The audit table that administrators' changes write their entry to, in the same transaction. A function, so
   * that only the functions that change rounds need to be told of the table.
   */
  auditTableName?: () => string;
}

/** Rounds as items of the one table: the rules of a call are data, so a new round needs no deployment. */
export class DynamoDbRoundRepository implements RoundRepository {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;
  readonly #auditTableName: (() => string) | undefined;

  constructor(client: DynamoDBDocumentClient, tableName: string, options: DynamoDbRoundRepositoryOptions = {}) {
    this.#client = client;
    this.#tableName = tableName;
    this.#auditTableName = options.auditTableName;
  }

  /**
   * A stored round that no longer matches the schema throws: rules that cannot be read are not applied. Read
   * strongly consistent, so that a request received after an early closing was stored is sure to see it; a round
   * is a few KB, so that costs one read unit instead of half of one.
   */
  async get(roundId: string): Promise<Round | undefined> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: keys.round(roundId), ConsistentRead: true }),
    );
    return Item ? roundFromItem(Item) : undefined;
  }

  /** Every round, ordered by id. Rounds are few (one or two a year), so one page holds them all. */
  async list(): Promise<Round[]> {
    const items = await queryAll(this.#client, {
      TableName: this.#tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.round('').pk },
    });
    return items.map(roundFromItem);
  }

  async put(round: Round): Promise<void> {
    await this.#client.send(
      new PutCommand({ TableName: this.#tableName, Item: { ...keys.round(round.id), ...round } }),
    );
  }

  /**
   * One transaction: the round, only if it is still as it was read (or, when new, still absent), and the audit
   * entry, which can never replace another.
   */
  async saveChange(round: Round, change: { isNew: boolean; audit: AuditEntry }): Promise<Round | undefined> {
    if (!this.#auditTableName) throw new Error('A change of a round needs the audit table: set auditTableName');
    const read = round.revision ?? 0;
    const stored: Round = { ...round, revision: read + 1 };
    const unchanged = change.isNew
      ? 'attribute_not_exists(pk)'
      : `attribute_exists(pk) AND ${read === 0 ? 'attribute_not_exists(revision)' : 'revision = :read'}`;
    try {
      await this.#client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.#tableName,
                Item: { ...keys.round(round.id), ...stored },
                ConditionExpression: unchanged,
                ...(!change.isNew && read > 0 && { ExpressionAttributeValues: { ':read': read } }),
              },
            },
            { Put: appendAuditEntry(this.#auditTableName(), change.audit) },
          ],
        }),
      );
      return stored;
    } catch (error) {
      if (roundWasChanged(error)) return undefined;
      throw error;
    }
  }
}

/**
 * The transaction was cancelled because of the round: its condition failed, or another transaction was writing it
 * at that moment. Either way another change came first, and the caller works its change out again.
 */
function roundWasChanged(error: unknown): boolean {
  const [round] = cancellationCodes(error);
  return round === 'ConditionalCheckFailed' || round === 'TransactionConflict';
}

function roundFromItem(item: Record<string, unknown>): Round {
  const { pk: _pk, sk, ...fields } = item;
  const parsed = StoredRoundSchema.safeParse(fields);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(item)'}: ${issue.code}`);
    throw new Error(`Stored round ${String(sk)} is not a valid round (${problems.join('; ')})`);
  }
  return parsed.data;
}
