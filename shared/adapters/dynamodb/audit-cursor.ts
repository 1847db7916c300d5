import * as z from 'zod/mini';
import { RuleViolationError } from '../../domain/errors.ts';
import { IsoDateSchema } from '../../schemas/common.ts';
import { auditKeys } from './table-design.ts';

/**
 * Where a page of the audit log ends: the day being read and, within it, the last key read. The cursor comes
 * back from the client, so it is held to exactly what the audit log itself hands out: a real day of the query's
 * range, and a key of that day's partition. A cursor outside the range would have the log read day after day
 * far past what was asked for; a key of any other shape is refused by DynamoDB as a server error.
 */
export interface AuditCursor {
  day: string;
  after?: { pk: string; sk: string };
}

const CursorSchema = z.strictObject({
  day: IsoDateSchema,
  after: z.optional(z.strictObject({ pk: z.string().check(z.maxLength(16)), sk: z.string().check(z.maxLength(256)) })),
});

/**
 * An entry's sort key is `<at>#<requestId>` (`auditKeys.entry`), `at` an instant of the entry's own day in any
 * form `InstantSchema` takes.
 */
const sortKeyOfDay = (day: string) => new RegExp(`^${day}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z#.+$`, 's');

/**
 * The UTC days whose partitions hold a span of the log, `[since, until)`: the first is `since`'s, the last is that
 * of the instant before `until`. A Riga day spans two of them.
 */
export function partitionDays(span: { since: string; until: string }): { from: string; to: string } {
  return {
    from: new Date(span.since).toISOString().slice(0, 10),
    to: new Date(Date.parse(span.until) - 1).toISOString().slice(0, 10),
  };
}

export function encodeAuditCursor(cursor: AuditCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

/** The cursor as the log handed it out for a query of `range`; anything else is the client's mistake. */
export function decodeAuditCursor(cursor: string, range: { from: string; to: string }): AuditCursor {
  const parsed = CursorSchema.safeParse(parseJson(Buffer.from(cursor, 'base64url').toString('utf8')));
  if (!parsed.success) throw invalidCursor();
  const { day, after } = parsed.data;
  if (day < range.from || day > range.to) throw invalidCursor();
  if (after && (after.pk !== auditKeys.day(day) || !sortKeyOfDay(day).test(after.sk))) throw invalidCursor();
  return { day, ...(after && { after: { pk: after.pk, sk: after.sk } }) };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function invalidCursor(): RuleViolationError {
  return new RuleViolationError([{ code: 'CURSOR_INVALID', field: 'cursor' }]);
}
