import { ConflictError } from '../../domain/errors.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { ScopedApplication } from '../../ports/scoped-application-repository.ts';
import type { Application } from '../../schemas/application.ts';
import type { ServiceYear } from '../../schemas/service-year.ts';
import type { SupportPlan } from '../../schemas/support-plan.ts';
import type { AuditTarget } from '../staff/staff-context.ts';

/**
 * A participant of the year of services: selected in the published results (a place offered after someone gave
 * theirs up is `selected` too; the person takes it up by agreeing to a plan). A selected person who withdrew is a
 * participant no longer, unless a plan was drawn up with them: their year, ended or not, stays readable.
 */
export function isParticipant(application: Application, plan: SupportPlan | undefined): boolean {
  return application.selection?.outcome === 'selected' && (!application.withdrawal || plan !== undefined);
}

/** A participant's application, opened through the staff member's scope, with their plan and the round's year. */
export interface OpenedPlan {
  application: ScopedApplication;
  plan: SupportPlan | undefined;
  serviceYear: ServiceYear | undefined;
  target: Required<Pick<AuditTarget, 'roundId' | 'reference' | 'municipalityCode'>>;
}

/**
 * Opens a participant's plan. The application is opened first, through the scope: another municipality's answers
 * as not found before anything of its plan is read. Anyone not selected has no plan to open.
 */
export async function openParticipant(ports: StaffPorts, reference: string): Promise<OpenedPlan> {
  const application = await ports.applications.open(reference);
  const target = {
    roundId: application.roundId,
    reference: application.reference,
    municipalityCode: application.person.municipalityCode,
  };
  const plan = await ports.supportPlans.get(target);
  if (!isParticipant(application, plan)) throw new ConflictError('NOT_A_PARTICIPANT');
  return { application, plan, serviceYear: await ports.serviceYears.get(application.roundId), target };
}
