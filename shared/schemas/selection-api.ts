import * as z from 'zod';
import { RepresentativeCapacitySchema } from './application.ts';
import { InstantSchema, LocalizedTextSchema, ReferenceSchema } from './common.ts';
import { ReviewStateSchema, StaffTextSchema } from './review.ts';
import { MunicipalityCodeSchema, RoundIdSchema, SelectionCriterionSchema } from './round.ts';
import { ExclusionReasonSchema, SelectionResultSchema } from './selection.ts';

/** A run is named by its inputs: the same data always gives the same run id. */
export const RunIdSchema = z.string().regex(/^[0-9a-f]{20}$/);

/** A stored selection run: who ran it, when, on which inputs (their hash), by which rule version. */
export const SelectionRunSummarySchema = z.object({
  runId: RunIdSchema,
  roundId: z.string(),
  /**
   * The run's place among the round's runs, 1 for the first: people number protocols by it. Absent on runs stored
   * before runs were counted.
   */
  ordinal: z.int().min(1).optional(),
  /** SHA-256 of the canonical inputs of every municipality: recompute it from the stored inputs to check. */
  inputsHash: z.string().regex(/^[0-9a-f]{64}$/),
  ruleVersion: z.string(),
  ranAt: InstantSchema,
  ranBy: z.string(),
  status: z.enum(['computed', 'published']),
  publishedAt: InstantSchema.optional(),
  publishedBy: z.string().optional(),
  municipalities: z.array(
    z.object({
      code: MunicipalityCodeSchema,
      cap: z.int().min(0),
      selected: z.int().min(0),
      waitlisted: z.int().min(0),
      excluded: z.int().min(0),
    }),
  ),
});
export type SelectionRunSummary = z.infer<typeof SelectionRunSummarySchema>;

/** One municipality's part of a run, with the inputs it was computed from. */
export const MunicipalityResultSchema = z.object({
  municipalityCode: MunicipalityCodeSchema,
  result: SelectionResultSchema,
  /** Withdrawals after publication and whom each promoted, oldest first. */
  promotions: z.array(
    z.object({ withdrawn: ReferenceSchema, promoted: ReferenceSchema.optional(), at: InstantSchema, by: z.string() }),
  ),
});
export type MunicipalityResult = z.infer<typeof MunicipalityResultSchema>;

/**
 * Whom publishing a run e-mails, counted from its applications as they stand: one e-mail per recipient (the
 * person and their representative, once each, as every e-mail of the application goes), and the applications
 * with no address at all, whom the social service tells otherwise.
 */
export const PublicationReachSchema = z.object({
  emails: z.int().min(0),
  applications: z.int().min(0),
  applicationsWithoutEmail: z.int().min(0),
});
export type PublicationReach = z.infer<typeof PublicationReachSchema>;

export const SelectionRunResponseSchema = z.object({
  run: SelectionRunSummarySchema,
  /** True when any decision, score or receipt changed since the run: it must be run again before publishing. */
  stale: z.boolean(),
  /** Every municipality for administrators; a social worker's own only. */
  results: z.array(MunicipalityResultSchema),
  /** What publishing this run would send: administrators, while the run is not published. */
  publication: PublicationReachSchema.optional(),
});
export type SelectionRunResponse = z.infer<typeof SelectionRunResponseSchema>;

/** The review states that stop the selection, with how many applications are in each. */
export const UndecidedMunicipalitySchema = z.object({
  municipalityCode: MunicipalityCodeSchema,
  count: z.int().min(1),
  states: z.array(z.object({ state: ReviewStateSchema, count: z.int().min(1) })),
});
export type UndecidedMunicipality = z.infer<typeof UndecidedMunicipalitySchema>;

/**
 * What stops the selection from running now, whoever asks: the applications still waiting for a decision, per
 * municipality in the caller's scope (a social worker's own), in the round's order, only those with any.
 */
export const SelectionReadinessResponseSchema = z.object({
  undecided: z.array(UndecidedMunicipalitySchema),
});
export type SelectionReadinessResponse = z.infer<typeof SelectionReadinessResponseSchema>;

export const WithdrawalRequestSchema = z.strictObject({ reason: StaffTextSchema });
export type WithdrawalRequest = z.infer<typeof WithdrawalRequestSchema>;

/**
 * How the social service reaches a selected or waiting person: shown only to the person's own municipality's
 * staff, and never with the personal code.
 */
export const ProtocolContactSchema = z.object({
  name: z.string(),
  phone: z.string().optional(),
  email: z.string().optional(),
  address: z.string().optional(),
  representative: z
    .object({
      name: z.string(),
      capacity: RepresentativeCapacitySchema,
      phone: z.string().optional(),
      email: z.string(),
    })
    .optional(),
});
export type ProtocolContact = z.infer<typeof ProtocolContactSchema>;

/** A row of a municipality's protocol: how each application came out of the selection, and why. */
export const ProtocolRowSchema = z.object({
  rank: z.int().min(1).nullable(),
  reference: ReferenceSchema,
  totalScore: z.int().min(0).nullable(),
  receivedAt: InstantSchema,
  decision: z.enum(['selected', 'waitlisted', 'not-selected']),
  position: z.int().min(1).optional(),
  reason: ExclusionReasonSchema.optional(),
  /** Selected and waiting persons' contacts, for their own municipality's social service only. */
  contact: ProtocolContactSchema.optional(),
});
export type ProtocolRow = z.infer<typeof ProtocolRowSchema>;

export const ProtocolQuerySchema = z.strictObject({
  municipality: MunicipalityCodeSchema.optional(),
  format: z.enum(['json', 'csv']).optional(),
});

/**
 * A municipality's selection protocol as a document: what names and dates it, what it is about, the rows, the
 * changes since publication, and who ran and published the selection (in `run`). The same run and changes always
 * give the same number, date and rows.
 */
export const ProtocolResponseSchema = z.object({
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
    cap: z.int().min(0),
    /** The name of the social service that signs the protocol, when the round names it. */
    socialServiceName: LocalizedTextSchema.optional(),
  }),
  criteria: z.array(SelectionCriterionSchema),
  run: SelectionRunSummarySchema,
  rows: z.array(ProtocolRowSchema),
  promotions: MunicipalityResultSchema.shape.promotions,
  /** Whether the rows carry contacts: then reading the protocol is audited as a reading of personal data. */
  contactsIncluded: z.boolean(),
});
export type ProtocolResponse = z.infer<typeof ProtocolResponseSchema>;

export const DashboardResponseSchema = z.object({
  roundId: z.string(),
  municipalities: z.array(
    z.object({
      code: MunicipalityCodeSchema,
      cap: z.int().min(1),
      /** Submitted applications per review state. */
      counts: z.record(ReviewStateSchema, z.int().min(0)),
      total: z.int().min(0),
      /** From the latest selection run, when there is one. */
      selection: z.object({ selected: z.int(), waitlisted: z.int(), excluded: z.int() }).optional(),
    }),
  ),
  latestRun: SelectionRunSummarySchema.optional(),
});
export type DashboardResponse = z.infer<typeof DashboardResponseSchema>;
