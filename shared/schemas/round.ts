import * as z from 'zod/mini';
import { MAX_DRAFT_DAYS } from '../domain/draft-days.ts';
import { MAX_RETENTION_DAYS } from '../domain/retention-days.ts';
import { ROUND_ID_PATTERN } from '../domain/round-id.ts';
import { InstantSchema, IsoDateSchema, LocalizedTextSchema } from './common.ts';
import { lazySchema } from './lazy-schema.ts';
import { StaffRefSchema } from './staff-ref.ts';

/** Municipality codes follow ISO 3166-2:LV (e.g. `LV-016`, `LV-JEL`); the list is data of each round. */
export const MunicipalityCodeSchema = z.string().check(z.regex(/^LV-[A-Z0-9]{3}$/));

/**
 * The municipality's social service as people are told of it: who handles and decides the applications, how to
 * reach it, and to whom a decision is contested. Every decision letter and the receipt name it.
 */
export const SocialServiceSchema = lazySchema(() =>
  z.strictObject({
    name: LocalizedTextSchema,
    /** The postal address, on one line. */
    address: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
    phone: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
    email: z.email().check(z.maxLength(254)),
    /**
     * To whom a decision is contested, when the municipality names someone else than the head of the social
     * service (e.g. its administrative disputes commission), with that body's address when it differs.
     */
    contestTo: z.optional(LocalizedTextSchema),
  }),
);
export type SocialService = z.infer<typeof SocialServiceSchema>;

export const MunicipalitySchema = lazySchema(() =>
  z.strictObject({
    code: MunicipalityCodeSchema,
    name: LocalizedTextSchema,
    /** Places available in this municipality. */
    cap: z.int().check(z.minimum(1)),
    /** Optional so rounds stored before it still read; every round made now names it. */
    socialService: z.optional(SocialServiceSchema),
  }),
);
export type Municipality = z.infer<typeof MunicipalitySchema>;

/**
 * `representative-authority`: the court decision on guardianship or the power of attorney of whoever applies for the
 * person; needed whenever a representative applies, whether or not the round lists it (`document-requirements.ts`).
 */
export const DocumentTypeSchema = z.enum(['application-form', 'disability-proof', 'representative-authority']);
export type DocumentType = z.infer<typeof DocumentTypeSchema>;

export const DocumentRequirementSchema = lazySchema(() =>
  z.strictObject({
    type: DocumentTypeSchema,
    name: LocalizedTextSchema,
    description: LocalizedTextSchema,
  }),
);
export type DocumentRequirement = z.infer<typeof DocumentRequirementSchema>;

export const DisabilityGroupSchema = z.int().check(z.minimum(1), z.maximum(3));

/** The intake window as the call states it: local calendar dates, both inclusive, in a named time zone. */
export const IntakeWindowSchema = lazySchema(() =>
  z.strictObject({
    firstDay: IsoDateSchema,
    lastDay: IsoDateSchema,
    /** An IANA time zone, e.g. `Europe/Riga`: its rules, summer time included, turn the dates into instants. */
    timeZone: z.string().check(z.minLength(1)),
    /**
     * Set when an administrator closed intake before the end of the last day: nothing received from this instant
     * on is accepted. Extending the window clears it.
     */
    closedEarlyAt: z.optional(InstantSchema),
  }),
);
export type IntakeWindow = z.infer<typeof IntakeWindowSchema>;

export const SelectionCriterionSchema = lazySchema(() =>
  z.strictObject({
    id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
    name: LocalizedTextSchema,
    maxPoints: z.int().check(z.minimum(1)),
  }),
);

export const RoundIdSchema = z.string().check(z.regex(ROUND_ID_PATTERN));

/** One change an administrator made to the window after the rules were set; the round keeps them all. */
export const WindowChangeSchema = lazySchema(() =>
  z.discriminatedUnion('change', [
    z.strictObject({
      change: z.literal('closed-early'),
      /** When the administrator's request was received. */
      at: InstantSchema,
      by: StaffRefSchema,
      /** From when nothing more was accepted. */
      closedAt: InstantSchema,
    }),
    z.strictObject({
      change: z.literal('extended'),
      at: InstantSchema,
      by: StaffRefSchema,
      /** The new last day. */
      lastDay: IsoDateSchema,
    }),
  ]),
);
export type WindowChange = z.infer<typeof WindowChangeSchema>;

/**
 * How long a round keeps personal data, each period counted from the day the data stops being needed. When a
 * period ends, the retention job (`use-cases/retention/apply-retention.ts`) removes the personal fields and every
 * version of the documents and keeps an anonymised record; an application on legal hold is kept until the hold is
 * lifted. Published in the round, so the privacy notice tells applicants the same periods.
 */
