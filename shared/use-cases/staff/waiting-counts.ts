import { countByState, reviewState } from '../../domain/review-rules.ts';
import type { StaffPorts } from '../../ports/index.ts';
import { type WaitingCountsResponse, type WaitingState, WaitingStateSchema } from '../../schemas/staff-api.ts';
import { loadRound } from '../load-round.ts';
import { auditEntry, type StaffContext } from './staff-context.ts';

/**
 * How many applications of the round wait for a social worker (to review, possible duplicates), per municipality
 * the caller may see: a social worker learns what waits for them, an administrator who to chase. Counts only: no
 * reference, name or anything else of an application.
 */
export async function countWaiting(
  ports: StaffPorts,
  staff: StaffContext,
  roundId: string,
): Promise<WaitingCountsResponse> {
  const round = await loadRound(ports, roundId);
  const seen = round.municipalities.filter(({ code }) => ports.applications.covers(code));
  const municipalities = await Promise.all(
    seen.map(async ({ code }) => {
      const all = countByState((await ports.applications.queue(round.id, code)).map(reviewState));
      const counts = Object.fromEntries(WaitingStateSchema.options.map((state) => [state, all[state]])) as Record<
        WaitingState,
        number
      >;
      return {
        municipalityCode: code,
        counts,
        waiting: Object.values(counts).reduce((sum, count) => sum + count, 0),
      };
    }),
  );
  const { identity } = staff;
  await ports.audit.append(
    auditEntry(staff, {
      roundId: round.id,
      ...(identity.role === 'social-worker' && { municipalityCode: identity.municipalityCode }),
    }),
  );
  return { roundId: round.id, municipalities };
}
