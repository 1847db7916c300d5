import { PlanResponseSchema } from '../schemas/plans-api.ts';
import { RetentionResponseSchema } from '../schemas/retention.ts';
import { StaffApplicationResponseSchema } from '../schemas/staff-api.ts';

/** The answers many staff routes share: each change answers with the whole of what it changed. */

/** The application with its history, as staff review it. */
export const reviewAnswer = { 200: { json: StaffApplicationResponseSchema } } as const;
/** The whole support plan. */
export const planAnswer = { 200: { json: PlanResponseSchema } } as const;
/** How the application's personal data now stands. */
export const retentionAnswer = { 200: { json: RetentionResponseSchema } } as const;
