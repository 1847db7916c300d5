import { ConflictError, NotFoundError } from '../../domain/errors.ts';
import { closeEarly } from '../../domain/round-rules.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { RoundResponse } from '../../schemas/api.ts';
import { type StaffContext, staffRef } from '../staff/staff-context.ts';
import { changeRound } from './change-round.ts';

/**
 * Closes an open intake before its last day ends. Every check of a receipt time (creating, uploading, submitting)
 * follows the round's window, so from the closing instant on nothing more is accepted, and whatever was received
 * before it stands. The round keeps the closing in its window history.
 */
export async function closeIntake(ports: StaffPorts, staff: StaffContext, roundId: string): Promise<RoundResponse> {
  const { round } = await changeRound(ports, staff, roundId, (stored) => {
    if (!stored) throw new NotFoundError('ROUND_NOT_FOUND');
    const closed = closeEarly(stored, staff.at, staffRef(staff.identity));
    if (!closed) throw new ConflictError('INTAKE_NOT_OPEN_NOW');
    return closed;
  });
  return round;
}
