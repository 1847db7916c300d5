import * as z from 'zod/mini';
import { APPLICATION_PLACE } from './application-place.ts';
import { IsoDateSchema, ReferenceSchema } from './common.ts';
import { trimmedText } from './input-patterns.ts';
import { lazySchema } from './lazy-schema.ts';
import { MunicipalityCodeSchema, RoundIdSchema } from './round.ts';
import { CentsSchema, MonthSchema, ServiceYearRulesSchema } from './service-year.ts';
import { STAMPED_BY_SERVER } from './staff-ref.ts';
import {
  MonthDeliveryRequestSchema,
  PlanReviewSchema,
  PlanVersionRequestSchema,
  SupportPlanSchema,
} from './support-plan.ts';

/*
 * The staff API of the year of services: a round's participants and each participant's support plan. Every change
 * of a plan names the plan's `revision` the page read, so a change made on an older page is refused
 * (`PLAN_CHANGED`) rather than stored over what someone else saved meanwhile.
 */

/** The plan's revision the page was showing. */
const readRevision = { revision: z.int().check(z.minimum(0)) };

/** A new version of the plan: the first one (no `revision`: there was no plan), or a revision with its reason. */
export const PlanVersionBodySchema = lazySchema(() =>
  z.extend(PlanVersionRequestSchema, {
    revision: z.optional(readRevision.revision),
  }),
);
export type PlanVersionBody = z.infer<typeof PlanVersionBodySchema>;

/** The participant signed the current version on paper, on `signedOn`. */
export const PlanAgreementBodySchema = lazySchema(() => z.strictObject({ signedOn: IsoDateSchema, ...readRevision }));
export type PlanAgreementBody = z.infer<typeof PlanAgreementBodySchema>;

/** What was delivered in one month; a month recorded again replaces the earlier record. */
export const MonthDeliveryBodySchema = lazySchema(() => z.extend(MonthDeliveryRequestSchema, readRevision));
export type MonthDeliveryBody = z.infer<typeof MonthDeliveryBodySchema>;

/** A review of the plan: its note, as the plan keeps it. */
export const PlanReviewBodySchema = lazySchema(() =>
  z.extend(z.omit(PlanReviewSchema, STAMPED_BY_SERVER), readRevision),
);
export type PlanReviewBody = z.infer<typeof PlanReviewBodySchema>;

/** The year ends: completed, or the participant left early (with why). */
export const PlanEndBodySchema = lazySchema(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('completed'), on: IsoDateSchema, ...readRevision }),
    z.strictObject({ kind: z.literal('left-early'), on: IsoDateSchema, reason: trimmedText(1, 1000), ...readRevision }),
  ]),
);
export type PlanEndBody = z.infer<typeof PlanEndBodySchema>;

export const ParticipantsQuerySchema = lazySchema(() =>
  z.strictObject({ municipality: z.optional(MunicipalityCodeSchema) }),
);

/** Where a participant's plan stands, as the list of participants says it. */
export const PlanStateSchema = lazySchema(() =>
  z.discriminatedUnion('state', [
    z.strictObject({ state: z.literal('none') }),
    z.strictObject({ state: z.literal('draft'), version: z.int().check(z.minimum(1)) }),
    z.strictObject({ state: z.literal('agreed'), version: z.int().check(z.minimum(1)) }),
    z.strictObject({
      state: z.literal('ended'),
      version: z.int().check(z.minimum(1)),
      end: z.enum(['completed', 'left-early']),
    }),
  ]),
);
export type PlanState = z.infer<typeof PlanStateSchema>;

export const ParticipantSchema = lazySchema(() =>
  z.object({
    reference: ReferenceSchema,
    firstName: z.string(),
    lastName: z.string(),
    rank: z.optional(z.int().check(z.minimum(1))),
    plan: PlanStateSchema,
    /** The participant's budget: the current version's, else the round's amount; absent while the year is not set. */
    budgetCents: z.optional(CentsSchema),
    /** What the current version costs over its months. */
    committedCents: CentsSchema,
    spentCents: CentsSchema,
  }),
);
export type Participant = z.infer<typeof ParticipantSchema>;

export const ParticipantsResponseSchema = lazySchema(() =>
  z.object({
    roundId: RoundIdSchema,
    municipalityCode: MunicipalityCodeSchema,
    /** Whether administrators have set the round's year of services yet: no plan can be drawn up before. */
    serviceYearSet: z.boolean(),
    participants: z.array(ParticipantSchema),
  }),
);
export type ParticipantsResponse = z.infer<typeof ParticipantsResponseSchema>;

/** Planned, spent and left, in cents, of one service line (a service from a provider) or of the whole plan. */
const MoneyStandingSchema = lazySchema(() =>
  z.object({ plannedCents: z.int(), spentCents: z.int(), leftCents: z.int() }),
);

export const BudgetStandingSchema = lazySchema(() =>
  z.extend(MoneyStandingSchema, {
    lines: z.array(z.extend(MoneyStandingSchema, { serviceId: z.string(), providerId: z.string() })),
    /** Spent as a share of planned; at 0.8 the page warns that the money is running out. */
    spentShare: z.number(),
    warn: z.boolean(),
    /** The months of the current version, `YYYY-MM`: the months a delivery may be recorded for. */
    months: z.array(MonthSchema),
  }),
);
export type BudgetStandingView = z.infer<typeof BudgetStandingSchema>;

/** One participant's year as the plan page shows it, with the round's year of services it is drawn up from. */
export const PlanResponseSchema = lazySchema(() =>
  z.object({
    ...APPLICATION_PLACE,
    person: z.object({ firstName: z.string(), lastName: z.string() }),
    /** The round's year, with only the providers of the participant's municipality; absent while not set. */
    serviceYear: z.optional(ServiceYearRulesSchema),
    plan: z.optional(SupportPlanSchema),
    standing: z.optional(BudgetStandingSchema),
  }),
);
export type PlanResponse = z.infer<typeof PlanResponseSchema>;
