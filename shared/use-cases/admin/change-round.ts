import type { StaffPorts } from '../../ports/index.ts';
import type { RoundResponse } from '../../schemas/api.ts';
import type { Round } from '../../schemas/round.ts';
import { getRound } from '../get-round.ts';
import { CHANGED, retryWhileChanged } from '../retry-while-changed.ts';
import { auditEntry, type StaffContext } from '../staff/staff-context.ts';

/** What a change makes of the stored round: a round to store, or `unchanged` when there is nothing to store. */
export type RoundChange = (stored: Round | undefined) => Round | 'unchanged';

/**
 * Applies one administrator's change to a round and stores it with the request's audit entry in one transaction.
 * When another change was stored in between, the change is worked out again, checks included, on the fresh
 * round; only when that keeps happening is the administrator asked to reload. The answer is read again once the
 * change is stored, by the very code of `GET /rounds/{roundId}`, so it is exactly what the public now sees.
 */
export async function changeRound(
  ports: StaffPorts,
  staff: StaffContext,
  roundId: string,
  change: RoundChange,
): Promise<{ created: boolean; round: RoundResponse }> {
  return retryWhileChanged('ROUND_CHANGED', async () => {
    const stored = await ports.rounds.get(roundId);
    const changed = change(stored);
    const audit = auditEntry(staff, { roundId });
    if (changed === 'unchanged') {
      await ports.audit.append(audit);
      return { created: false, round: await getRound(ports, { roundId, now: staff.at }) };
    }
    if (!(await ports.rounds.saveChange(changed, { isNew: !stored, audit }))) return CHANGED;
    return { created: !stored, round: await getRound(ports, { roundId, now: staff.at }) };
  });
}
