import { describe, expect, it } from 'vitest';
import { countsOf, rowsOfResult } from '../../../shared/domain/selection-rows.ts';
import type { NewRun } from '../../../shared/ports/selection-runs.ts';
import { READABLE_DIGITS, READABLE_LETTERS } from '../../../shared/schemas/common.ts';
import type { SelectionResult } from '../../../shared/schemas/selection.ts';
import { publicationStart } from '../../../shared/use-cases/selection/publish-selection.ts';
import { auditEntry, nextRoundId, type PortsUnderTest } from './subject.ts';

let runCount = 0;

/** A run id no other call returns. */
function nextRunId(): string {
  runCount += 1;
  return `${runCount.toString(16).padStart(8, '0')}${Math.floor(Math.random() * 2 ** 48)
    .toString(16)
    .padStart(12, '0')}`;
}

/** The `index`-th of this system's references, each its own. */
function referenceAt(index: number): string {
  const letters = Array.from(
    { length: 4 },
    (_, at) => READABLE_LETTERS[Math.floor(index / 4096 / 19 ** (3 - at)) % 19],
  );
  const digits = Array.from({ length: 4 }, (_, at) => READABLE_DIGITS[Math.floor(index / 8 ** (3 - at)) % 8]);
  return `${letters.join('')}-${digits.join('')}`;
}

/** `count` entries of a municipality's result: selected up to the cap, then waiting, then every tenth excluded. */
function resultOf(cap: number, count: number): SelectionResult {
  const result: SelectionResult = { cap, selected: [], waitlisted: [], excluded: [] };
  let ranked = 0;
  for (let index = 0; index < count; index++) {
    const entry = {
      reference: referenceAt(index),
      totalScore: index % 7 === 0 ? null : index % 20,
      receivedAt: new Date(Date.UTC(2019, 7, 1) + index * 60_000).toISOString(),
    };
    if (index % 10 === 9) {
      result.excluded.push({ ...entry, reason: 'not-eligible' });
      continue;
    }
    ranked += 1;
    if (ranked <= cap) result.selected.push({ ...entry, rank: ranked });
    else result.waitlisted.push({ ...entry, rank: ranked, position: ranked - cap });
  }
  return result;
}

/** A run of two municipalities: Bauska with `bauska` applications, Jelgava with one. */
function newRun(roundId: string, bauska = 3): NewRun {
  const parts = [
    { municipalityCode: 'LV-016', result: resultOf(10, bauska) },
    { municipalityCode: 'LV-JEL', result: resultOf(10, 1) },
  ].map(({ municipalityCode, result }) => ({ municipalityCode, result, input: { cap: 10, applications: [] } }));
  return {
    summary: {
      runId: nextRunId(),
      roundId,
      ordinal: 1,
      inputsHash: 'c'.repeat(64),
      ruleVersion: 'selection-v1',
      ranAt: '2019-08-20T08:00:00.000Z',
      ranBy: 'admin',
      status: 'computed',
      municipalities: parts.map(({ municipalityCode, result }) => ({ code: municipalityCode, ...countsOf(result) })),
    },
    parts,
  };
}

const PUBLISHED_AT = '2019-08-21T08:00:00.000Z';
/** A run of `newRun`'s four applications, published: its job has done nothing yet. */
const publication = {
  publishedAt: PUBLISHED_AT,
  publishedBy: 'admin',
  progress: publicationStart(newRun('any').summary, PUBLISHED_AT),
};
const at = (minute: number) => new Date(Date.UTC(2019, 7, 21, 8, minute)).toISOString();

