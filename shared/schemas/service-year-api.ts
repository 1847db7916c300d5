import * as z from 'zod/mini';
import { LocalizedTextSchema } from './common.ts';
import { lazySchema } from './lazy-schema.ts';
import { MunicipalityCodeSchema, RoundIdSchema } from './round.ts';
import { MonthSchema, ServiceUnitSchema, ServiceYearRulesSchema, ServiceYearSchema } from './service-year.ts';

/** `GET` and `PUT /staff/rounds/{roundId}/service-year`: the round's year, absent until an administrator sets it up. */
export const ServiceYearResponseSchema = lazySchema(() =>
  z.object({
    roundId: RoundIdSchema,
    /** For a social worker, with the providers of their own municipality only. */
    serviceYear: z.optional(ServiceYearSchema),
  }),
);
export type ServiceYearResponse = z.infer<typeof ServiceYearResponseSchema>;

/**
 * What an administrator saves: the rules, over the revision they were read at. No revision means the round had no
 * year yet; a revision that is no longer the stored one is refused (`ROUND_CHANGED`), so nobody's change is lost.
 */
export const ServiceYearSaveRequestSchema = lazySchema(() =>
  z.extend(ServiceYearRulesSchema, {
    revision: z.optional(z.int().check(z.minimum(0))),
  }),
);
export type ServiceYearSaveRequest = z.infer<typeof ServiceYearSaveRequestSchema>;

/** The figures and the evaluation are read as JSON, or saved as a CSV file. */
export const FiguresQuerySchema = lazySchema(() => z.strictObject({ format: z.optional(z.enum(['json', 'csv'])) }));

/** Sums of many plans can pass one plan's limit, so only whole, non-negative cents are promised. */
const SumCentsSchema = z.int().check(z.minimum(0));

const MoneySchema = lazySchema(() => z.object({ committedCents: SumCentsSchema, spentCents: SumCentsSchema }));

/** A kind of service the figures are broken down by: the catalogue's name, absent for one it no longer has. */
const FiguresServiceSchema = lazySchema(() =>
  z.object({
    id: z.string(),
    name: z.optional(LocalizedTextSchema),
    unit: z.optional(ServiceUnitSchema),
  }),
);

const AreaFiguresSchema = lazySchema(() =>
  z.extend(MoneySchema, {
    /** Selected in the published selection and not withdrawn. */
    participants: z.int().check(z.minimum(0)),
    plans: z.int().check(z.minimum(0)),
    plansAgreed: z.int().check(z.minimum(0)),
    byMonth: z.array(z.extend(MoneySchema, { month: MonthSchema })),
    byService: z.array(z.extend(MoneySchema, { serviceId: z.string() })),
  }),
);

/** `GET /staff/rounds/{roundId}/service-year/dashboard`: budgets committed and spent, per municipality and overall. */
export const ServiceYearFiguresResponseSchema = lazySchema(() =>
  z.object({
    roundId: RoundIdSchema,
    /** False until an administrator sets the year up: every figure is then zero. */
    serviceYearSet: z.boolean(),
    months: z.array(MonthSchema),
    services: z.array(FiguresServiceSchema),
    municipalities: z.array(z.extend(AreaFiguresSchema, { code: MunicipalityCodeSchema })),
    overall: AreaFiguresSchema,
  }),
);
export type ServiceYearFiguresResponse = z.infer<typeof ServiceYearFiguresResponseSchema>;

const SpreadSchema = lazySchema(() => z.object({ meanCents: SumCentsSchema, medianCents: SumCentsSchema }));

const EvaluationGroupSchema = lazySchema(() =>
  z.object({
    people: z.int().check(z.minimum(0)),
    /** Absent for a group smaller than `smallestGroup`. */
    figures: z.optional(
      z.object({
        completion: z.object({
          completed: z.int().check(z.minimum(0)),
          leftEarly: z.int().check(z.minimum(0)),
          ongoing: z.int().check(z.minimum(0)),
        }),
        plannedPerPerson: SpreadSchema,
        spentPerPerson: SpreadSchema,
        services: z.array(
          z.object({
            serviceId: z.string(),
            people: z.int().check(z.minimum(0)),
            units: z.int().check(z.minimum(0)),
            spentCents: SumCentsSchema,
          }),
        ),
      }),
    ),
  }),
);

/**
 * `GET /staff/rounds/{roundId}/service-year/evaluation`: anonymised aggregates for evaluating the pilot. Counts
 * and sums only: no reference, name, personal code or anything written about a person.
 */
export const EvaluationResponseSchema = lazySchema(() =>
  z.object({
    roundId: RoundIdSchema,
    services: z.array(FiguresServiceSchema),
    smallestGroup: z.int().check(z.minimum(1)),
    overall: EvaluationGroupSchema,
    municipalities: z.array(z.extend(EvaluationGroupSchema, { code: MunicipalityCodeSchema })),
  }),
);
export type EvaluationResponse = z.infer<typeof EvaluationResponseSchema>;
