import { PlanResponseSchema } from '../schemas/plans-api.ts';
import { RetentionResponseSchema } from '../schemas/retention.ts';
import { StaffApplicationResponseSchema } from '../schemas/staff-api.ts';

/** What several routes' declarations share: the staff paths, their common answers, a submission's needs. */

export const applicationPath = '/staff/applications/{reference}';
export const roundPath = '/staff/rounds/{roundId}';

/** The application with its history, as staff review it. */
export const reviewAnswer = { 200: { json: StaffApplicationResponseSchema } } as const;
/** The whole support plan, as every change of it answers. */
export const planAnswer = { 200: { json: PlanResponseSchema } } as const;
/** How the application's personal data now stands. */
export const retentionAnswer = { 200: { json: RetentionResponseSchema } } as const;

/** Submitting judges the uploads, keeps what passed and discards what did not. */
export const submitNeeds = ['readUploads', 'deleteUploads', 'keepSubmitted'] as const;
