import type { StaffPorts } from '../../ports/index.ts';
import { type WaitingCountsResponse, type WaitingState, WaitingStateSchema } from '../../schemas/staff-api.ts';
import { loadRound } from '../load-round.ts';
import { auditEntry, type StaffContext } from './staff-context.ts';

/**
 * How many applications of the round wait for a social worker (to review, possible duplicates), per municipality
 * the caller may see: a social worker learns what waits for them, an administrator who to chase. Counts only: no
 * reference, name or anything else of an application. Read from the counts the queue keeps, one item per
 * municipality, never by reading the applications.
 */
export async function countWaiting(
  ports: StaffPorts,
  staff: StaffContext,
  roundId: string,
): Promise<WaitingCountsResponse> {
  const round = await loadRound(ports, roundId);
  const seen = round.municipalities.map(({ code }) => code).filter((code) => ports.applications.covers(code));
  const municipalities = (await ports.applications.queueCounts(round.id, seen)).map(({ municipalityCode, counts }) => {
    const waiting = Object.fromEntries(WaitingStateSchema.options.map((state) => [state, counts[state]])) as Record<
      WaitingState,
      number
    >;
    return {
      municipalityCode,
      counts: waiting,
      waiting: Object.values(waiting).reduce((sum, count) => sum + count, 0),
    };
  });
  const { identity } = staff;
  await ports.audit.append(
    auditEntry(staff, {
      roundId: round.id,
      ...(identity.role === 'social-worker' && { municipalityCode: identity.municipalityCode }),
    }),
  );
  return { roundId: round.id, municipalities };
}
