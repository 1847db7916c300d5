import { addDays } from '../../shared/domain/riga-time.ts';

/**
 * Whole UTC days `from`–`to` as the audit log is asked for a span of it: from midnight UTC on `from` to midnight
 * after `to`. Tests that read the log by the days their entries were written on use it.
 */
export function utcDays(from: string, to = from): { since: string; until: string } {
  return { since: `${from}T00:00:00.000Z`, until: `${addDays(to, 1)}T00:00:00.000Z` };
}
