import { AccessError, NotFoundError, RuleViolationError } from '../../domain/errors.ts';
import type { Ports } from '../../ports/index.ts';
import type { Application } from '../../schemas/application.ts';
import type { Round } from '../../schemas/round.ts';
import type { StaffIdentity } from '../../schemas/staff-identity.ts';

/** A social worker sees their own municipality only; an administrator sees every one. */
export function maySee(identity: StaffIdentity, municipalityCode: string): boolean {
  return identity.role === 'administrator' || identity.municipalityCode === municipalityCode;
}

/**
 * An application the staff member may work on. Unknown, another municipality's, and not yet submitted all get the
 * same "not found", so the answer never tells whether the reference exists; the audit log is told which it was.
 * A paper application is the social service's own from the moment it is registered, so its draft is open to it.
 */
export async function openStaffApplication(
  ports: Ports,
  identity: StaffIdentity,
  reference: string,
  options: { paperDraftOnly?: boolean } = {},
): Promise<Application> {
  const application = await ports.applications.get(reference);
  if (!application) throw new NotFoundError('APPLICATION_NOT_FOUND');
  if (!maySee(identity, application.person.municipalityCode)) {
    throw new NotFoundError('APPLICATION_NOT_FOUND', 'OTHER_MUNICIPALITY');
  }
  if (options.paperDraftOnly) {
    if (application.channel !== 'paper' || application.status !== 'draft') {
      throw new NotFoundError('APPLICATION_NOT_FOUND', 'NOT_PAPER');
    }
  } else if (application.status === 'draft' && application.channel !== 'paper') {
    throw new NotFoundError('APPLICATION_NOT_FOUND', 'NOT_SUBMITTED');
  }
  return application;
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
