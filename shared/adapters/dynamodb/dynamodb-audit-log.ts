import { type DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { RuleViolationError } from '../../domain/errors.ts';
import type { AuditLog, AuditPage } from '../../ports/audit-log.ts';
import type { AuditEntry, AuditQuery } from '../../schemas/audit.ts';
import { appendAuditEntry, fromAuditItem } from './audit-item.ts';
import { queryAll } from './query-all.ts';
import { AUDIT_TABLE_DESIGN, auditKeys } from './table-design.ts';

const CursorSchema = z.object({ day: z.string(), after: z.record(z.string(), z.string()).optional() });

/** The audit table: entries are put once and read by day or by application, never changed. */
export class DynamoDbAuditLog implements AuditLog {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async append(entry: AuditEntry): Promise<void> {
    await this.#client.send(new PutCommand(appendAuditEntry(this.#tableName, entry)));
  }

  async forApplication(reference: string): Promise<AuditEntry[]> {
    const items = await queryAll(this.#client, {
      TableName: this.#tableName,
      IndexName: AUDIT_TABLE_DESIGN.indexes[0].name,
      KeyConditionExpression: '#reference = :reference',
      ExpressionAttributeNames: { '#reference': 'reference' },
      ExpressionAttributeValues: { ':reference': reference },
    });
    return items.map(fromAuditItem);
  }

  /** Day by day from `to` back to `from`; the filters run in DynamoDB, so only matches come back. */
  async list(query: AuditQuery, limit: number): Promise<AuditPage> {
    const start = query.cursor ? decodeCursor(query.cursor) : { day: query.to };
    const filter = filterOf(query);
    const entries: AuditEntry[] = [];
    let day = start.day;
    let after: Record<string, unknown> | undefined = start.after;
    while (day >= query.from) {
      const page = await this.#client.send(
        new QueryCommand({
          TableName: this.#tableName,
          KeyConditionExpression: 'pk = :day',
          ScanIndexForward: false,
          Limit: limit - entries.length,
          ExclusiveStartKey: after,
          ...(filter.expression && { FilterExpression: filter.expression, ExpressionAttributeNames: filter.names }),
          ExpressionAttributeValues: { ':day': auditKeys.day(day), ...filter.values },
        }),
      );
      entries.push(...(page.Items ?? []).map(fromAuditItem));
      after = page.LastEvaluatedKey;
      if (!after) {
        day = previousDay(day);
        if (entries.length >= limit) break;
      } else if (entries.length >= limit) break;
    }
    const more = day >= query.from;
    return { entries, ...(more && { nextCursor: encodeCursor({ day, ...(after && { after: stringKey(after) }) }) }) };
  }
}

function filterOf(query: AuditQuery) {
  const conditions: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, string> = {};
  const add = (path: string[], value: string | undefined, name: string) => {
    if (value === undefined) return;
    path.forEach((part, index) => {
      names[`#${name}${index}`] = part;
    });
    conditions.push(`${path.map((_, index) => `#${name}${index}`).join('.')} = :${name}`);
    values[`:${name}`] = value;
  };
  add(['actor', 'username'], query.username, 'username');
  add(['reference'], query.reference, 'reference');
  add(['action'], query.action, 'action');
  add(['outcome'], query.outcome, 'outcome');
  return { expression: conditions.join(' AND '), names, values };
}

function previousDay(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

function stringKey(key: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(key).map(([name, value]) => [name, String(value)]));
}

function encodeCursor(cursor: z.infer<typeof CursorSchema>): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

/** A cursor is passed back as it was given; anything else is the client's mistake, not a server error. */
function decodeCursor(cursor: string): z.infer<typeof CursorSchema> {
  try {
    return CursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new RuleViolationError([{ code: 'CURSOR_INVALID', field: 'cursor' }]);
  }
}
