import { z } from 'zod';
import { InstantSchema, ReferenceSchema } from './common.ts';
import { ReviewStateSchema, StaffTextSchema } from './review.ts';
import { MunicipalityCodeSchema } from './round.ts';
import { ExclusionReasonSchema, SelectionResultSchema } from './selection.ts';

/** A run is named by its inputs: the same data always gives the same run id. */
export const RunIdSchema = z.string().regex(/^[0-9a-f]{20}$/);

/** A stored selection run: who ran it, when, on which inputs (their hash), by which rule version. */
export const SelectionRunSummarySchema = z.object({
  runId: RunIdSchema,
  roundId: z.string(),
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

/** A row of a municipality's protocol: how each application came out of the selection, and why. */
export const ProtocolRowSchema = z.object({
  rank: z.int().min(1).nullable(),
  reference: ReferenceSchema,
  totalScore: z.int().min(0).nullable(),
  receivedAt: InstantSchema,
  decision: z.enum(['selected', 'waitlisted', 'not-selected']),
  position: z.int().min(1).optional(),
  reason: ExclusionReasonSchema.optional(),
});
export type ProtocolRow = z.infer<typeof ProtocolRowSchema>;

export const ProtocolQuerySchema = z.strictObject({
  municipality: MunicipalityCodeSchema.optional(),
  format: z.enum(['json', 'csv']).optional(),
});

export const ProtocolResponseSchema = z.object({
  run: SelectionRunSummarySchema,
  municipalityCode: MunicipalityCodeSchema,
  rows: z.array(ProtocolRowSchema),
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
