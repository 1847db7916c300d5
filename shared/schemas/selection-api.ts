import * as z from 'zod/mini';
import { RepresentativeCapacitySchema } from './application.ts';
import { InstantSchema, LocalizedTextSchema, ReferenceSchema } from './common.ts';
import { lazySchema } from './lazy-schema.ts';
import { ReviewStateSchema, WithdrawalSchema } from './review.ts';
import { MunicipalityCodeSchema, RoundIdSchema, SelectionCriterionSchema } from './round.ts';
import { ExclusionReasonSchema, SelectionResultSchema } from './selection.ts';
import { STAMPED_BY_SERVER } from './staff-ref.ts';

/** A run is named by its inputs: the same data always gives the same run id. */
export const RunIdSchema = z.string().check(z.regex(/^[0-9a-f]{20}$/));

/** Most references a publication lists of those whose e-mail could not be sent; `notSentCount` counts them all. */
export const NOT_SENT_LISTED = 100;

/**
 * How far publishing a run has come. It runs as a background job in bounded steps over the run's rows, in the
 * round's order of municipalities: first every application gets its result (`recorded`, after which the person's
 * status page shows it), then the result e-mails go out at the mail service's sending rate (`emailed`: applications
 * whose e-mails are done, including those with no address and those offered a place meanwhile, whose e-mail the
 * offer sends).
 */
export const PublicationProgressSchema = lazySchema(() =>
  z.object({
    /** The applications of the run: every one gets its result and its e-mail. */
    total: z.int().check(z.minimum(0)),
    recorded: z.int().check(z.minimum(0)),
    emailed: z.int().check(z.minimum(0)),
    /** Applications whose e-mail still failed after every retry: the social service tells them another way. */
    notSentCount: z.int().check(z.minimum(0)),
    /** The first of them (at most `NOT_SENT_LISTED`). */
    notSent: z.array(ReferenceSchema).check(z.maxLength(NOT_SENT_LISTED)),
    /** Failed attempts in a row at the current application; each waits longer before the next. */
    failures: z.int().check(z.minimum(0)),
    /** When the job last took a step or failed one. */
    updatedAt: InstantSchema,
    finishedAt: z.optional(InstantSchema),
  }),
);
export type PublicationProgress = z.infer<typeof PublicationProgressSchema>;

/** A municipality's numbers in a run. */
export const MunicipalityCountsSchema = lazySchema(() =>
  z.object({
    code: MunicipalityCodeSchema,
    cap: z.int().check(z.minimum(0)),
    selected: z.int().check(z.minimum(0)),
    waitlisted: z.int().check(z.minimum(0)),
    excluded: z.int().check(z.minimum(0)),
  }),
);
export type MunicipalityCounts = z.infer<typeof MunicipalityCountsSchema>;

/** A stored selection run: who ran it, when, on which inputs (their hash), by which rule version. */
export const SelectionRunSummarySchema = lazySchema(() =>
  z.object({
    runId: RunIdSchema,
    roundId: z.string(),
    /**
     * The run's place among the round's runs, 1 for the first: people number protocols by it. Absent on runs stored
     * before runs were counted.
     */
    ordinal: z.optional(z.int().check(z.minimum(1))),
    /** SHA-256 of the canonical inputs of every municipality: recompute it from the stored inputs to check. */
    inputsHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
    ruleVersion: z.string(),
    ranAt: InstantSchema,
    ranBy: z.string(),
    /** `published` from the moment publishing started: the results are final then, whatever `publication` says. */
    status: z.enum(['computed', 'published']),
    publishedAt: z.optional(InstantSchema),
    publishedBy: z.optional(z.string()),
    /** How far publishing has come; absent on runs published before it ran as a job, which were published whole. */
    publication: z.optional(PublicationProgressSchema),
    /** As the run stored them, in the round's order: withdrawals after publication change them in the results. */
    municipalities: z.array(MunicipalityCountsSchema),
  }),
);
export type SelectionRunSummary = z.infer<typeof SelectionRunSummarySchema>;

/** One municipality's part of a run, with the inputs it was computed from. */
export const MunicipalityResultSchema = lazySchema(() =>
  z.object({
    municipalityCode: MunicipalityCodeSchema,
    result: SelectionResultSchema,
    /** Withdrawals after publication and whom each promoted, oldest first. */
    promotions: z.array(
      z.object({
        withdrawn: ReferenceSchema,
        promoted: z.optional(ReferenceSchema),
        at: InstantSchema,
        by: z.string(),
      }),
    ),
  }),
);
export type MunicipalityResult = z.infer<typeof MunicipalityResultSchema>;

