import { describe, expect, it } from 'vitest';
import type { StoredRun } from '../../../shared/ports/selection-runs.ts';
import { auditEntry, nextRoundId, type PortsUnderTest } from './subject.ts';

let runCount = 0;
/** A run of one municipality with one selected candidate, of an id no other call returns. */
function storedRun(roundId: string): StoredRun {
  runCount += 1;
  const runId = `${runCount.toString(16).padStart(8, '0')}${Math.floor(Math.random() * 2 ** 48)
    .toString(16)
    .padStart(12, '0')}`;
  const candidate = { reference: 'KDMA-4728', totalScore: 12, receivedAt: '2019-08-02T08:00:00.000Z' };
  return {
    summary: {
      runId,
      roundId,
      inputsHash: 'c'.repeat(64),
      ruleVersion: 'selection-v1',
      ranAt: '2019-08-20T08:00:00.000Z',
      ranBy: 'admin',
      status: 'computed',
      municipalities: [{ code: 'LV-016', cap: 10, selected: 1, waitlisted: 0, excluded: 0 }],
    },
    parts: [
      {
        municipalityCode: 'LV-016',
        input: { cap: 10, applications: [{ ...candidate, state: 'eligible' }] },
        result: { cap: 10, selected: [{ ...candidate, rank: 1 }], waitlisted: [], excluded: [] },
      },
    ],
  };
}

const publication = { publishedAt: '2019-08-21T08:00:00.000Z', publishedBy: 'admin' };

/** What `SelectionRunRepository` promises, whichever storage keeps the runs. */
export function selectionRunsContract(ports: PortsUnderTest): void {
  describe('SelectionRunRepository', () => {
    it('has no latest run before the first, and the last one saved after', async () => {
      const roundId = nextRoundId();
      await expect(ports().selectionRuns.latest(roundId)).resolves.toBeUndefined();
      const [first, second] = [storedRun(roundId), storedRun(roundId)];
      await ports().selectionRuns.save(first, auditEntry({ action: 'selection.run' }));
      await expect(ports().selectionRuns.latest(roundId)).resolves.toEqual(first);
      await ports().selectionRuns.save(second, auditEntry({ action: 'selection.run' }));
      await expect(ports().selectionRuns.latest(roundId)).resolves.toEqual(second);
      // The same inputs again: the stored run becomes the latest again, as it was stored.
      await ports().selectionRuns.save({ ...first, summary: { ...first.summary, ranBy: 'other' } }, auditEntry());
      await expect(ports().selectionRuns.latest(roundId)).resolves.toEqual(first);
    });

    it('stores nothing for a request whose run was stored by an earlier attempt', async () => {
      const roundId = nextRoundId();
      const [first, second] = [storedRun(roundId), storedRun(roundId)];
      const entry = auditEntry({ action: 'selection.run' });
      await ports().selectionRuns.save(first, entry);
      await ports().selectionRuns.save(second, entry);
      await expect(ports().selectionRuns.latest(roundId)).resolves.toEqual(first);
    });

    it('publishes a run once: another request is told it was published already, a retry that it succeeded', async () => {
      const roundId = nextRoundId();
      const run = storedRun(roundId);
      await ports().selectionRuns.save(run, auditEntry({ action: 'selection.run' }));
      const entry = auditEntry({ action: 'selection.publish' });
      await expect(ports().selectionRuns.markPublished(roundId, run.summary.runId, publication, entry)).resolves.toBe(
        true,
      );
      await expect(ports().selectionRuns.markPublished(roundId, run.summary.runId, publication, entry)).resolves.toBe(
        true,
      );
      await expect(
        ports().selectionRuns.markPublished(
          roundId,
          run.summary.runId,
          publication,
          auditEntry({ action: 'selection.publish' }),
        ),
      ).resolves.toBe(false);
      const latest = await ports().selectionRuns.latest(roundId);
      expect(latest?.summary).toEqual({ ...run.summary, status: 'published', ...publication });
    });

    it('does not publish a run that was never stored', async () => {
      const roundId = nextRoundId();
      const run = storedRun(roundId);
      await expect(
        ports().selectionRuns.markPublished(roundId, run.summary.runId, publication, auditEntry()),
      ).resolves.toBe(false);
    });
  });
}
