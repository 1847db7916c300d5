import type { StaffPorts } from '../../ports/index.ts';
import type { Round } from '../../schemas/round.ts';
import { loadRound } from '../load-round.ts';
import { type AuditTarget, auditEntry, type StaffContext } from './staff-context.ts';

/**
 * A staff read of one round's figures as a use case: the round loaded (or `ROUND_NOT_FOUND`), the answer read from
 * it, then the one audit entry of the read, which names the round and whatever else `target` adds (the social
 * worker's municipality, where the answer is cut to it).
 */
export function roundRead<Answer>(
  read: (ports: StaffPorts, round: Round, staff: StaffContext) => Promise<Answer>,
  target: (staff: StaffContext) => Omit<AuditTarget, 'roundId'> = () => ({}),
) {
  return async (ports: StaffPorts, staff: StaffContext, roundId: string): Promise<Answer> => {
    const round = await loadRound(ports, roundId);
    const answer = await read(ports, round, staff);
    await ports.audit.append(auditEntry(staff, { roundId: round.id, ...target(staff) }));
    return answer;
  };
}
