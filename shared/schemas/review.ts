import * as z from 'zod/mini';
import { InstantSchema, ReferenceSchema } from './common.ts';
import { trimmedText } from './input-patterns.ts';
import { lazySchema } from './lazy-schema.ts';
import { ExclusionReasonSchema } from './selection.ts';
import { STAFF_STAMP, StaffRefSchema } from './staff-ref.ts';

/** Free text a social worker writes: a justification, an explanation, a note. */
export const StaffTextSchema = trimmedText(1, 2000);

/**
 * What the social worker writes to the person about a refusal: it goes into the decision letter and onto the
 * status page as written, so it is kept short. Never logged.
 */
export const MessageForPersonSchema = trimmedText(1, 1000);

/** Why an application is not eligible: the reasons the call's rules give, and "other" with an explanation. */
export const IneligibilityReasonSchema = z.enum([
  'disability-group-not-eligible',
  'no-mental-disorder',
  'not-resident-in-municipality',
  'documents-invalid',
  'not-an-adult',
  'other',
]);
export type IneligibilityReason = z.infer<typeof IneligibilityReasonSchema>;

export const DocumentCheckSchema = lazySchema(() =>
  z.strictObject({
    /** True: the documents are there, readable, and show what the application says. */
    verified: z.boolean(),
    note: z.optional(StaffTextSchema),
    ...STAFF_STAMP,
  }),
);

export const EligibilitySchema = lazySchema(() =>
  z.strictObject({
    decision: z.enum(['eligible', 'not-eligible']),
    /** Required when not eligible. */
    reason: z.optional(IneligibilityReasonSchema),
    /** The social service's own words about the decision, for staff only. */
    explanation: z.optional(StaffTextSchema),
    /**
     * Words for the person, sent with the reason of a refusal in the decision letter and shown on the status page.
     * Required when the reason is `other`: the person must be told the concrete reason.
     */
    messageForPerson: z.optional(MessageForPersonSchema),
    ...STAFF_STAMP,
  }),
);
export type Eligibility = z.infer<typeof EligibilitySchema>;

export const ScoresSchema = lazySchema(() =>
  z.strictObject({
    /** Points per selection criterion of the round, by criterion id. */
    points: z.record(z.string(), z.int().check(z.minimum(0))),
    total: z.int().check(z.minimum(0)),
    justification: StaffTextSchema,
    ...STAFF_STAMP,
  }),
);
export type Scores = z.infer<typeof ScoresSchema>;

export const NoteSchema = lazySchema(() => z.strictObject({ text: StaffTextSchema, ...STAFF_STAMP }));

/** How a social worker settled a person's several applications in a round: one stands, the rest are set aside. */
export const DuplicateResolutionSchema = lazySchema(() =>
  z.strictObject({
    outcome: z.enum(['stands', 'set-aside']),
    /** The application of the person that stands; the others are set aside, never deleted. */
    standing: ReferenceSchema,
    reason: StaffTextSchema,
    ...STAFF_STAMP,
  }),
);
export type DuplicateResolution = z.infer<typeof DuplicateResolutionSchema>;

/** The social service's review of a submitted application. Each part is replaced as a whole when decided again. */
export const ReviewSchema = lazySchema(() =>
  z.strictObject({
    documentCheck: z.optional(DocumentCheckSchema),
    eligibility: z.optional(EligibilitySchema),
    scores: z.optional(ScoresSchema),
    notes: z.optional(z.array(NoteSchema)),
    duplicate: z.optional(DuplicateResolutionSchema),
  }),
);
export type Review = z.infer<typeof ReviewSchema>;

/** Where an application stands in its review: what the queue filters and counts by. */
export const ReviewStateSchema = z.enum([
  'to-review',
  'eligible',
  'not-eligible',
  'possible-duplicate',
  'set-aside',
  'withdrawn',
]);
export type ReviewState = z.infer<typeof ReviewStateSchema>;

/** The person gave up their application or place, as recorded by the social worker. */
export const WithdrawalSchema = lazySchema(() => z.strictObject({ reason: StaffTextSchema, ...STAFF_STAMP }));

/**
 * The published result of the selection for this application, in the words the applicant is told: selected
 * (with the rank), on the waiting list at a position, or not selected with the reason. A place offered after
 * someone withdrew is `selected` with `offeredAt`.
 */
export const SelectionOutcomeSchema = lazySchema(() =>
  z.strictObject({
    runId: z.string().check(z.regex(/^[0-9a-f]{20}$/)),
    outcome: z.enum(['selected', 'waitlisted', 'not-selected']),
    rank: z.optional(z.int().check(z.minimum(1))),
    position: z.optional(z.int().check(z.minimum(1))),
    reason: z.optional(ExclusionReasonSchema),
    publishedAt: InstantSchema,
    /** Set when the place came free after a selected person withdrew. */
    offeredAt: z.optional(InstantSchema),
  }),
);
export type SelectionOutcome = z.infer<typeof SelectionOutcomeSchema>;

/** An application handed in on paper at the social service's office. */
export const PaperReceiptSchema = lazySchema(() =>
  z.strictObject({
    /** Name of the person at the office who took the application in. */
    receivedBy: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    registeredBy: StaffRefSchema,
    registeredAt: InstantSchema,
  }),
);
