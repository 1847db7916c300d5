import type { RoundRetention } from '../schemas/processing-record.ts';
import type { Round } from '../schemas/round.ts';
import { DEFAULT_DRAFT_DAYS } from './draft-days.ts';

/**
 * A round's retention periods as the record of processing states them: the one place that reads how a round keeps
 * them. A round has one `retentionDays` for the people who take no part, which holds for participants as well until
 * the round names a period of its own for them, and `draftDays` (30 when absent) for unsent drafts.
 */
export function retentionOf(round: Pick<Round, 'retentionDays' | 'draftDays'>): RoundRetention {
  return {
    draftDays: round.draftDays ?? DEFAULT_DRAFT_DAYS,
    notSelectedDays: round.retentionDays,
    participantDays: round.retentionDays,
  };
}
