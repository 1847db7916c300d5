import * as z from 'zod/mini';
import { APPLICATION_PLACE } from './application-place.ts';
import { InstantSchema, IsoDateSchema, LocalizedTextSchema } from './common.ts';
import { lazySchema } from './lazy-schema.ts';
import { CentsSchema, MonthSchema, ServiceUnitSchema } from './service-year.ts';
import { PlanGoalSchema, PlanVersionSchema } from './support-plan.ts';

/*
 * A participant's support plan as the person (or their representative) reads it with the access code: what the
 * plan gives them and where the money stands, never who on the staff did what, nor the social worker's notes.
 */

/** A service of the plan as the person knows it: its name and unit, and who provides it. */
const ServiceNameSchema = lazySchema(() =>
  z.strictObject({
    serviceId: z.string(),
    providerId: z.string(),
    name: LocalizedTextSchema,
    unit: ServiceUnitSchema,
    providerName: z.string(),
  }),
);

/** Whom to call or write to about a service: the provider as the round's year of services lists it. */
const ProviderContactsSchema = lazySchema(() =>
  z.strictObject({
    name: z.string(),
    phone: z.optional(z.string()),
    email: z.optional(z.string()),
    address: z.optional(z.string()),
  }),
);

export const ParticipantServiceSchema = lazySchema(() =>
  z.extend(z.omit(ServiceNameSchema, { providerName: true }), {
    provider: ProviderContactsSchema,
    quantityPerMonth: z.int().check(z.minimum(1)),
    months: z.int().check(z.minimum(1)),
    /** What the service costs a month, and over all its months. */
    monthCents: CentsSchema,
    totalCents: CentsSchema,
  }),
);

/** How the person agreed: on paper (the day they signed) or online with the access code. */
export const ParticipantAgreementSchema = lazySchema(() =>
  z.discriminatedUnion('how', [
    z.strictObject({ how: z.literal('paper'), signedOn: IsoDateSchema }),
    z.strictObject({ how: z.literal('online'), at: InstantSchema }),
  ]),
);

export const ParticipantPlanResponseSchema = lazySchema(() =>
  z.strictObject({
    ...APPLICATION_PLACE,
    /** The version shown, the latest: agreeing names it, so a plan changed meanwhile is never agreed unseen. */
    version: z.int().check(z.minimum(1)),
    /** When this version was made. */
    madeAt: InstantSchema,
    /** In the person's own words, most important first. */
    goals: z.array(PlanGoalSchema),
    personView: z.optional(z.string()),
    startDate: IsoDateSchema,
    /** The plan's last month. */
    lastMonth: MonthSchema,
    services: z.array(ParticipantServiceSchema),
    budgetCents: CentsSchema,
    plannedCents: CentsSchema,
    agreement: z.optional(ParticipantAgreementSchema),
    /** True while the person may still agree online: the latest version is not agreed and the plan has not ended. */
    canAgree: z.boolean(),
    end: z.optional(z.strictObject({ kind: z.enum(['completed', 'left-early']), on: IsoDateSchema })),
    /** What was delivered, month by month, oldest first. */
    months: z.array(
      z.strictObject({
        month: MonthSchema,
        lines: z.array(
          z.extend(ServiceNameSchema, { quantity: z.int().check(z.minimum(0)), amountCents: CentsSchema }),
        ),
        totalCents: CentsSchema,
      }),
    ),
    /** Per service and in total: what the plan gives, what was used, and what is left (below zero when overspent). */
    standing: z.strictObject({
      lines: z.array(
        z.extend(ServiceNameSchema, { plannedCents: CentsSchema, spentCents: CentsSchema, leftCents: z.int() }),
      ),
      plannedCents: CentsSchema,
      spentCents: CentsSchema,
      leftCents: z.int(),
    }),
  }),
);
export type ParticipantPlanResponse = z.infer<typeof ParticipantPlanResponseSchema>;

/** The person agrees to the version they read; a newer one answers 409 PLAN_VERSION_CHANGED. */
export const PlanAgreementRequestSchema = lazySchema(() =>
  z.strictObject({ version: PlanVersionSchema.shape.version }),
);
export type PlanAgreementRequest = z.infer<typeof PlanAgreementRequestSchema>;
