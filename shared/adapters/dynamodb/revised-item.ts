import { type DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type * as z from 'zod/mini';
import type { AuditEntry } from '../../schemas/audit.ts';
import { appendAuditEntry } from './audit-item.ts';
import { cancellationCodes } from './write-refusals.ts';

/** Where an item that counts its changes lives: its table, and the audit table its changes write their entry to. */
export interface RevisedItemTables {
  client: DynamoDBDocumentClient;
  tableName: string;
  /** A function, so that functions that only read are never asked for the audit table. */
  auditTableName: () => string;
}

/**
 * One transaction: the item with the next revision, only if it is still at the revision it was read at (or, when
 * new, still absent), and the request's audit entry (when not stored by an earlier write of the same request),
 * which can never replace another. Answers the item as stored,
 * or undefined when another change came first: its condition failed, or another transaction was writing the item
 * at that moment. A cancellation for the audit entry (the request's entry is stored already) is thrown.
 */
export async function saveOverRevision<Item extends { revision: number }>(
  tables: RevisedItemTables,
  key: { pk: string; sk: string },
  item: Item,
  change: { isNew: boolean; audit?: AuditEntry | undefined },
): Promise<Item | undefined> {
  const stored: Item = { ...item, revision: item.revision + 1 };
  try {
    await tables.client.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: tables.tableName,
              Item: { ...key, ...stored },
              ...(change.isNew
                ? { ConditionExpression: 'attribute_not_exists(pk)' }
                : { ConditionExpression: 'revision = :read', ExpressionAttributeValues: { ':read': item.revision } }),
            },
          },
          ...(change.audit ? [{ Put: appendAuditEntry(tables.auditTableName(), change.audit) }] : []),
        ],
      }),
    );
    return stored;
  } catch (error) {
    const [itemCode] = cancellationCodes(error);
    if (itemCode === 'ConditionalCheckFailed' || itemCode === 'TransactionConflict') return undefined;
    throw error;
  }
}

/**
 * A stored item read back through its schema: an item that no longer matches throws, so nothing acts on data it
 * cannot trust. The problems name paths and rules only, never values, which may be personal.
 */
export function parseStoredItem<Parsed>(
  schema: z.ZodMiniType<Parsed>,
  item: Record<string, unknown>,
  what: string,
): Parsed {
  const { pk, sk, ...fields } = item;
  const parsed = schema.safeParse(fields);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(item)'}: ${issue.code}`);
    throw new Error(`Stored item ${String(pk)} ${String(sk)} is not a valid ${what} (${problems.join('; ')})`);
  }
  return parsed.data;
}
