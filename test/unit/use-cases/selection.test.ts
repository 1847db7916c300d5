import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../../shared/domain/errors.ts';
import type { Application } from '../../../shared/schemas/application.ts';
import { publishSelection } from '../../../shared/use-cases/selection/publish-selection.ts';
import { recordWithdrawal } from '../../../shared/use-cases/selection/record-withdrawal.ts';
import { runSelection } from '../../../shared/use-cases/selection/run-selection.ts';
import { type MemoryPorts, memoryPorts } from '../../fakes/memory-ports.ts';
import { DURING_INTAKE } from './applicant-steps.ts';
import { administrator, bauskaWorker, decide, portsOf, scoredRound, staffRequest, submitted } from './staff-steps.ts';

/** The scored round with two places in Bauska. */
const round = {
  ...scoredRound,
  municipalities: scoredRound.municipalities.map((municipality) => ({ ...municipality, cap: 2 })),
};
const ROUND = round.id;

/** Five Bauska applicants in order of receipt, decided: totals 5, 9, 9, 3, and one not eligible. */
async function decidedRound() {
  const ports = memoryPorts({ rounds: [round] });
  const references: string[] = [];
  for (const total of [5, 9, 9, 3, 'not-eligible'] as const) {
    const reference = await submitted(ports);
    await decide(ports, reference, total);
    references.push(reference);
  }
  return { ports, admin: portsOf(ports, administrator), references };
}

const run = (ports: MemoryPorts) =>
  runSelection(portsOf(ports, administrator), staffRequest(administrator, 'selection.run'), ROUND);

describe('running the selection', () => {
  it('is refused while intake is open', async () => {
    const { ports } = await decidedRound();
    const during = staffRequest(administrator, 'selection.run', DURING_INTAKE);
    await expect(runSelection(portsOf(ports, administrator), during, ROUND)).rejects.toMatchObject({
      violations: [{ code: 'INTAKE_NOT_CLOSED' }],
    });
  });

  it('is refused while any application is undecided, naming each', async () => {
    const { ports } = await decidedRound();
    const undecided = await submitted(ports);
    await expect(run(ports)).rejects.toMatchObject({
      violations: [{ code: 'APPLICATION_UNDECIDED', field: `applications.${undecided}` }],
    });
    await expect(ports.selectionRuns.latest(ROUND)).resolves.toBeUndefined();
  });

  it('selects by score, equal scores by receipt, waitlists the rest, and excludes the not eligible', async () => {
    const { ports, references } = await decidedRound();
    const [five, nineFirst, nineSecond, three, notEligible] = references;

    const { created, answer } = await run(ports);

    expect(created).toBe(true);
    const bauska = answer.results.find((part) => part.municipalityCode === 'LV-016')?.result;
    expect(bauska?.selected.map(({ reference, rank }) => ({ reference, rank }))).toEqual([
      { reference: nineFirst, rank: 1 },
      { reference: nineSecond, rank: 2 },
    ]);
    expect(bauska?.waitlisted.map(({ reference, position }) => ({ reference, position }))).toEqual([
      { reference: five, position: 1 },
      { reference: three, position: 2 },
    ]);
    expect(bauska?.excluded).toMatchObject([{ reference: notEligible, reason: 'not-eligible' }]);
    await expect(ports.selectionRuns.latest(ROUND)).resolves.toMatchObject({ summary: answer.run });
  });

  it('finds the same run on the same data, and a new one once a decision changed', async () => {
    const { ports, references } = await decidedRound();
    const first = await run(ports);
    const again = await run(ports);
    expect(again).toMatchObject({ created: false, answer: { run: { runId: first.answer.run.runId } } });

    await decide(ports, references[3] as string, 4);
    const changed = await run(ports);
    expect(changed.created).toBe(true);
    expect(changed.answer.run.runId).not.toBe(first.answer.run.runId);
  });
});

describe('publishing the selection', () => {
  it('is refused for a run that went stale, until it is run again', async () => {
    const { ports, admin, references } = await decidedRound();
    const { answer } = await run(ports);
    await decide(ports, references[0] as string, 20);
    await expect(
      publishSelection(admin, staffRequest(administrator, 'selection.publish'), {
        roundId: ROUND,
        runId: answer.run.runId,
      }),
    ).rejects.toEqual(new ConflictError('SELECTION_STALE'));
    const stored = (await ports.applications.all()).filter((application) => application.selection);
    expect(stored).toEqual([]);
  });

  it('gives every application its result, once, and is final', async () => {
    const { ports, admin, references } = await decidedRound();
    const [five, nineFirst] = references;
    const { answer } = await run(ports);
    const publish = () =>
      publishSelection(admin, staffRequest(administrator, 'selection.publish'), {
        roundId: ROUND,
        runId: answer.run.runId,
      });

    const published = await publish();

    expect(published.run).toMatchObject({ status: 'published', publishedBy: 'admin' });
    const outcome = async (reference: string) => ((await ports.applications.get(reference)) as Application).selection;
    await expect(outcome(nineFirst as string)).resolves.toMatchObject({ outcome: 'selected', rank: 1 });
    await expect(outcome(five as string)).resolves.toMatchObject({ outcome: 'waitlisted', position: 1 });
    const before = ports.applications.all();
    await expect(publish()).resolves.toEqual(published);
    expect(ports.applications.all()).toEqual(before);
    await expect(run(ports)).rejects.toEqual(new ConflictError('SELECTION_ALREADY_PUBLISHED'));
  });
});

describe('a withdrawal', () => {
  it('after publication passes the selected person’s place to the first on the waiting list', async () => {
    const { ports, admin, references } = await decidedRound();
    const [five, nineFirst] = references as [string, string];
    const { answer } = await run(ports);
    await publishSelection(admin, staffRequest(administrator, 'selection.publish'), {
      roundId: ROUND,
      runId: answer.run.runId,
    });
    const at = new Date('2019-09-01T08:00:00.000Z');

    await recordWithdrawal(portsOf(ports, bauskaWorker), staffRequest(bauskaWorker, 'application.withdraw', at), {
      reference: nineFirst,
      request: { reason: 'Moved away.' },
    });

    await expect(ports.applications.get(nineFirst)).resolves.toMatchObject({ withdrawal: { reason: 'Moved away.' } });
    const promoted = (await ports.applications.get(five)) as Application;
    expect(promoted.selection).toMatchObject({ outcome: 'selected', offeredAt: at.toISOString() });
    expect(promoted.selection?.position).toBeUndefined();
    const [entry] = await ports.audit
      .forApplication(nineFirst)
      .then((entries) => entries.filter((e) => e.action === 'application.withdraw'));
    expect(entry?.related).toEqual([five]);
  });

  it('before publication offers nothing, and makes the latest run stale', async () => {
    const { ports, admin, references } = await decidedRound();
    const [five, nineFirst] = references as [string, string];
    const { answer } = await run(ports);
    await recordWithdrawal(portsOf(ports, bauskaWorker), staffRequest(bauskaWorker, 'application.withdraw'), {
      reference: nineFirst,
      request: { reason: 'Moved away.' },
    });
    await expect(ports.applications.get(five)).resolves.not.toHaveProperty('selection');
    await expect(
      publishSelection(admin, staffRequest(administrator, 'selection.publish'), {
        roundId: ROUND,
        runId: answer.run.runId,
      }),
    ).rejects.toEqual(new ConflictError('SELECTION_STALE'));
  });
});
