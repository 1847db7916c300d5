import { ConflictError } from '../../domain/errors.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { ScopedApplication } from '../../ports/scoped-application-repository.ts';
import type { PlanEndBody } from '../../schemas/plans-api.ts';
import type { PlanEnd } from '../../schemas/support-plan.ts';
import { loadRound } from '../load-round.ts';
import { offerFreedPlace } from '../selection/offer-freed-place.ts';
import { auditEntry, type StaffContext } from '../staff/staff-context.ts';
import { changePlan, notInFuture, openPlan, type PlanChangeContext } from './change-plan.ts';

/**
 * Ends the participant's year: completed, or left early with the reason. When the round's year says so, leaving
 * early frees the place exactly as a withdrawal does: the application is withdrawn with the same reason and the
 * first on the waiting list is offered the place (and e-mailed by the stream), in one transaction with the
 * request's audit entry; the plan's end is stored next (on the fresh plan, should someone have changed it in
 * between: the place is passed on already, so the year has ended). A request sent again finds the withdrawal
 * stored and passes nothing on twice.
 */
export const endPlan = changePlan<PlanEndBody>(async (context, request, ports, staff) => {
  const plan = openPlan(context);
  notInFuture(request.on, context.today, 'on');
  const end: PlanEnd = { ...request, at: context.at, by: context.by };
  const placeFreed =
    request.kind === 'left-early' &&
    context.serviceYear.offerPlaceOnEarlyEnd &&
    (await freePlace(ports, staff, context, request.reason));
  const ended = { ...plan, end };
  return placeFreed
    ? { plan: ended, audited: { again: (fresh) => ({ ...fresh, end: fresh.end ?? end }) } }
    : { plan: ended };
});

/** Withdraws the application and offers its place; true when the request's audit entry went with that write. */
async function freePlace(
  ports: StaffPorts,
  staff: StaffContext,
  { application, target, at, by }: PlanChangeContext,
  reason: string,
): Promise<boolean> {
  if (application.withdrawal) return false;
  const round = await loadRound(ports, application.roundId);
  const withdrawn: ScopedApplication = { ...application, withdrawal: { reason, by, at } };
  const promoted = await offerFreedPlace(ports, round, application, staff.at);
  const audit = auditEntry(staff, { ...target, ...(promoted && { related: [promoted.reference] }) });
  const saved = await ports.applications.saveReviewed(promoted ? [withdrawn, promoted] : [withdrawn], audit);
  if (saved === 'changed') throw new ConflictError('APPLICATION_CHANGED');
  return true;
}
