import * as z from 'zod/mini';
import { APPLICATION_PLACE } from './application-place.ts';
import { InstantSchema } from './common.ts';
import { trimmedText } from './input-patterns.ts';
import { lazySchema } from './lazy-schema.ts';
import { IneligibilityReasonSchema, ReviewStateSchema, SelectionOutcomeSchema } from './review.ts';
import { STAFF_STAMP, STAMPED_BY_SERVER } from './staff-ref.ts';

/*
 * Personal data kept no longer than needed: the rules under which an application's personal data is removed, the
 * legal hold that stops it, and the anonymised record that stays. The periods themselves are the round's
 * (`RetentionPeriodsSchema` in `round.ts`).
 */

/**
 * Why an application's personal data was removed: the round's period for people who got no place, or for
 * participants after their year, ran out; or the person asked for erasure (GDPR Art. 17).
 */
export const RetentionRuleSchema = z.enum(['not-selected-period', 'participant-period', 'erasure-request']);
export type RetentionRule = z.infer<typeof RetentionRuleSchema>;

/** Why an application is held: an appeal against a decision, or another reason the social worker writes down. */
export const HoldReasonSchema = z.enum(['appeal', 'other']);
export type HoldReason = z.infer<typeof HoldReasonSchema>;

/** A legal hold on an application: while it stands, neither the retention job nor an erasure removes anything. */
export const LegalHoldSchema = lazySchema(() =>
  z.strictObject({
    reason: HoldReasonSchema,
    /** The social worker's own words: which appeal, or what other reason; required for `other`. */
    note: z.optional(trimmedText(1, 1000)),
    ...STAFF_STAMP,
  }),
);
export type LegalHold = z.infer<typeof LegalHoldSchema>;

/** `PUT /staff/applications/{reference}/hold`. */
export const HoldRequestSchema = lazySchema(() => z.omit(LegalHoldSchema, STAMPED_BY_SERVER));
export type HoldRequest = z.infer<typeof HoldRequestSchema>;

/**
 * `POST /staff/applications/{reference}/erasure`: the person asked at the office for their data to be erased, and
 * the staff member checked who they are (and, for a representative, their authority) before sending this.
 */
export const ErasureRequestSchema = lazySchema(() => z.strictObject({ identityChecked: z.boolean() }));
export type ErasureRequest = z.infer<typeof ErasureRequestSchema>;

/**
 * Set on a live application when the removal of its personal data begins, before its documents are deleted: from
 * then on no hold can be placed on it, so a document is never deleted under a hold placed meanwhile. The removal
 * finishes with the anonymised record; a removal cut off half-way is finished by the next attempt.
 */
export const ErasureMarkSchema = lazySchema(() => z.strictObject({ rule: RetentionRuleSchema, since: InstantSchema }));
export type ErasureMark = z.infer<typeof ErasureMarkSchema>;

/** When an application's personal data was removed, and under which rule. */
export const AnonymisationSchema = lazySchema(() => z.strictObject({ at: InstantSchema, rule: RetentionRuleSchema }));
export type Anonymisation = z.infer<typeof AnonymisationSchema>;

/**
 * What is kept of an application once its personal data is removed (`domain/anonymisation.ts` makes it): the
 * reference, round and municipality, the receipt time, the review state, the points, the eligibility decision with
 * its reason code, the published result and when the person withdrew, so that protocols, statistics and the
 * re-check of a stored selection run work without personal data. Nothing written by or about the person is kept:
 * no name, personal code, contact, representative, health answer, document, note or free text.
 */
export const AnonymisedApplicationSchema = lazySchema(() =>
  z.strictObject({
    ...APPLICATION_PLACE,
    status: z.literal('anonymised'),
    channel: z.enum(['online', 'paper']),
    /** The first-come time the selection ordered by. */
    receivedAt: InstantSchema,
    /** The review state when the data was removed: what the selection reads as the candidate's state. */
    state: ReviewStateSchema,
    totalScore: z.nullable(z.int().check(z.minimum(0))),
    /** Points per selection criterion. */
    points: z.optional(z.record(z.string(), z.int().check(z.minimum(0)))),
    eligibility: z.optional(
      z.strictObject({ decision: z.enum(['eligible', 'not-eligible']), reason: z.optional(IneligibilityReasonSchema) }),
    ),
    selection: z.optional(SelectionOutcomeSchema),
    /** When the person withdrew and which staff member recorded it (their username), as protocols show it. */
    withdrawal: z.optional(z.strictObject({ at: InstantSchema, by: z.string() })),
    anonymised: AnonymisationSchema,
    revision: z.int().check(z.minimum(0)),
  }),
);
export type AnonymisedApplication = z.infer<typeof AnonymisedApplicationSchema>;

/** Why an erasure on request is refused: the law requires the data to be kept. */
export const ErasureRefusalSchema = z.enum(['ERASURE_REFUSED_ON_HOLD', 'ERASURE_REFUSED_PUBLISHED_SELECTION']);
export type ErasureRefusal = z.infer<typeof ErasureRefusalSchema>;

/** When the round's retention removes an application's personal data, and under which period. */
export const RetentionDueSchema = lazySchema(() =>
  z.strictObject({
    rule: z.enum(['not-selected-period', 'participant-period'] as const satisfies readonly RetentionRule[]),
    at: InstantSchema,
  }),
);
export type RetentionDue = z.infer<typeof RetentionDueSchema>;

/**
 * `GET /staff/applications/{reference}/retention` (and the answer of the hold and erasure routes): how long the
 * application's personal data is kept, whether it is held, and whether it may be erased on request, or, once it
 * was removed, when and under which rule.
 */
export const RetentionResponseSchema = lazySchema(() =>
  z.strictObject({
    ...APPLICATION_PLACE,
    /** The person's name while it is kept, so staff see whose application it is; never once removed. */
    name: z.optional(z.string()),
    hold: z.optional(LegalHoldSchema),
    /** A removal that began and has not finished: erasing again finishes it. */
    erasureUnderWay: z.optional(ErasureMarkSchema),
    anonymised: z.optional(AnonymisationSchema),
    /** Absent while no period runs (no published result yet) and once the data is removed. */
    due: z.optional(RetentionDueSchema),
    /**
     * Whether the person's data may be erased on request now, or the reason the law requires keeping it; absent once
     * the data is removed, as nothing is left to erase.
     */
    erasure: z.optional(
      z.discriminatedUnion('allowed', [
        z.strictObject({ allowed: z.literal(true) }),
        z.strictObject({ allowed: z.literal(false), refusal: ErasureRefusalSchema }),
      ]),
    ),
  }),
);
export type RetentionResponse = z.infer<typeof RetentionResponseSchema>;
