import type { AuditEntry } from '../schemas/audit.ts';
import type { RunRow, SelectionInput, SelectionResult } from '../schemas/selection.ts';
import type { PublicationProgress, SelectionRunSummary } from '../schemas/selection-api.ts';

/** One municipality's part of a run as computed: exactly what went in and what came out. */
export interface RunPart {
  municipalityCode: string;
  input: SelectionInput;
  result: SelectionResult;
}

/** A run to store: its summary and every municipality's part, in the round's order of municipalities. */
export interface NewRun {
  summary: SelectionRunSummary;
  parts: readonly RunPart[];
}

/** When a run was published and by whom (the username), as its summary then shows. */
export interface Publication {
  publishedAt: string;
  publishedBy: string;
}

/** Rows `from` to `from + count − 1` of a municipality's part. */
export interface RowRange {
  from: number;
  count: number;
}

/**
 * Who works on a publication job until when. Every attempt of the stream consumer is one holder (a shard's batches
 * are handed over one after another, so an attempt that finds its own holder's lease knows the one before it is
 * over); anything else that drives the job is a holder of its own and waits for a lease it does not hold to end.
 */
export interface PublicationLease {
  holder: string;
  until: string;
}

/** The job's next step is this holder's to take, from `progress`; or why not. */
export type PublicationStep =
  | { taken: true; progress: PublicationProgress }
  | { taken: false; why: 'held' | 'finished' | 'not-publishing' };

/**
 * Selection runs, stored in bounded parts and read back a part at a time. A run is its summary (who, when, the
 * hash of its inputs, each municipality's numbers, the publication's progress) and each municipality's rows
 * (`RunRow`: its inputs and its result), so anyone can recompute a stored run from its stored rows and compare.
 */
export interface SelectionRunRepository {
  /** The summary of the run the round's results come from now: the one last run or re-run. Never its rows. */
  latest(roundId: string): Promise<SelectionRunSummary | undefined>;
  /**
   * One municipality's rows in the order a protocol lists them (the selected by rank, the waiting by position, the
   * excluded by reference): the `range` asked for (fewer at the end), or all of them.
   */
  rows(roundId: string, runId: string, municipalityCode: string, range?: RowRange): Promise<RunRow[]>;
  /**
   * Stores a run with its rows and makes it the latest, with its audit entry. The rows are written first and the
   * summary with the latest pointer and the audit entry last, together: a run whose writing stopped halfway is never
   * the latest, and writing it again finishes it. A run with the same id (the same inputs) is only made the latest
   * again. Stored once per request (per audit entry), even when an earlier attempt's answer was lost.
   */
  save(run: NewRun, audit: AuditEntry): Promise<void>;
  /**
   * Marks the run published, with its audit entry, and starts its publication job at `progress`; `false` when it
   * was published already by another request (`true` when by an earlier attempt of this one, whose answer was lost).
   */
  markPublished(
    roundId: string,
    runId: string,
    publication: Publication & { progress: PublicationProgress },
    audit: AuditEntry,
  ): Promise<boolean>;
  /**
   * Takes the publication job's next step for `lease.holder` until `lease.until`: when nobody holds it, the holder
   * holds it already, or the lease held ended before `now`.
   */
  takePublicationStep(roundId: string, runId: string, lease: PublicationLease, now: string): Promise<PublicationStep>;
  /**
   * Stores what the step did and lets the job go; `false`, storing nothing, when the holder no longer held it
   * (another took it over after the lease ended).
   */
  finishPublicationStep(
    roundId: string,
    runId: string,
    holder: string,
    progress: PublicationProgress,
  ): Promise<boolean>;
  /** Nudges an unfinished publication job, so that whatever drives it takes its next step (a stalled job goes on). */
  wakePublication(roundId: string, runId: string, at: string): Promise<void>;
}
