import { budgetFor, budgetStanding } from '../../domain/individual-budget.ts';
import { currentVersion } from '../../domain/support-plan-rules.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { Participant, ParticipantsResponse, PlanState } from '../../schemas/plans-api.ts';
import type { ServiceYear } from '../../schemas/service-year.ts';
import type { SupportPlan } from '../../schemas/support-plan.ts';
import { municipalityRead } from '../staff/municipality-read.ts';
import type { StaffContext } from '../staff/staff-context.ts';
import { isParticipant } from './participant.ts';

/**
 * A municipality's participants of the round, by rank: each with where their plan stands and its money. Social
 * workers see their own municipality; administrators name one.
 */
export async function listParticipants(
  ports: StaffPorts,
  staff: StaffContext,
  input: { roundId: string; municipality?: string | undefined },
): Promise<ParticipantsResponse> {
  return municipalityRead(ports, staff, input, async (round, municipalityCode) => {
    const queue = await ports.applications.queue(round.id, municipalityCode);
    const plans = new Map(
      (await ports.supportPlans.list(round.id, municipalityCode)).map((plan) => [plan.reference, plan]),
    );
    const serviceYear = await ports.serviceYears.get(round.id);
    const participants = queue
      .filter((application) => isParticipant(application, plans.get(application.reference)))
      .map((application): Participant => {
        const plan = plans.get(application.reference);
        const rank = application.selection?.rank;
        return {
          reference: application.reference,
          firstName: application.person.firstName,
          lastName: application.person.lastName,
          ...(rank !== undefined && { rank }),
          ...money(plan, serviceYear),
          plan: planState(plan),
        };
      })
      .sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER));
    return { roundId: round.id, municipalityCode, serviceYearSet: serviceYear !== undefined, participants };
  });
}

function planState(plan: SupportPlan | undefined): PlanState {
  if (!plan) return { state: 'none' };
  const { version, agreement } = currentVersion(plan);
  if (plan.end) return { state: 'ended', version, end: plan.end.kind };
  return agreement ? { state: 'agreed', version } : { state: 'draft', version };
}

function money(plan: SupportPlan | undefined, serviceYear: ServiceYear | undefined) {
  if (!plan) {
    return { ...(serviceYear && { budgetCents: budgetFor(serviceYear.budget) }), committedCents: 0, spentCents: 0 };
  }
  const version = currentVersion(plan);
  const { spentCents } = budgetStanding(version, plan.deliveries);
  return { budgetCents: version.budgetCents, committedCents: version.totalCents, spentCents };
}
