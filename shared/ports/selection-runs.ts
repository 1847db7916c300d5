import type { AuditEntry } from '../schemas/audit.ts';
import type { SelectionInput, SelectionResult } from '../schemas/selection.ts';
import type { SelectionRunSummary } from '../schemas/selection-api.ts';

/** One municipality's part of a run: exactly what went in and what came out. */
export interface RunPart {
  municipalityCode: string;
  input: SelectionInput;
  result: SelectionResult;
}

export interface StoredRun {
  summary: SelectionRunSummary;
  parts: RunPart[];
}

/** When a run was published and by whom (the username), as its summary then shows. */
export interface Publication {
  publishedAt: string;
  publishedBy: string;
}

/** Selection runs, kept whole so anyone can recompute one from its stored inputs and compare. */
export interface SelectionRunRepository {
  /** The run the round's results come from now: the one last run or re-run. */
  latest(roundId: string): Promise<StoredRun | undefined>;
  /**
   * Stores a run with its parts and makes it the latest, with its audit entry, in one transaction. A run with
   * the same id (the same inputs) is only made the latest again. Stored once per request (per audit entry), even
   * when an earlier attempt's answer was lost.
   */
  save(run: StoredRun, audit: AuditEntry): Promise<void>;
  /**
   * Marks the run published, with its audit entry; `false` when it was published already by another request
   * (`true` when by an earlier attempt of this one, whose answer was lost).
   */
  markPublished(roundId: string, runId: string, publication: Publication, audit: AuditEntry): Promise<boolean>;
}
