import type { PublicRoute } from '../http/route-declaration.ts';
import type { PublicRun } from '../http/route-run.ts';
import { ParticipantPlanResponseSchema, PlanAgreementRequestSchema } from '../schemas/participant-api.ts';
import { agreeToPlan } from '../use-cases/participant/agree-to-plan.ts';
import { applicantsOwn, ownApplication } from './applicants-own.ts';

export const agreeToPlanRoute = {
  ...applicantsOwn,
  method: 'POST',
  path: '/applications/{reference}/plan/agreement',
  handler: 'agree-to-plan',
  summary:
    'The participant agrees online to the version of the plan they read. Agreeing again changes nothing; 409 ' +
    'PLAN_VERSION_CHANGED when the plan has a newer version, 422 PLAN_ENDED once it has ended.',
  body: PlanAgreementRequestSchema,
  answers: { 200: { json: ParticipantPlanResponseSchema } },
  refusals: [409, 422],
  // The agreement is stored with an audit entry, so the social service sees it in the plan's history.
  needs: { table: 'readWrite', repositories: ['applications', 'serviceYears', 'supportPlans'], audit: 'append' },
} as const satisfies PublicRoute;

/** The participant's online agreement to the version of the plan they read. */
export const run: PublicRun<typeof agreeToPlanRoute> = async (input, { ports, event }) =>
  agreeToPlan(await ports(), {
    ...ownApplication(input),
    now: input.receivedAt,
    version: input.body.version,
    requestId: event.requestContext.requestId,
  });
