import { rowsOfResult } from '../../shared/domain/selection-rows.ts';
import type {
  NewRun,
  Publication,
  PublicationLease,
  PublicationStep,
  RowRange,
  SelectionRunRepository,
} from '../../shared/ports/selection-runs.ts';
import type { AuditEntry } from '../../shared/schemas/audit.ts';
import type { RunRow } from '../../shared/schemas/selection.ts';
import type { PublicationProgress, SelectionRunSummary } from '../../shared/schemas/selection-api.ts';
import { MemoryAuditLog } from './memory-audit-log.ts';

interface StoredRun {
  summary: SelectionRunSummary;
  /** municipalityCode → its rows, in protocol order. */
  rows: Map<string, RunRow[]>;
  lease?: PublicationLease;
  /** How often the job was woken: what a stream would see as a new record. */
  wakes: number;
}

/**
 * Selection runs in Maps, with the conditions of `DynamoDbSelectionRunRepository`: a run is stored once (the same
 * inputs only make it the latest again), each request's write happens once however often it is retried (its
 * audit entry is the mark), a run is published once, and a publication step is one holder's at a time.
 */
export class MemorySelectionRunRepository implements SelectionRunRepository {
  readonly audit: MemoryAuditLog;
  /** `<roundId>#<runId>` → the run. */
  readonly #runs = new Map<string, StoredRun>();
  /** roundId → the id of its latest run. */
  readonly #latest = new Map<string, string>();

  constructor(options: { audit?: MemoryAuditLog } = {}) {
    this.audit = options.audit ?? new MemoryAuditLog();
  }

  async latest(roundId: string): Promise<SelectionRunSummary | undefined> {
    const runId = this.#latest.get(roundId);
    if (runId === undefined) return undefined;
    return structuredClone(this.#run(roundId, runId).summary);
  }

  async rows(roundId: string, runId: string, municipalityCode: string, range?: RowRange): Promise<RunRow[]> {
    const rows = this.#runs.get(`${roundId}#${runId}`)?.rows.get(municipalityCode) ?? [];
    return structuredClone(range ? rows.slice(range.from, range.from + Math.max(range.count, 0)) : rows);
  }

  async save(run: NewRun, audit: AuditEntry): Promise<void> {
    // An earlier attempt of this request stored it; its answer was lost.
    if (this.audit.has(audit)) return;
    const { roundId, runId } = run.summary;
    const key = `${roundId}#${runId}`;
    if (!this.#runs.has(key)) {
      const rows = new Map(run.parts.map((part) => [part.municipalityCode, rowsOfResult(part.result)]));
      this.#runs.set(key, { summary: structuredClone(run.summary), rows: structuredClone(rows), wakes: 0 });
    }
    this.#latest.set(roundId, runId);
    this.audit.appendInTransaction(audit);
  }

  async markPublished(
    roundId: string,
    runId: string,
    { progress, ...publication }: Publication & { progress: PublicationProgress },
    audit: AuditEntry,
  ): Promise<boolean> {
    if (this.audit.has(audit)) return true;
    const run = this.#runs.get(`${roundId}#${runId}`);
    if (run?.summary.status !== 'computed') return false;
    run.summary = { ...run.summary, status: 'published', ...publication, publication: structuredClone(progress) };
    this.audit.appendInTransaction(audit);
    return true;
  }

  async takePublicationStep(
    roundId: string,
    runId: string,
    lease: PublicationLease,
    now: string,
  ): Promise<PublicationStep> {
    const run = this.#run(roundId, runId);
    const progress = run.summary.publication;
    if (!progress) return { taken: false, why: 'not-publishing' };
    if (progress.finishedAt) return { taken: false, why: 'finished' };
    if (run.lease && run.lease.holder !== lease.holder && run.lease.until >= now) return { taken: false, why: 'held' };
    run.lease = { ...lease };
    return { taken: true, progress: structuredClone(progress) };
  }

  async finishPublicationStep(
    roundId: string,
    runId: string,
    holder: string,
    progress: PublicationProgress,
  ): Promise<boolean> {
    const run = this.#run(roundId, runId);
    if (run.lease?.holder !== holder) return false;
    run.summary = { ...run.summary, publication: structuredClone(progress) };
    delete run.lease;
    return true;
  }

  async wakePublication(roundId: string, runId: string): Promise<void> {
    const run = this.#run(roundId, runId);
    if (run.summary.publication && !run.summary.publication.finishedAt) run.wakes += 1;
  }

  /** Who holds the run's publication job now, if anyone: for tests of the job's leases. */
  leaseOf(roundId: string, runId: string): PublicationLease | undefined {
    return structuredClone(this.#run(roundId, runId).lease);
  }

  /** How often the run's unfinished publication job was woken. */
  wakesOf(roundId: string, runId: string): number {
    return this.#run(roundId, runId).wakes;
  }

  #run(roundId: string, runId: string): StoredRun {
    const run = this.#runs.get(`${roundId}#${runId}`);
    if (!run) throw new Error(`No run ${runId} of ${roundId} is stored`);
    return run;
  }
}
