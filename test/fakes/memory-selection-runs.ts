import type { Publication, SelectionRunRepository, StoredRun } from '../../shared/ports/selection-runs.ts';
import type { AuditEntry } from '../../shared/schemas/audit.ts';
import { MemoryAuditLog } from './memory-audit-log.ts';

/**
 * Selection runs in Maps, with the conditions of `DynamoDbSelectionRunRepository`: a run is stored once (the same
 * inputs only make it the latest again), each request's write happens once however often it is retried (its
 * audit entry is the mark), and a run is published once.
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

  async latest(roundId: string): Promise<StoredRun | undefined> {
    const runId = this.#latest.get(roundId);
    if (runId === undefined) return undefined;
    const run = this.#runs.get(`${roundId}#${runId}`);
    if (!run) throw new Error(`The latest run ${runId} of ${roundId} has no header`);
    return structuredClone(run);
  }

  async save(run: StoredRun, audit: AuditEntry): Promise<void> {
    // An earlier attempt of this request stored it; its answer was lost.
    if (this.audit.has(audit)) return;
    const { roundId, runId } = run.summary;
    const key = `${roundId}#${runId}`;
    if (!this.#runs.has(key)) this.#runs.set(key, structuredClone(run));
    this.#latest.set(roundId, runId);
    this.audit.appendInTransaction(audit);
  }

  async markPublished(roundId: string, runId: string, publication: Publication, audit: AuditEntry): Promise<boolean> {
    if (this.audit.has(audit)) return true;
    const run = this.#runs.get(`${roundId}#${runId}`);
    if (run?.summary.status !== 'computed') return false;
    run.summary = { ...run.summary, status: 'published', ...publication };
    this.audit.appendInTransaction(audit);
    return true;
  }
}
