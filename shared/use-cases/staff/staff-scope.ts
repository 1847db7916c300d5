import { AccessError, RuleViolationError } from '../../domain/errors.ts';
import type { Round } from '../../schemas/round.ts';
import type { StaffIdentity } from '../../schemas/staff-identity.ts';

/**
 * A social worker sees their own municipality only; an administrator sees every one. Staff use cases meet this
 * rule through their scoped view of the applications (`StaffPorts`), which applies it to every read and write.
 */
export function maySee(identity: StaffIdentity, municipalityCode: string): boolean {
  return identity.role === 'administrator' || identity.municipalityCode === municipalityCode;
}

/**
 * The municipality whose queue is asked for. A social worker's is the one in their sign-in: naming another is
 * refused. An administrator names one of the round's.
 */
export function queueMunicipality(identity: StaffIdentity, round: Round, requested: string | undefined): string {
  if (identity.role === 'social-worker') {
    if (requested && requested !== identity.municipalityCode) throw new AccessError('MUNICIPALITY_FILTER_FORBIDDEN');
    return identity.municipalityCode;
  }
  if (!requested || !round.municipalities.some((municipality) => municipality.code === requested)) {
    throw new RuleViolationError([{ code: 'MUNICIPALITY_NOT_IN_ROUND', field: 'municipality' }]);
  }
  return requested;
}
