import { ConflictError, NotFoundError, RuleViolationError } from '../../domain/errors.ts';
import { extendWindow } from '../../domain/round-rules.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { RoundResponse } from '../../schemas/api.ts';
import type { ExtendIntakeRequest } from '../../schemas/round.ts';
import { type StaffContext, staffRef } from '../staff/staff-context.ts';
import { changeRound } from './change-round.ts';

/**
 * Moves the last day of intake later. An early closing is lifted with it, so this also opens again a round that
 * was closed early. Refused once the selection is published: the results are final and every applicant was told
 * theirs, so nobody new may join the round (a new round takes new applicants).
 */
export async function extendIntake(
  ports: StaffPorts,
  staff: StaffContext,
  input: { roundId: string; request: ExtendIntakeRequest },
): Promise<RoundResponse> {
  const latest = await ports.selectionRuns.latest(input.roundId);
  if (latest?.status === 'published') throw new ConflictError('INTAKE_FINAL_AFTER_PUBLICATION');
  const { round } = await changeRound(ports, staff, input.roundId, (stored) => {
    if (!stored) throw new NotFoundError('ROUND_NOT_FOUND');
    const extended = extendWindow(stored, input.request.lastDay, staff.at, staffRef(staff.identity));
    if (!extended.ok) throw new RuleViolationError(extended.violations);
    return extended.round;
  });
  return round;
}
