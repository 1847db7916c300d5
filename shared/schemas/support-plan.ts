import * as z from 'zod/mini';
import { APPLICATION_PLACE } from './application-place.ts';
import { InstantSchema, IsoDateSchema } from './common.ts';
import { trimmedText } from './input-patterns.ts';
import { lazySchema } from './lazy-schema.ts';
import { CentsSchema, MonthSchema, NeedLevelSchema } from './service-year.ts';
import { StaffRefSchema } from './staff-ref.ts';

/** A goal or need in the person's own words; the plan lists them in order of priority. */
export const PlanGoalSchema = trimmedText(1, 500);

/** One service of the plan as the social worker asks for it: what, from whom, how much a month, for how many months. */
export const PlannedServiceRequestSchema = lazySchema(() =>
  z.strictObject({
    serviceId: z.string().check(z.minLength(1), z.maxLength(40)),
    providerId: z.string().check(z.minLength(1), z.maxLength(40)),
    /** Units (hours, days, visits or months) a month. */
    quantityPerMonth: z.int().check(z.minimum(1), z.maximum(744)),
    months: z.int().check(z.minimum(1), z.maximum(36)),
  }),
);

/**
 * One service of the plan as kept: with the provider's unit price when the version was made, so a later change of
 * prices never changes an agreed plan.
 */
export const PlannedServiceSchema = lazySchema(() =>
  z.extend(PlannedServiceRequestSchema, { unitPriceCents: CentsSchema }),
);
export type PlannedService = z.infer<typeof PlannedServiceSchema>;

/** How the person agreed to a version: signed on paper (the date of the signature), or online with the access code. */
export const PlanAgreementSchema = lazySchema(() =>
  z.discriminatedUnion('how', [
    z.strictObject({ how: z.literal('paper'), signedOn: IsoDateSchema, recordedBy: StaffRefSchema, at: InstantSchema }),
    z.strictObject({ how: z.literal('online'), at: InstantSchema }),
  ]),
);
export type PlanAgreement = z.infer<typeof PlanAgreementSchema>;

/** What a social worker sends to draw up a plan or revise it by a new version. */
export const PlanVersionRequestSchema = lazySchema(() =>
  z.strictObject({
    goals: z.array(PlanGoalSchema).check(z.minLength(1), z.maxLength(20)),
    services: z.array(PlannedServiceRequestSchema).check(z.minLength(1), z.maxLength(30)),
    /** The person's own view of the plan, in their words. */
    personView: z.optional(trimmedText(1, 2000)),
    /** The first day of the plan's months. */
    startDate: IsoDateSchema,
    needLevel: z.optional(NeedLevelSchema),
    /** Why the plan changes; required from the second version on. */
    reason: z.optional(trimmedText(1, 1000)),
  }),
);
export type PlanVersionRequest = z.infer<typeof PlanVersionRequestSchema>;

/** A version of the plan as kept: versions are never changed, only followed by newer ones (bar the agreement). */
export const PlanVersionSchema = lazySchema(() =>
  z.extend(PlanVersionRequestSchema, {
    /** The goals in the person's own words; none once the plan's personal text was removed (`anonymisedAt`). */
    goals: z.array(PlanGoalSchema).check(z.maxLength(20)),
    version: z.int().check(z.minimum(1)),
    services: z.array(PlannedServiceSchema).check(z.minLength(1)),
    totalCents: CentsSchema,
    budgetCents: CentsSchema,
    at: InstantSchema,
    by: StaffRefSchema,
    agreement: z.optional(PlanAgreementSchema),
  }),
);
export type PlanVersion = z.infer<typeof PlanVersionSchema>;

/** What was delivered of one service in one month, by one provider. */
export const DeliveryLineSchema = lazySchema(() =>
  z.strictObject({
    serviceId: z.string().check(z.minLength(1), z.maxLength(40)),
    providerId: z.string().check(z.minLength(1), z.maxLength(40)),
    quantity: z.int().check(z.minimum(0), z.maximum(744)),
    amountCents: CentsSchema,
  }),
);
export type DeliveryLine = z.infer<typeof DeliveryLineSchema>;

export const MonthDeliveryRequestSchema = lazySchema(() =>
  z.strictObject({
    month: MonthSchema,
    lines: z.array(DeliveryLineSchema).check(z.minLength(1), z.maxLength(30)),
  }),
);
export type MonthDeliveryRequest = z.infer<typeof MonthDeliveryRequestSchema>;

/** A month's record; recording a month again replaces it, and the replaced record stays in `history`. */
export const MonthDeliverySchema = lazySchema(() =>
  z.extend(MonthDeliveryRequestSchema, { at: InstantSchema, by: StaffRefSchema }),
);
export type MonthDelivery = z.infer<typeof MonthDeliverySchema>;

export const PlanReviewSchema = lazySchema(() =>
  z.strictObject({ note: trimmedText(1, 2000), at: InstantSchema, by: StaffRefSchema }),
);

export const PlanEndSchema = lazySchema(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('completed'), on: IsoDateSchema, at: InstantSchema, by: StaffRefSchema }),
    z.strictObject({
      kind: z.literal('left-early'),
      on: IsoDateSchema,
      /** Why, as the social worker wrote it; absent once the plan's personal text was removed. */
      reason: z.optional(trimmedText(1, 1000)),
      at: InstantSchema,
      by: StaffRefSchema,
    }),
  ]),
);
export type PlanEnd = z.infer<typeof PlanEndSchema>;

/** A participant's year: every version of the plan, the months delivered, the reviews and the end. */
export const SupportPlanSchema = lazySchema(() =>
  z.strictObject({
    ...APPLICATION_PLACE,
    versions: z.array(PlanVersionSchema).check(z.minLength(1)),
    deliveries: z.array(MonthDeliverySchema),
    /** Month records replaced by a later record of the same month, oldest first. */
    replacedDeliveries: z.array(MonthDeliverySchema),
    reviews: z.array(PlanReviewSchema),
    end: z.optional(PlanEndSchema),
    revision: z.int().check(z.minimum(0)),
    /**
     * When the person's own words and the staff's notes about them were removed (`domain/anonymisation.ts`): the
     * services, money, months and dates stay for the year's figures.
     */
    anonymisedAt: z.optional(InstantSchema),
  }),
);
export type SupportPlan = z.infer<typeof SupportPlanSchema>;
