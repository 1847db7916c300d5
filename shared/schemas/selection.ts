import * as z from 'zod/mini';
import { InstantSchema, ReferenceSchema } from './common.ts';
import { lazySchema } from './lazy-schema.ts';

/**
 * Where an application stands when the selection runs. Review states plus `withdrawn`: a person may step back at
 * any time, and the selection must know it to pass the place on.
 */
export const SelectionCandidateStateSchema = z.enum([
  'eligible',
  'not-eligible',
  'to-review',
  'possible-duplicate',
  'set-aside',
  'withdrawn',
]);
export type SelectionCandidateState = z.infer<typeof SelectionCandidateStateSchema>;

/** A score a social worker has not given yet is `null`; the selection counts it as 0. */
const TotalScoreSchema = z.nullable(z.int().check(z.minimum(0)));

/** Exactly what the selection looks at, and nothing else: no names, no personal codes, no health data. */
export const SelectionCandidateSchema = lazySchema(() =>
  z.strictObject({
    reference: ReferenceSchema,
    state: SelectionCandidateStateSchema,
    totalScore: TotalScoreSchema,
    /** The server's receipt time online, the office's receipt time on paper. */
    receivedAt: InstantSchema,
  }),
);
export type SelectionCandidate = z.infer<typeof SelectionCandidateSchema>;

/** The inputs of one municipality's selection: kept with the result so anyone can run it again and compare. */
export const SelectionInputSchema = lazySchema(() =>
  z.strictObject({
    /** Places in the municipality. */
    cap: z.int().check(z.minimum(0)),
    applications: z.array(SelectionCandidateSchema),
  }),
);
export type SelectionInput = z.infer<typeof SelectionInputSchema>;

/** Why a candidate takes no part in the ranking. */
export const ExclusionReasonSchema = z.enum(['not-eligible', 'set-aside-duplicate', 'withdrawn']);
export type ExclusionReason = z.infer<typeof ExclusionReasonSchema>;

/** What each entry repeats from its candidate, so a result can be read and checked on its own. */
const entryFields = { reference: ReferenceSchema, totalScore: TotalScoreSchema, receivedAt: InstantSchema };

export const SelectedEntrySchema = lazySchema(() =>
  z.strictObject({
    ...entryFields,
    /** 1..cap: the place in the overall order. */
    rank: z.int().check(z.positive()),
  }),
);
export type SelectedEntry = z.infer<typeof SelectedEntrySchema>;

export const WaitlistedEntrySchema = lazySchema(() =>
  z.strictObject({
    ...entryFields,
    /** The place in the overall order, after every selected one: `cap + position`. */
    rank: z.int().check(z.positive()),
    /** 1..n: who is offered the next free place. */
    position: z.int().check(z.positive()),
  }),
);
export type WaitlistedEntry = z.infer<typeof WaitlistedEntrySchema>;

export const ExcludedEntrySchema = lazySchema(() => z.strictObject({ ...entryFields, reason: ExclusionReasonSchema }));
export type ExcludedEntry = z.infer<typeof ExcludedEntrySchema>;

/** One municipality's result: selected by rank, waitlisted by position, excluded by reference. */
export const SelectionResultSchema = lazySchema(() =>
  z.strictObject({
    cap: z.int().check(z.minimum(0)),
    selected: z.array(SelectedEntrySchema),
    waitlisted: z.array(WaitlistedEntrySchema),
    excluded: z.array(ExcludedEntrySchema),
  }),
);
export type SelectionResult = z.infer<typeof SelectionResultSchema>;

/**
 * One application's line in a stored run: its entry of the result, which repeats its candidate's data, and where the
 * selection put it: `rank` alone when selected, `rank` and `position` when waiting, `reason` when excluded. The
 * candidate's state follows from that (a ranked one was eligible; each reason names one state), so the rows of a
 * municipality hold its inputs and its result exactly once.
 */
export const RunRowSchema = lazySchema(() =>
  z.strictObject({
    ...entryFields,
    rank: z.optional(z.int().check(z.positive())),
    position: z.optional(z.int().check(z.positive())),
    reason: z.optional(ExclusionReasonSchema),
  }),
);
export type RunRow = z.infer<typeof RunRowSchema>;