export const RetentionPeriodsSchema = lazySchema(() =>
  z.strictObject({
    /**
     * Days an unsent draft is kept for the person to come back to (never past the end of intake); 30 when absent.
     * An expired draft and its uploads are deleted. At most 30: in AWS the bucket's lifecycle deletes an upload 30
     * days after it was made, so a draft kept longer would come back without its documents.
     */
    draftDays: z.optional(z.int().check(z.minimum(1), z.maximum(MAX_DRAFT_DAYS))),
    /**
     * Days after the results are published that the application of a person who got no place is kept: not selected,
     * still on the waiting list, or withdrawn (from the withdrawal, when that came later).
     */
    notSelectedDays: z.int().check(z.minimum(1), z.maximum(MAX_RETENTION_DAYS)),
    /**
     * Days after a participant's year of services ends that their application and support plan are kept (the plan
     * holds the person's goals and views in their own words).
     */
    participantDays: z.int().check(z.minimum(1), z.maximum(MAX_RETENTION_DAYS)),
  }),
);
export type RetentionPeriods = z.infer<typeof RetentionPeriodsSchema>;

export const RoundSchema = lazySchema(() =>
  z.strictObject({
    id: RoundIdSchema,
    name: LocalizedTextSchema,
    whoMayApply: LocalizedTextSchema,
    municipalities: z.array(MunicipalitySchema).check(z.minLength(1)),
    window: IntakeWindowSchema,
    eligibleDisabilityGroups: z.array(DisabilityGroupSchema).check(z.minLength(1)),
    /** The pilot is for persons with a mental disorder; the applicant confirms it and the proof shows it. */
    requiresMentalDisorder: z.boolean(),
    requiredDocuments: z.array(DocumentRequirementSchema).check(z.minLength(1)),
    /**
     * True when the answers given online are the application itself, so online applicants upload no signed application
     * form (paper applications still bring theirs). Absent means false.
     */
    onlineAnswersAreApplication: z.optional(z.boolean()),
    criteria: z.array(SelectionCriterionSchema),
    /** The day by which the selection results are expected to be published, when the round states one. */
    resultsExpectedBy: z.optional(IsoDateSchema),
    /** How long personal data of the round is kept: see `RetentionPeriodsSchema`. */
    retention: RetentionPeriodsSchema,
    /** Early closings and extensions of the window, oldest first: the round shows its own history. */
    windowChanges: z.optional(z.array(WindowChangeSchema)),
    /** Counts administrators' changes, so two of them saving at once cannot overwrite each other unseen. */
    revision: z.optional(z.int().check(z.minimum(0))),
  }),
);
export type Round = z.infer<typeof RoundSchema>;

/**
 * A round as stored, read by its repository: rounds stored before the retention periods were grouped carry
 * `retentionDays` (days kept for people who take no part) and `draftDays` at the top level. They read as the same
 * periods: `retentionDays` for both people who got no place and participants (it was the only period then), and
 * the same `draftDays`. The next save stores the new shape.
 */
export const StoredRoundSchema = z.pipe(z.transform(withRetentionPeriods), RoundSchema);

function withRetentionPeriods(stored: unknown): unknown {
  if (typeof stored !== 'object' || stored === null || 'retention' in stored || !('retentionDays' in stored)) {
    return stored;
  }
  const { retentionDays, draftDays, ...rest } = stored as Record<string, unknown>;
  return {
    ...rest,
    retention: {
      ...(draftDays !== undefined && { draftDays }),
      notSelectedDays: retentionDays,
      participantDays: retentionDays,
    },
  };
}

/**
 * The rules an administrator sets when creating or editing a round (`PUT /staff/rounds/{roundId}`). The id is
 * in the path; closing early, extending and the revision are the system's to keep, so they are not sent.
 */
export const RoundRulesSchema = lazySchema(() =>
  z.extend(z.omit(RoundSchema, { id: true, windowChanges: true, revision: true }), {
    window: z.omit(IntakeWindowSchema, { closedEarlyAt: true }),
  }),
);
export type RoundRules = z.infer<typeof RoundRulesSchema>;

/** `PUT /staff/rounds/{roundId}/intake-window`: the new last day, later than the current one. */
export const ExtendIntakeRequestSchema = lazySchema(() => z.strictObject({ lastDay: IsoDateSchema }));
export type ExtendIntakeRequest = z.infer<typeof ExtendIntakeRequestSchema>;