/**
 * Whom publishing a run e-mails, counted from its applications as they stand: one e-mail per recipient (the
 * person and their representative, once each, as every e-mail of the application goes), and the applications
 * with no address at all, whom the social service tells otherwise.
 */
export const PublicationReachSchema = lazySchema(() =>
  z.object({
    emails: z.int().check(z.minimum(0)),
    applications: z.int().check(z.minimum(0)),
    applicationsWithoutEmail: z.int().check(z.minimum(0)),
  }),
);
export type PublicationReach = z.infer<typeof PublicationReachSchema>;

/**
 * A row of a result as people read it: how the application came out of the selection, and why. `rank` is null
 * for those who take no part.
 */
export const ResultRowSchema = lazySchema(() =>
  z.object({
    rank: z.nullable(z.int().check(z.minimum(1))),
    reference: ReferenceSchema,
    totalScore: z.nullable(z.int().check(z.minimum(0))),
    receivedAt: InstantSchema,
    decision: z.enum(['selected', 'waitlisted', 'not-selected']),
    position: z.optional(z.int().check(z.minimum(1))),
    reason: z.optional(ExclusionReasonSchema),
  }),
);
export type ResultRow = z.infer<typeof ResultRowSchema>;

/** Where a page of rows starts: the row's place in the whole list, from 0. */
export const RowOffsetSchema = z.coerce.number().check(z.int(), z.minimum(0), z.maximum(10_000_000));

export const SelectionRunQuerySchema = lazySchema(() =>
  z.strictObject({
    /** Administrators: whose result to show a page of (a social worker always sees their own). */
    municipality: z.optional(MunicipalityCodeSchema),
    from: z.optional(RowOffsetSchema),
  }),
);

/**
 * One municipality's result as it stands now, a page at a time: its rows in protocol order (the selected by rank,
 * the waiting by position, then those who take no part, by reference) from `from`, at most `RESULT_PAGE_ROWS`
 * (`shared/domain/result-pages.ts`), and its numbers as they stand now (after publication a withdrawal passes its
 * place on).
 */
export const ResultPageSchema = lazySchema(() =>
  z.extend(z.omit(MunicipalityCountsSchema, { code: true }), {
    municipalityCode: MunicipalityCodeSchema,
    from: z.int().check(z.minimum(0)),
    /** Every row of the municipality, on this page and the others. */
    total: z.int().check(z.minimum(0)),
    rows: z.array(ResultRowSchema),
    /** Withdrawals after publication and whom each promoted, oldest first. */
    promotions: MunicipalityResultSchema.shape.promotions,
  }),
);
export type ResultPage = z.infer<typeof ResultPageSchema>;

export const SelectionRunResponseSchema = lazySchema(() =>
  z.object({
    run: SelectionRunSummarySchema,
    /** True when any decision, score or receipt changed since the run: it must be run again before publishing. */
    stale: z.boolean(),
    /** The run's numbers per municipality: every municipality for administrators; a social worker's own only. */
    municipalities: z.array(MunicipalityCountsSchema),
    /** A page of the result of the municipality asked for (a social worker's own), when there is one. */
    result: z.optional(ResultPageSchema),
    /** What publishing this run would send: administrators, while the run is not published. */
    publication: z.optional(PublicationReachSchema),
  }),
);
export type SelectionRunResponse = z.infer<typeof SelectionRunResponseSchema>;

/** The review states that stop the selection, with how many applications are in each. */
export const UndecidedMunicipalitySchema = lazySchema(() =>
  z.object({
    municipalityCode: MunicipalityCodeSchema,
    count: z.int().check(z.minimum(1)),
    states: z.array(z.object({ state: ReviewStateSchema, count: z.int().check(z.minimum(1)) })),
  }),
);
export type UndecidedMunicipality = z.infer<typeof UndecidedMunicipalitySchema>;

/**
 * What stops the selection from running now, whoever asks: the applications still waiting for a decision, per
 * municipality in the caller's scope (a social worker's own), in the round's order, only those with any.
 */
