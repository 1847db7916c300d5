import { staysInSelection } from '../../domain/anonymisation.ts';
import { type AnonymisedApplication, AnonymisedApplicationSchema } from '../../schemas/retention.ts';
import { queueKeys } from './application-item.ts';
import { keys } from './table-design.ts';

/**
 * An anonymised record keeps its application's item key, so the reference is never drawn again, and is marked by
 * its status: readers of live applications (the application repository, the stream) pass it by.
 */
export function isAnonymisedItem(item: Record<string, unknown>): boolean {
  return item.status === 'anonymised';
}

/**
 * The whole item of an anonymised record, written with one Put that replaces the application's item: whatever the
 * item held besides (attributes added later included) is gone. It keeps its place in the `queue` index only while
 * it stays among the selection's candidates, so a stored run is re-checked with it; it has no other index key.
 */
export function toAnonymisedItem(record: AnonymisedApplication): Record<string, unknown> {
  const item = { ...keys.application(record.reference), ...record };
  if (!staysInSelection(record)) return item;
  const { roundId, municipalityCode, totalScore, receivedAt, reference } = record;
  return { ...item, ...queueKeys(roundId, municipalityCode, totalScore ?? 0, receivedAt, reference) };
}

/** The record in a stored item; an item that does not match is an error, never half-accepted. */
export function fromAnonymisedItem(item: Record<string, unknown>): AnonymisedApplication {
  const { pk, sk: _sk, queuePk: _queuePk, queueSk: _queueSk, ...fields } = item;
  const parsed = AnonymisedApplicationSchema.safeParse(fields);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(item)'}: ${issue.code}`);
    throw new Error(`Stored item ${String(pk)} is not a valid anonymised record (${problems.join('; ')})`);
  }
  return parsed.data;
}
