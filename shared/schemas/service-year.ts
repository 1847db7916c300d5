import * as z from 'zod/mini';
import { InstantSchema, LocalizedTextSchema } from './common.ts';
import { trimmedText } from './input-patterns.ts';
import { lazySchema } from './lazy-schema.ts';
import { MunicipalityCodeSchema, RoundIdSchema } from './round.ts';
import { StaffRefSchema } from './staff-ref.ts';

/**
 * The year of services after the selection, on the individual budget model: each participant has a budget, a
 * support plan drawn up with their social worker names services of the round's catalogue from providers the
 * person chooses, and each month what was delivered is recorded against the plan. Money is in euro cents, as
 * integers, so sums never round.
 */

/** Euro cents: 0 to 1,000,000.00 EUR, far above any individual budget. */
export const CentsSchema = z.int().check(z.minimum(0), z.maximum(100_000_000));

/** A slug the round's own lists use to refer to one of their entries. */
const ListIdSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,39}$/));

export const ServiceUnitSchema = z.enum(['hour', 'day', 'visit', 'month']);
export type ServiceUnit = z.infer<typeof ServiceUnitSchema>;

/** A community-based service of the catalogue, e.g. a day centre by the day or a psychologist by the visit. */
export const CatalogueServiceSchema = lazySchema(() =>
  z.strictObject({
    id: ListIdSchema,
    name: LocalizedTextSchema,
    unit: ServiceUnitSchema,
    /** The price the round pays by default; a provider may state its own. */
    unitPriceCents: CentsSchema.check(z.refine((cents) => cents > 0)),
  }),
);
export type CatalogueService = z.infer<typeof CatalogueServiceSchema>;

/**
 * A provider in a municipality, as listed in the register of social service providers (Sociālo pakalpojumu
 * sniedzēju reģistrs), with the services it offers there and at what price.
 */
export const ProviderSchema = lazySchema(() =>
  z.strictObject({
    id: ListIdSchema,
    municipalityCode: MunicipalityCodeSchema,
    name: trimmedText(1, 200),
    /** The number in the register of social service providers. */
    registrationNumber: z.string().check(z.regex(/^[A-Za-z0-9-]{1,20}$/)),
    services: z
      .array(
        z.strictObject({ serviceId: ListIdSchema, unitPriceCents: CentsSchema.check(z.refine((cents) => cents > 0)) }),
      )
      .check(z.minLength(1)),
    phone: z.optional(trimmedText(1, 40)),
    email: z.optional(z.email().check(z.maxLength(254))),
    address: z.optional(trimmedText(1, 300)),
  }),
);
export type Provider = z.infer<typeof ProviderSchema>;

/** The levels of assessed need a round may give its own budget; a round without levels gives everyone one amount. */
export const NeedLevelSchema = z.enum(['low', 'medium', 'high']);
export type NeedLevel = z.infer<typeof NeedLevelSchema>;

export const IndividualBudgetSchema = lazySchema(() =>
  z.strictObject({
    /** What a participant's plan may cost at most over the whole year. */
    amountCents: CentsSchema.check(z.refine((cents) => cents > 0)),
    /** The amount by assessed need level, when the round assesses one; a participant without a level gets `amountCents`. */
    byNeedLevel: z.optional(z.partialRecord(NeedLevelSchema, CentsSchema.check(z.refine((cents) => cents > 0)))),
  }),
);
export type IndividualBudget = z.infer<typeof IndividualBudgetSchema>;

/** What administrators set for a round's year of services (`PUT /staff/rounds/{roundId}/service-year`). */
export const ServiceYearRulesSchema = lazySchema(() =>
  z.strictObject({
    budget: IndividualBudgetSchema,
    /** Months of services from a plan's agreed start date: 12 in the pilot. */
    months: z.int().check(z.minimum(1), z.maximum(36)),
    catalogue: z.array(CatalogueServiceSchema).check(z.minLength(1)),
    providers: z.array(ProviderSchema),
    /** True when a participant who leaves early frees the place for the waiting list. */
    offerPlaceOnEarlyEnd: z.boolean(),
  }),
);
export type ServiceYearRules = z.infer<typeof ServiceYearRulesSchema>;

export const ServiceYearSchema = lazySchema(() =>
  z.extend(ServiceYearRulesSchema, {
    roundId: RoundIdSchema,
    /** Counts changes, so two administrators saving at once cannot overwrite each other unseen. */
    revision: z.int().check(z.minimum(0)),
    updatedAt: InstantSchema,
    updatedBy: StaffRefSchema,
  }),
);
export type ServiceYear = z.infer<typeof ServiceYearSchema>;

/** A calendar month, `YYYY-MM`, in which services were delivered. */
export const MonthSchema = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));
