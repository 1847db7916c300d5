import type { RetentionPeriods, Round } from '../schemas/round.ts';
import { DEFAULT_DRAFT_DAYS } from './draft-days.ts';
import { windowInstants } from './intake-window.ts';

export { DEFAULT_DRAFT_DAYS };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When a draft started at `createdAt` stops being kept: the round's `retention.draftDays` later, but never after intake
 * closes, since a draft cannot be sent in after that.
 */
export function draftExpiresAt(
  round: Pick<Round, 'window'> & { retention: Pick<RetentionPeriods, 'draftDays'> },
  createdAt: Date,
): Date {
  const kept = new Date(createdAt.getTime() + (round.retention.draftDays ?? DEFAULT_DRAFT_DAYS) * DAY_MS);
  const { closesAt } = windowInstants(round.window);
  return kept.getTime() < closesAt.getTime() ? kept : closesAt;
}

/** A draft past its expiry is gone, even while storage has not deleted it yet. */
export function isExpiredDraft(application: { status: string; draftExpiresAt?: string }, now: Date): boolean {
  return (
    application.status === 'draft' &&
    application.draftExpiresAt !== undefined &&
    Date.parse(application.draftExpiresAt) <= now.getTime()
  );
}
