/** The shapes of the year of services as the browser sees them: type-only imports of the server's schemas. */
export type {
  BudgetStandingView,
  MonthDeliveryBody,
  Participant,
  PlanEndBody,
  PlanResponse,
  PlanState,
  PlanVersionBody,
} from '../../../../shared/schemas/plans-api.ts';
export type { NeedLevel } from '../../../../shared/schemas/service-year.ts';
export type { PlanVersion, SupportPlan } from '../../../../shared/schemas/support-plan.ts';

import type { PlanResponse } from '../../../../shared/schemas/plans-api.ts';

/** The round's year of services as the plan page gets it: the providers of the participant's municipality only. */
export type PlanYear = NonNullable<PlanResponse['serviceYear']>;
