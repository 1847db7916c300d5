import { RuleViolationError } from '../../domain/errors.ts';
import type { Keyring } from '../../ports/keyring.ts';
import { QueueCursorSchema } from '../../schemas/queue-cursor.ts';
import type { ReviewState } from '../../schemas/review.ts';
import type { QueueSort } from '../../schemas/staff-api.ts';

/** The list a cursor pages through: a municipality's queue or a search in it, in one order, with one filter. */
export interface CursorScope {
  list: 'queue' | 'search';
  roundId: string;
  municipalityCode: string;
  sort: QueueSort;
  state?: ReviewState | undefined;
}

/** Where the next page starts: after the sort key of the last row shown, and how many rows were shown. */
export interface QueueCursor {
  after: string;
  shown: number;
}

/**
 * The cursor of the next page. It is encrypted with a key of the deployment (authenticated encryption): the
 * browser cannot read it (a name's sort key is in it) nor change it without the change being found. It carries
 * the list it was handed out for, so it opens no other.
 */
export function writeCursor(keyring: Pick<Keyring, 'encrypt'>, scope: CursorScope, cursor: QueueCursor): string {
  return keyring.encrypt(JSON.stringify({ ...scope, ...cursor }));
}

/** The cursor as it was handed out for this very list; anything else is refused as the client's mistake. */
export function readCursor(
  keyring: Pick<Keyring, 'decrypt'>,
  scope: CursorScope,
  text: string | undefined,
): QueueCursor | undefined {
  if (text === undefined) return undefined;
  const parsed = QueueCursorSchema.safeParse(decryptedJson(keyring, text));
  if (!parsed.success) throw invalidCursor();
  const { after, shown, ...handedOutFor } = parsed.data;
  const fields = ['list', 'roundId', 'municipalityCode', 'sort', 'state'] as const;
  if (fields.some((field) => handedOutFor[field] !== scope[field])) throw invalidCursor();
  return { after, shown };
}

function decryptedJson(keyring: Pick<Keyring, 'decrypt'>, text: string): unknown {
  try {
    return JSON.parse(keyring.decrypt(text));
  } catch {
    return undefined;
  }
}

function invalidCursor(): RuleViolationError {
  return new RuleViolationError([{ code: 'CURSOR_INVALID', field: 'cursor' }]);
}
