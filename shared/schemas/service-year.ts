import * as z from 'zod';
import { InstantSchema, LocalizedTextSchema } from './common.ts';
import { trimmedText } from './input-patterns.ts';
import { MunicipalityCodeSchema, RoundIdSchema } from './round.ts';
import { StaffRefSchema } from './staff-identity.ts';

/**
 * The year of services after the selection, on the individual budget model: each participant has a budget, a
 * support plan drawn up with their social worker names services of the round's catalogue from providers the
 * person chooses, and each month what was delivered is recorded against the plan. Money is in euro cents, as
 * integers, so sums never round.
 */

/** Euro cents: 0 to 1,000,000.00 EUR, far above any individual budget. */
export const CentsSchema = z.int().min(0).max(100_000_000);

/** A slug the round's own lists use to refer to one of their entries. */
const ListIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/);

export const ServiceUnitSchema = z.enum(['hour', 'day', 'visit', 'month']);
export type ServiceUnit = z.infer<typeof ServiceUnitSchema>;

/** A community-based service of the catalogue, e.g. a day centre by the day or a psychologist by the visit. */
export const CatalogueServiceSchema = z.strictObject({
  id: ListIdSchema,
  name: LocalizedTextSchema,
  unit: ServiceUnitSchema,
  /** The price the round pays by default; a provider may state its own. */
  unitPriceCents: CentsSchema.refine((cents) => cents > 0),
});
export type CatalogueService = z.infer<typeof CatalogueServiceSchema>;

/**
 * A provider in a municipality, as listed in the register of social service providers (Sociālo pakalpojumu
 * sniedzēju reģistrs), with the services it offers there and at what price.
 */
export const ProviderSchema = z.strictObject({
  id: ListIdSchema,
  municipalityCode: MunicipalityCodeSchema,
  name: trimmedText(1, 200),
  /** The number in the register of social service providers. */
  registrationNumber: z.string().regex(/^[A-Za-z0-9-]{1,20}$/),
  services: z
    .array(z.strictObject({ serviceId: ListIdSchema, unitPriceCents: CentsSchema.refine((cents) => cents > 0) }))
    .min(1),
  phone: trimmedText(1, 40).optional(),
  email: z.email().max(254).optional(),
  address: trimmedText(1, 300).optional(),
});
export type Provider = z.infer<typeof ProviderSchema>;

/** The levels of assessed need a round may give its own budget; a round without levels gives everyone one amount. */
export const NeedLevelSchema = z.enum(['low', 'medium', 'high']);
export type NeedLevel = z.infer<typeof NeedLevelSchema>;

export const IndividualBudgetSchema = z.strictObject({
  /** What a participant's plan may cost at most over the whole year. */
  amountCents: CentsSchema.refine((cents) => cents > 0),
  /** The amount by assessed need level, when the round assesses one; a participant without a level gets `amountCents`. */
  byNeedLevel: z
    .partialRecord(
      NeedLevelSchema,
      CentsSchema.refine((cents) => cents > 0),
    )
    .optional(),
});
export type IndividualBudget = z.infer<typeof IndividualBudgetSchema>;

/** What administrators set for a round's year of services (`PUT /staff/rounds/{roundId}/service-year`). */
export const ServiceYearRulesSchema = z.strictObject({
  budget: IndividualBudgetSchema,
  /** Months of services from a plan's agreed start date: 12 in the pilot. */
  months: z.int().min(1).max(36),
  catalogue: z.array(CatalogueServiceSchema).min(1),
  providers: z.array(ProviderSchema),
  /** True when a participant who leaves early frees the place for the waiting list. */
  offerPlaceOnEarlyEnd: z.boolean(),
});
export type ServiceYearRules = z.infer<typeof ServiceYearRulesSchema>;

export const ServiceYearSchema = ServiceYearRulesSchema.extend({
  roundId: RoundIdSchema,
  /** Counts changes, so two administrators saving at once cannot overwrite each other unseen. */
  revision: z.int().min(0),
  updatedAt: InstantSchema,
  updatedBy: StaffRefSchema,
});
export type ServiceYear = z.infer<typeof ServiceYearSchema>;

/** A calendar month, `YYYY-MM`, in which services were delivered. */
export const MonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
