import type { StaffPorts } from '../../ports/index.ts';
import type { Round } from '../../schemas/round.ts';
import { loadRound } from '../load-round.ts';
import { auditEntry, type StaffContext } from './staff-context.ts';
import { queueMunicipality } from './staff-scope.ts';

/**
 * A staff read of one municipality's applications in a round: the round loaded (or `ROUND_NOT_FOUND`), the
 * municipality the social worker's own or the one an administrator names (see `queueMunicipality`), the answer read,
 * then the read's one audit entry naming both, with `reason` when the answer holds more than usual (contacts, the
 * sensitive columns).
 */
export async function municipalityRead<Answer>(
  ports: StaffPorts,
  staff: StaffContext,
  target: { roundId: string; municipality?: string | undefined; reason?: string | undefined },
  read: (round: Round, municipalityCode: string) => Promise<Answer>,
): Promise<Answer> {
  const round = await loadRound(ports, target.roundId);
  const municipalityCode = queueMunicipality(staff.identity, round, target.municipality);
  const answer = await read(round, municipalityCode);
  await ports.audit.append(auditEntry(staff, { roundId: round.id, municipalityCode }, 'succeeded', target.reason));
  return answer;
}
