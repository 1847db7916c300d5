import type { PublicRoute } from '../http/route-declaration.ts';
import type { PublicRun } from '../http/route-run.ts';
import { ParticipantPlanResponseSchema } from '../schemas/participant-api.ts';
import { getParticipantPlan } from '../use-cases/participant/get-participant-plan.ts';
import { applicantsOwn, ownApplication } from './applicants-own.ts';

export const getParticipantPlanRoute = {
  ...applicantsOwn,
  method: 'GET',
  path: '/applications/{reference}/plan',
  handler: 'get-participant-plan',
  summary:
    'The participant’s support plan, as the person may see it: goals, services with their providers, the budget, ' +
    'the months delivered and what is left. 404 PLAN_NOT_READY while the application has no plan.',
  answers: { 200: { json: ParticipantPlanResponseSchema } },
  needs: { table: 'read', repositories: ['applications', 'serviceYears', 'supportPlans'] },
} as const satisfies PublicRoute;

/** The support plan, for the participant who holds the access code. */
export const run: PublicRun<typeof getParticipantPlanRoute> = async (input, { ports }) =>
  getParticipantPlan(await ports(), { ...ownApplication(input), now: input.receivedAt });