/** What `SelectionRunRepository` promises, whichever storage keeps the runs. */
export function selectionRunsContract(ports: PortsUnderTest): void {
  describe('SelectionRunRepository', () => {
    it('has no latest run before the first, and the last one saved after', async () => {
      const roundId = nextRoundId();
      await expect(ports().selectionRuns.latest(roundId)).resolves.toBeUndefined();
      const [first, second] = [newRun(roundId), newRun(roundId)];
      await ports().selectionRuns.save(first, auditEntry({ action: 'selection.run' }));
      await expect(ports().selectionRuns.latest(roundId)).resolves.toEqual(first.summary);
      await ports().selectionRuns.save(second, auditEntry({ action: 'selection.run' }));
      await expect(ports().selectionRuns.latest(roundId)).resolves.toEqual(second.summary);
      // The same inputs again: the stored run becomes the latest again, as it was stored.
      const again = { ...first, summary: { ...first.summary, ranBy: 'other' } };
      await ports().selectionRuns.save(again, auditEntry());
      await expect(ports().selectionRuns.latest(roundId)).resolves.toEqual(first.summary);
    });

    it('gives back each municipality’s rows in protocol order, whole or a range at a time', async () => {
      const roundId = nextRoundId();
      // Over two thousand in one municipality: more than one stored slice, read across the slices' borders.
      const run = newRun(roundId, 2345);
      await ports().selectionRuns.save(run, auditEntry({ action: 'selection.run' }));
      const { runId } = run.summary;
      const expected = rowsOfResult(run.parts[0]?.result as SelectionResult);
      await expect(ports().selectionRuns.rows(roundId, runId, 'LV-016')).resolves.toEqual(expected);
      for (const [from, count] of [
        [0, 10],
        [990, 20],
        [1000, 1000],
        [1999, 2],
        [2300, 500],
        [2345, 10],
      ] as const) {
        await expect(ports().selectionRuns.rows(roundId, runId, 'LV-016', { from, count })).resolves.toEqual(
          expected.slice(from, from + count),
        );
      }
      await expect(ports().selectionRuns.rows(roundId, runId, 'LV-JEL', { from: 0, count: 5 })).resolves.toEqual(
        rowsOfResult(run.parts[1]?.result as SelectionResult),
      );
      await expect(ports().selectionRuns.rows(roundId, runId, 'LV-099')).resolves.toEqual([]);
    });

    it('stores nothing for a request whose run was stored by an earlier attempt', async () => {
      const roundId = nextRoundId();
      const [first, second] = [newRun(roundId), newRun(roundId)];
      const entry = auditEntry({ action: 'selection.run' });
      await ports().selectionRuns.save(first, entry);
      await ports().selectionRuns.save(second, entry);
      await expect(ports().selectionRuns.latest(roundId)).resolves.toEqual(first.summary);
    });

    it('publishes a run once, starting its publication: another request is told it was published already, a retry that it succeeded', async () => {
      const roundId = nextRoundId();
      const run = newRun(roundId);
      const { runId } = run.summary;
      await ports().selectionRuns.save(run, auditEntry({ action: 'selection.run' }));
      const entry = auditEntry({ action: 'selection.publish' });
      await expect(ports().selectionRuns.markPublished(roundId, runId, publication, entry)).resolves.toBe(true);
      await expect(ports().selectionRuns.markPublished(roundId, runId, publication, entry)).resolves.toBe(true);
      await expect(
        ports().selectionRuns.markPublished(roundId, runId, publication, auditEntry({ action: 'selection.publish' })),
      ).resolves.toBe(false);
      const { progress: started, ...published } = publication;
      await expect(ports().selectionRuns.latest(roundId)).resolves.toEqual({
        ...run.summary,
        status: 'published',
        ...published,
        publication: started,
      });
    });

    it('does not publish a run that was never stored', async () => {
      const roundId = nextRoundId();
      const run = newRun(roundId);
      await expect(
        ports().selectionRuns.markPublished(roundId, run.summary.runId, publication, auditEntry()),
      ).resolves.toBe(false);
    });

    it('hands a publication step to one holder at a time, until its lease ends or it lets go', async () => {
      const roundId = nextRoundId();
      const run = newRun(roundId);
      const { runId } = run.summary;
      const runs = () => ports().selectionRuns;
      await runs().save(run, auditEntry({ action: 'selection.run' }));
      await expect(
        runs().takePublicationStep(roundId, runId, { holder: 'stream', until: at(5) }, at(0)),
      ).resolves.toEqual({
        taken: false,
        why: 'not-publishing',
      });
      await runs().markPublished(roundId, runId, publication, auditEntry({ action: 'selection.publish' }));

      const streamLease = { holder: 'stream', until: at(3) };
      await expect(runs().takePublicationStep(roundId, runId, streamLease, at(0))).resolves.toEqual({
        taken: true,
        progress: publication.progress,
      });
      // Another holder waits while the lease lasts; the same holder (a later attempt) takes it at once.
      await expect(
        runs().takePublicationStep(roundId, runId, { holder: 'drain', until: at(6) }, at(2)),
      ).resolves.toEqual({
        taken: false,
        why: 'held',
      });
      await expect(
        runs().takePublicationStep(roundId, runId, { holder: 'stream', until: at(6) }, at(2)),
      ).resolves.toMatchObject({
        taken: true,
      });
      // Once the lease has ended, another holder takes the job over, and the one before can no longer store.
      await expect(
        runs().takePublicationStep(roundId, runId, { holder: 'drain', until: at(12) }, at(7)),
      ).resolves.toMatchObject({
        taken: true,
      });
      const stepped = { ...publication.progress, recorded: 4, updatedAt: at(8) };
      await expect(runs().finishPublicationStep(roundId, runId, 'stream', stepped)).resolves.toBe(false);
      await expect(runs().finishPublicationStep(roundId, runId, 'drain', stepped)).resolves.toBe(true);
      await expect(runs().latest(roundId)).resolves.toMatchObject({ publication: stepped });
      // Let go: anyone takes the next step.
      await expect(
        runs().takePublicationStep(roundId, runId, { holder: 'stream', until: at(13) }, at(9)),
      ).resolves.toEqual({
        taken: true,
        progress: stepped,
      });
      const finished = { ...stepped, emailed: 4, finishedAt: at(10), updatedAt: at(10) };
      await expect(runs().finishPublicationStep(roundId, runId, 'stream', finished)).resolves.toBe(true);
      await expect(
        runs().takePublicationStep(roundId, runId, { holder: 'drain', until: at(20) }, at(11)),
      ).resolves.toEqual({
        taken: false,
        why: 'finished',
      });
      // Nudging a finished job does nothing, and is no error.
      await runs().wakePublication(roundId, runId, at(12));
      await expect(runs().latest(roundId)).resolves.toMatchObject({ publication: finished });
    });
  });
}
