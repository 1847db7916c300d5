import type { AuditEntry, AuditQuery } from '../schemas/audit.ts';

/**
 * The entries a page of the log is taken from: from the instant `since` (inclusive) to `until` (exclusive), both
 * in UTC as `toISOString` writes them, matching every filter given; `cursor` goes on from an earlier page.
 */
export type AuditLogQuery = Omit<AuditQuery, 'from' | 'to'> & { since: string; until: string };

export interface AuditPage {
  entries: AuditEntry[];
  nextCursor?: string;
}

/**
 * The append-only record of staff reads and changes. Nothing here updates or deletes an entry; in AWS the
 * functions are not even allowed to. Changes write their entry in the same transaction as the change itself
 * (see `ApplicationRepository`); reads and refusals append it here.
 */
export interface AuditLog {
  /** Never overwrites: when the request (same id and time) already has its entry, that entry stays. */
  append(entry: AuditEntry): Promise<void>;
  /** Every entry about one application, oldest first. */
  forApplication(reference: string): Promise<AuditEntry[]>;
  /** Entries of the query's span that match its filters, newest first. */
  list(query: AuditLogQuery, limit: number): Promise<AuditPage>;
}