export const SelectionReadinessResponseSchema = lazySchema(() =>
  z.object({
    undecided: z.array(UndecidedMunicipalitySchema),
  }),
);
export type SelectionReadinessResponse = z.infer<typeof SelectionReadinessResponseSchema>;

export const WithdrawalRequestSchema = lazySchema(() => z.omit(WithdrawalSchema, STAMPED_BY_SERVER));
export type WithdrawalRequest = z.infer<typeof WithdrawalRequestSchema>;

/**
 * How the social service reaches a selected or waiting person: shown only to the person's own municipality's
 * staff, and never with the personal code.
 */
export const ProtocolContactSchema = lazySchema(() =>
  z.object({
    name: z.string(),
    phone: z.optional(z.string()),
    email: z.optional(z.string()),
    address: z.optional(z.string()),
    representative: z.optional(
      z.object({
        name: z.string(),
        capacity: RepresentativeCapacitySchema,
        phone: z.optional(z.string()),
        email: z.string(),
      }),
    ),
  }),
);
export type ProtocolContact = z.infer<typeof ProtocolContactSchema>;

/** A row of a municipality's protocol: a result's row, with how to reach the person for their social service. */
export const ProtocolRowSchema = lazySchema(() =>
  z.extend(ResultRowSchema, {
    /** Selected and waiting persons' contacts, for their own municipality's social service only. */
    contact: z.optional(ProtocolContactSchema),
  }),
);
export type ProtocolRow = z.infer<typeof ProtocolRowSchema>;

export const ProtocolQuerySchema = lazySchema(() =>
  z.strictObject({
    municipality: z.optional(MunicipalityCodeSchema),
    format: z.optional(z.enum(['json', 'csv'])),
    /** JSON only: where the page of rows starts. The CSV file holds every row. */
    from: z.optional(RowOffsetSchema),
  }),
);

/**
 * A municipality's selection protocol as a document: what names and dates it, what it is about, the rows, the
 * changes since publication, and who ran and published the selection (in `run`). The same run and changes always
 * give the same number, date and rows.
 */
export const ProtocolResponseSchema = lazySchema(() =>
  z.object({
    /**
     * `{round}-{municipality}-{run ordinal}`, e.g. `pilot-2019-LV-016-2`; after places were passed on following
     * withdrawals, `.{changes}` is added (`pilot-2019-LV-016-2.1`), as the rows then differ from the published ones.
     */
    number: z.string(),
    /** The instant the protocol is dated: the last place passed on, or the publication, or (before it) the run. */
    date: InstantSchema,
    /** The start of the run's input hash, to compare a printed protocol with the stored run. */
    checkValue: z.string(),
    round: z.object({ id: RoundIdSchema, name: LocalizedTextSchema }),
    municipality: z.object({
      code: MunicipalityCodeSchema,
      name: LocalizedTextSchema,
      cap: z.int().check(z.minimum(0)),
      /** The name of the social service that signs the protocol, when the round names it. */
      socialServiceName: z.optional(LocalizedTextSchema),
    }),
    criteria: z.array(SelectionCriterionSchema),
    run: SelectionRunSummarySchema,
    /** Rows `from` on, at most `PROTOCOL_PAGE_ROWS` (as JSON; the CSV file holds them all), of `total`. */
    rows: z.array(ProtocolRowSchema),
    from: z.int().check(z.minimum(0)),
    total: z.int().check(z.minimum(0)),
    promotions: MunicipalityResultSchema.shape.promotions,
    /** Whether the rows carry contacts: then reading the protocol is audited as a reading of personal data. */
    contactsIncluded: z.boolean(),
  }),
);
export type ProtocolResponse = z.infer<typeof ProtocolResponseSchema>;

export const DashboardResponseSchema = lazySchema(() =>
  z.object({
    roundId: z.string(),
    municipalities: z.array(
      z.object({
        code: MunicipalityCodeSchema,
        cap: z.int().check(z.minimum(1)),
        /** Submitted applications per review state. */
        counts: z.record(ReviewStateSchema, z.int().check(z.minimum(0))),
        total: z.int().check(z.minimum(0)),
        /** From the latest selection run, when there is one. */
        selection: z.optional(z.object({ selected: z.int(), waitlisted: z.int(), excluded: z.int() })),
      }),
    ),
    latestRun: z.optional(SelectionRunSummarySchema),
  }),
);
export type DashboardResponse = z.infer<typeof DashboardResponseSchema>;
