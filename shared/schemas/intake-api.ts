import * as z from 'zod/mini';
import { RoundResponseSchema } from './api.ts';
import { InstantSchema } from './common.ts';
import { lazySchema } from './lazy-schema.ts';
import { WindowChangeSchema } from './round.ts';
import { StaffRefSchema } from './staff-ref.ts';

/** Who changed the window, as administrators read it: the sign-in name and the name, not the internal id. */
const ChangedBySchema = lazySchema(() => z.omit(StaffRefSchema, { subject: true }));

/** A change of the window as administrators see it: when, what, and who made it. */
export const StaffWindowChangeSchema = lazySchema(() => {
  const [closedEarly, extended] = WindowChangeSchema.def.options;
  return z.discriminatedUnion('change', [
    z.extend(closedEarly, { by: ChangedBySchema }),
    z.extend(extended, { by: ChangedBySchema }),
  ]);
});
export type StaffWindowChange = z.infer<typeof StaffWindowChangeSchema>;

/**
 * `GET /staff/rounds/{roundId}/intake-window`: the round as the public sees it, but with who made each change of
 * its window, and when the selection was published, after which intake can be neither extended nor reopened.
 */
export const IntakeWindowResponseSchema = lazySchema(() =>
  z.extend(RoundResponseSchema, {
    windowChanges: z.optional(z.array(StaffWindowChangeSchema)),
    selectionPublishedAt: z.optional(InstantSchema),
  }),
);
export type IntakeWindowResponse = z.infer<typeof IntakeWindowResponseSchema>;
