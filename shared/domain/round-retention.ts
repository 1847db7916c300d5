import type { RoundRetention } from '../schemas/processing-record.ts';
import type { Round } from '../schemas/round.ts';
import { DEFAULT_DRAFT_DAYS } from './draft-days.ts';

/** A round's retention periods as the record of processing states them: drafts' 30 days when the round names none. */
export function retentionOf(round: Pick<Round, 'retention'>): RoundRetention {
  return { ...round.retention, draftDays: round.retention.draftDays ?? DEFAULT_DRAFT_DAYS };
}
