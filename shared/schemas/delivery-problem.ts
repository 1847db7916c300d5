import * as z from 'zod/mini';
import { InstantSchema } from './common.ts';
import { lazySchema } from './lazy-schema.ts';

/** Whom an application's e-mail goes to: the person themself, or their representative. */
export const RecipientRoleSchema = z.enum(['applicant', 'representative']);
export type RecipientRole = z.infer<typeof RecipientRoleSchema>;

/**
 * Which e-mail of an application: the link to continue a saved draft, the receipt of the submission, a selection
 * result, or the status link sent again.
 */
export const NotificationKindSchema = z.enum(['draft-saved', 'receipt', 'result', 'link']);
export type NotificationKind = z.infer<typeof NotificationKindSchema>;

/**
 * An e-mail of the application that did not reach its recipient (a bounce), or that its recipient reported as
 * unwanted (a complaint), as the mail service told us. It says whose address it was, never the address itself.
 */
export const DeliveryProblemSchema = lazySchema(() =>
  z.strictObject({
    kind: z.enum(['bounce', 'complaint']),
    /** For a bounce: permanent (the address does not work), transient (full mailbox, too large…) or undetermined. */
    bounceType: z.optional(z.enum(['permanent', 'transient', 'undetermined'])),
    /** When the receiving side reported it. */
    at: InstantSchema,
    recipient: RecipientRoleSchema,
    /** Which e-mail it was, when the mail service's event says so. */
    notification: z.optional(NotificationKindSchema),
    /** The mail service's id of the report: the same report delivered again is recorded once. */
    feedbackId: z.string().check(z.minLength(1), z.maxLength(256)),
  }),
);
export type DeliveryProblem = z.infer<typeof DeliveryProblemSchema>;
