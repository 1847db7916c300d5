import { type DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditLog, AuditLogQuery, AuditPage } from '../../ports/audit-log.ts';
import type { AuditEntry } from '../../schemas/audit.ts';
import { queryAll } from './all-pages.ts';
import { type AuditCursor, decodeAuditCursor, encodeAuditCursor, partitionDays } from './audit-cursor.ts';
import { appendAuditEntry, fromAuditItem } from './audit-item.ts';
import { AUDIT_TABLE_DESIGN, auditKeys } from './table-design.ts';
import { conditionHeld } from './write-refusals.ts';

/**
 * Queries one page may make. Filters run after DynamoDB reads, so a busy day with few matches takes many
 * queries; past this the page ends early with a cursor, and the next page goes on from there.
 */
export const MAX_QUERIES_PER_PAGE = 200;

/** The audit table: entries are put once and read by day or by application, never changed. */
export class DynamoDbAuditLog implements AuditLog {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  /**
   * An entry's key is its request's time and id, so a key already taken is this request's own entry: a write
   * resent after its answer was lost, or a change's entry stored before the request failed on its way out. The
   * first entry stays; the request still has exactly one.
   */
  async append(entry: AuditEntry): Promise<void> {
    await conditionHeld(this.#client.send(new PutCommand(appendAuditEntry(this.#tableName, entry))));
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

  /**
   * Day by day from the span's last UTC day back to its first; within a day, only keys of the span (an entry's sort
   * key starts with its instant, so `since` ≤ key and key < `until` compare as the instants do). The filters run in
   * DynamoDB, so only matches come back.
   */
  async list(query: AuditLogQuery, limit: number): Promise<AuditPage> {
    const days = partitionDays(query);
    const start: AuditCursor = query.cursor ? decodeAuditCursor(query.cursor, days) : { day: days.to };
    const filter = filterOf(query);
    const entries: AuditEntry[] = [];
    let day = start.day;
    let after: Record<string, unknown> | undefined = start.after;
    for (let queries = 0; day >= days.from && queries < MAX_QUERIES_PER_PAGE; queries += 1) {
      const page = await this.#client.send(
        new QueryCommand({
          TableName: this.#tableName,
          // BETWEEN includes `until` itself, but no key equals it: every key goes on with `#` and the request id.
          KeyConditionExpression: 'pk = :day AND sk BETWEEN :since AND :until',
          ScanIndexForward: false,
          Limit: limit - entries.length,
          ExclusiveStartKey: after,
          ...(filter.expression && { FilterExpression: filter.expression, ExpressionAttributeNames: filter.names }),
          ExpressionAttributeValues: {
            ':day': auditKeys.day(day),
            ':since': query.since,
            ':until': query.until,
            ...filter.values,
          },
        }),
      );
      entries.push(...(page.Items ?? []).map(fromAuditItem));
      after = page.LastEvaluatedKey;
      if (!after) {
        day = previousDay(day);
        if (entries.length >= limit) break;
      } else if (entries.length >= limit) break;
    }
    const more = day >= days.from;
    return {
      entries,
      ...(more && {
        nextCursor: encodeAuditCursor({ day, ...(after && { after: { pk: String(after.pk), sk: String(after.sk) } }) }),
      }),
    };
  }
}

function filterOf(query: AuditLogQuery) {
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
