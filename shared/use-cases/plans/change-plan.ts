import { AccessError, ConflictError, RuleViolationError, type Violation } from '../../domain/errors.ts';
import { rigaCalendarDate } from '../../domain/riga-time.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { PlanResponse } from '../../schemas/plans-api.ts';
import type { ServiceYear } from '../../schemas/service-year.ts';
import type { StaffRef } from '../../schemas/staff-ref.ts';
import type { SupportPlan } from '../../schemas/support-plan.ts';
import { CHANGED, retryWhileChanged } from '../retry-while-changed.ts';
import { auditEntry, type StaffContext, staffRef } from '../staff/staff-context.ts';
import { type OpenedPlan, openParticipant } from './participant.ts';
import { planView } from './plan-view.ts';

/** What a change of a plan works from: the participant's plan as read, the round's year, who and when. */
export interface PlanChangeContext extends OpenedPlan {
  serviceYear: ServiceYear;
  at: string;
  by: StaffRef;
  /** Today in Riga: no date a person signed or left on can be later. */
  today: string;
}

/** The plan as changed. */
export interface PlanChange {
  plan: SupportPlan;
  /**
   * Set when the change stored the request's audit entry with a write of its own (a place passed on to the
   * waiting list). The plan's part must then land too: on a plan someone changed meanwhile, it is made `again`.
   */
  audited?: { again(fresh: SupportPlan): SupportPlan };
}

type PlanChangeBody = { revision?: number | undefined };

/** A request to change a plan: the participant's reference, and the body with the plan's revision the page read. */
export interface PlanChangeInput<Body extends PlanChangeBody> {
  reference: string;
  request: Body;
}

/** A body without its revision; member by member, so that a body of several kinds keeps them apart. */
type WithoutRevision<Body> = Body extends unknown ? Omit<Body, 'revision'> : never;

/**
 * One social worker's change of a participant's plan, as a use case: only over the revision the page read (else
 * `PLAN_CHANGED`, and the page offers to load the plan again), stored with the request's audit entry in one
 * transaction. A change worked out from an older page is never retried on a newer plan: the social worker decides
 * on what they saw. `change` gets the request without its revision, and the ports and caller for a write of its own.
 */
export function changePlan<Body extends PlanChangeBody>(
  change: (
    context: PlanChangeContext,
    request: WithoutRevision<Body>,
    ports: StaffPorts,
    staff: StaffContext,
  ) => PlanChange | Promise<PlanChange>,
) {
  return async (ports: StaffPorts, staff: StaffContext, input: PlanChangeInput<Body>): Promise<PlanResponse> => {
    if (staff.identity.role !== 'social-worker') throw new AccessError('PLAN_NEEDS_SOCIAL_WORKER');
    const { revision, ...request } = input.request;
    const opened = await openParticipant(ports, input.reference);
    if (opened.plan?.revision !== revision) throw new ConflictError('PLAN_CHANGED');
    if (!opened.serviceYear) throw new ConflictError('SERVICE_YEAR_MISSING');
    const at = staff.at.toISOString();
    const changed = await change(
      {
        ...opened,
        serviceYear: opened.serviceYear,
        at,
        by: staffRef(staff.identity),
        today: rigaCalendarDate(staff.at),
      },
      // The rest of a body of several kinds is that of its own kind, which TypeScript cannot see of a generic one.
      request as WithoutRevision<Body>,
      ports,
      staff,
    );
    const stored = changed.audited
      ? await saveAfterAudited(ports, changed.plan, changed.audited.again)
      : await ports.supportPlans.save(changed.plan, { isNew: !opened.plan, audit: auditEntry(staff, opened.target) });
    if (!stored) throw new ConflictError('PLAN_CHANGED');
    return planView(opened.application, opened.serviceYear, stored);
  };
}

/** A change of a plan whose request's audit entry is stored already: made again on a fresh plan until it lands. */
async function saveAfterAudited(
  ports: StaffPorts,
  plan: SupportPlan,
  again: (fresh: SupportPlan) => SupportPlan,
): Promise<SupportPlan | undefined> {
  const stored = await ports.supportPlans.save(plan, { isNew: false });
  if (stored) return stored;
  return retryWhileChanged('PLAN_CHANGED', async () => {
    const fresh = await ports.supportPlans.get(plan);
    if (!fresh) return undefined;
    return (await ports.supportPlans.save(again(fresh), { isNew: false })) ?? CHANGED;
  });
}

/** The value of a rule's outcome, or the rules it breaks, refused with nothing stored. */
export function orRefuse<T>(outcome: { ok: true; value: T } | { ok: false; problems: Violation[] }): T {
  if (!outcome.ok) throw new RuleViolationError(outcome.problems);
  return outcome.value;
}

/** The participant's plan: a change other than the first version needs one drawn up before it. */
function existingPlan({ plan }: Pick<PlanChangeContext, 'plan'>): SupportPlan {
  if (!plan) throw new ConflictError('PLAN_CHANGED');
  return plan;
}

/** Refuses a change of a plan that has ended. */
export function openPlan(context: Pick<PlanChangeContext, 'plan'>): SupportPlan {
  const plan = existingPlan(context);
  if (plan.end) throw new RuleViolationError([{ code: 'PLAN_ENDED' }]);
  return plan;
}

/** Refuses a date after today (Riga), as no one signs or leaves in the future. */
export function notInFuture(date: string, today: string, field: string): void {
  if (date > today) throw new RuleViolationError([{ code: 'PLAN_DATE_IN_FUTURE', field }]);
}
