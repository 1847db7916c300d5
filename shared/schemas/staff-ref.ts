import * as z from 'zod/mini';
import { InstantSchema } from './common.ts';
import { lazySchema } from './lazy-schema.ts';

/*
 * How staff are named on what they record. Kept apart from `staff-identity.ts`, which imports the rounds' schemas,
 * so that a round can name who changed its window with the same schema.
 */

/** Who did something, as stored on an application and in the audit log: no more than the staff member's ids. */
export const StaffRefSchema = lazySchema(() =>
  z.strictObject({ subject: z.string(), username: z.string(), displayName: z.string() }),
);
export type StaffRef = z.infer<typeof StaffRefSchema>;

/** Who did it and when: what every decision, note or hold a staff member records carries. */
export const STAFF_STAMP = { by: StaffRefSchema, at: InstantSchema };

/** The stamp's fields, to leave out of a request for a record: the server stamps it with the caller and the time. */
export const STAMPED_BY_SERVER = { by: true, at: true } as const;
