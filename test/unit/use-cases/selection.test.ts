import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../../shared/domain/errors.ts';
import { selectApplications } from '../../../shared/domain/selection.ts';
import { inputOfRows, resultOfRows } from '../../../shared/domain/selection-rows.ts';
import type { Application } from '../../../shared/schemas/application.ts';
import type { StaffIdentity } from '../../../shared/schemas/staff-identity.ts';
import { getApplicationStatus } from '../../../shared/use-cases/get-application-status.ts';
import { getSelectionRun } from '../../../shared/use-cases/selection/get-selection-run.ts';
import { drainPublication } from '../../../shared/use-cases/selection/publication-job.ts';
import { publishSelection } from '../../../shared/use-cases/selection/publish-selection.ts';
import { recordWithdrawal } from '../../../shared/use-cases/selection/record-withdrawal.ts';
import { runHash } from '../../../shared/use-cases/selection/run-hash.ts';
import { runSelection } from '../../../shared/use-cases/selection/run-selection.ts';
import { type MemoryPorts, memoryPorts } from '../../fakes/memory-ports.ts';
import { DURING_INTAKE } from './applicant-steps.ts';
import {
  AFTER_INTAKE_AT,
  administrator,
  bauskaWorker,
  decide,
  decidedInOrder,
  portsOf,
  publishRun,
  staffRequest,
  submitted,
  twoPlacesInBauska,
  WEB_URL,
} from './staff-steps.ts';

const round = twoPlacesInBauska;
const ROUND = round.id;

/** Five Bauska applicants in order of receipt, decided: totals 5, 9, 9, 3, and one not eligible. */
async function decidedRound() {
  const ports = memoryPorts({ rounds: [round] });
  const references = await decidedInOrder(ports, [5, 9, 9, 3, 'not-eligible']);
  return { ports, admin: portsOf(ports, administrator), references };
}

const run = (ports: MemoryPorts) =>
  runSelection(portsOf(ports, administrator), staffRequest(administrator, 'selection.run'), ROUND);

/** Bauska's result as an administrator reads it: its first page. */
const bauskaPage = async (ports: MemoryPorts) =>
  (
    await getSelectionRun(portsOf(ports, administrator), staffRequest(administrator, 'selection.read'), {
      roundId: ROUND,
      municipality: 'LV-016',
    })
  ).result;

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
    expect(answer.municipalities.find((counts) => counts.code === 'LV-016')).toEqual({
      code: 'LV-016',
      cap: 2,
      selected: 2,
      waitlisted: 2,
      excluded: 1,
    });
    const bauska = await bauskaPage(ports);
    expect(
      bauska?.rows.map(({ reference, decision, rank, position }) => ({ reference, decision, rank, position })),
    ).toEqual([
      { reference: nineFirst, decision: 'selected', rank: 1, position: undefined },
      { reference: nineSecond, decision: 'selected', rank: 2, position: undefined },
      { reference: five, decision: 'waitlisted', rank: 3, position: 1 },
      { reference: three, decision: 'waitlisted', rank: 4, position: 2 },
      { reference: notEligible, decision: 'not-selected', rank: null, position: undefined },
    ]);
    expect(bauska?.rows.at(-1)).toMatchObject({ reason: 'not-eligible' });
    await expect(ports.selectionRuns.latest(ROUND)).resolves.toEqual(answer.run);
  });

  it('hashes the canonical inputs as one JSON text, as every run has been hashed', async () => {
    const { ports } = await decidedRound();
    const { answer } = await run(ports);
    const rows = await ports.selectionRuns.rows(ROUND, answer.run.runId, 'LV-016');
    const whole = {
      ruleVersion: answer.run.ruleVersion,
      roundId: ROUND,
      municipalities: answer.run.municipalities.map(({ code, cap }) => ({
        municipalityCode: code,
        input: code === 'LV-016' ? inputOfRows(cap, rows) : { cap, applications: [] },
      })),
    };
    expect(createHash('sha256').update(JSON.stringify(whole)).digest('hex')).toBe(answer.run.inputsHash);
  });

  it('stores inputs that give the run’s hash again, and a result that selecting again on them gives', async () => {
    const { ports } = await decidedRound();
    const { answer } = await run(ports);
    const rows = await ports.selectionRuns.rows(ROUND, answer.run.runId, 'LV-016');
    const hash = runHash(answer.run.ruleVersion, ROUND);
    for (const { code, cap } of answer.run.municipalities) {
      hash.add(code, inputOfRows(cap, code === 'LV-016' ? rows : []));
    }
    expect(hash.digest()).toBe(answer.run.inputsHash);
    expect(selectApplications(inputOfRows(2, rows))).toEqual({ ok: true, result: resultOfRows(2, rows) });
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
    await expect(ports.selectionRuns.latest(ROUND)).resolves.toMatchObject({ status: 'computed' });
  });

  it('answers at once that it started, with nothing recorded or e-mailed yet, and makes the results final', async () => {
    const { ports, admin, references } = await decidedRound();
    const { answer } = await run(ports);

    const { started, answer: publishing } = await publishSelection(
      admin,
      staffRequest(administrator, 'selection.publish'),
      { roundId: ROUND, runId: answer.run.runId },
    );

    expect(started).toBe(true);
    expect(publishing.run).toMatchObject({
      status: 'published',
      publishedBy: 'admin',
      publication: { total: 5, recorded: 0, emailed: 0, notSentCount: 0, failures: 0 },
    });
    expect(publishing.run.publication?.finishedAt).toBeUndefined();
    expect(ports.applications.all().filter((application) => application.selection)).toEqual([]);
    expect(ports.sent).toEqual([]);
    // The applicant's status page shows a result only once the job has recorded it on the application.
    const reference = references[1] as string;
    const status = () =>
      getApplicationStatus(ports, { reference, accessCode: ports.keyring.accessCode(reference), now: AFTER_INTAKE_AT });
    await expect(status()).resolves.not.toHaveProperty('result');
    await drainPublication(ports, ROUND, { webUrl: WEB_URL });
    await expect(status()).resolves.toMatchObject({ result: { outcome: 'selected' } });
    await expect(run(ports)).rejects.toEqual(new ConflictError('SELECTION_ALREADY_PUBLISHED'));
  });

  it('gives every application its result and e-mail once the job has run, once, and is final', async () => {
    const { ports, references } = await decidedRound();
    const [five, nineFirst] = references;
    const { answer } = await run(ports);

    const published = await publishRun(ports, ROUND, answer.run.runId);

    expect(published.run).toMatchObject({ status: 'published', publishedBy: 'admin' });
    const outcome = async (reference: string) => ((await ports.applications.get(reference)) as Application).selection;
    await expect(outcome(nineFirst as string)).resolves.toMatchObject({ outcome: 'selected', rank: 1 });
    await expect(outcome(five as string)).resolves.toMatchObject({ outcome: 'waitlisted', position: 1 });
    expect(ports.sent.map((mail) => mail.about.reference).sort()).toEqual([...references].sort());
    await expect(ports.selectionRuns.latest(ROUND)).resolves.toMatchObject({
      publication: { total: 5, recorded: 5, emailed: 5, finishedAt: expect.any(String) },
    });

    const before = ports.applications.all();
    const again = await publishSelection(
      portsOf(ports, administrator),
      staffRequest(administrator, 'selection.publish'),
      {
        roundId: ROUND,
        runId: answer.run.runId,
      },
    );
    expect(again.started).toBe(false);
    expect(again.answer.run).toEqual(await ports.selectionRuns.latest(ROUND));
    await drainPublication(ports, ROUND, { webUrl: WEB_URL });
    expect(ports.applications.all()).toEqual(before);
    expect(ports.sent).toHaveLength(5);
    await expect(run(ports)).rejects.toEqual(new ConflictError('SELECTION_ALREADY_PUBLISHED'));
  });
});

describe('publishing again while the job is under way', () => {
  it('publishes nothing twice and nudges the job, so one that stopped goes on', async () => {
    const { ports, admin } = await decidedRound();
    const { answer } = await run(ports);
    const publish = () =>
      publishSelection(admin, staffRequest(administrator, 'selection.publish'), {
        roundId: ROUND,
        runId: answer.run.runId,
      });
    const first = await publish();
    expect(ports.selectionRuns.wakesOf(ROUND, answer.run.runId)).toBe(0);

    const again = await publish();

    expect(again).toMatchObject({ started: false, answer: { run: first.answer.run } });
    expect(ports.selectionRuns.wakesOf(ROUND, answer.run.runId)).toBe(1);
    const span = { since: '2019-08-20T00:00:00.000Z', until: '2019-08-21T00:00:00.000Z' };
    const entries = await ports.audit.list({ ...span, action: 'selection.publish' }, 10);
    expect(entries.entries.map((entry) => entry.reason)).toEqual(['ALREADY_PUBLISHED', undefined]);
  });
});

describe('the latest run as staff read it', () => {
  it('gives a page of the municipality asked for, and a social worker their own only', async () => {
    const { ports, references } = await decidedRound();
    await run(ports);
    const [five, nineFirst, nineSecond, three] = references;
    expect((await bauskaPage(ports))?.rows.map((row) => row.reference)).toEqual([
      nineFirst,
      nineSecond,
      five,
      three,
      references[4],
    ]);
    const latest = (identity: StaffIdentity, input: { municipality?: string; from?: number }) =>
      getSelectionRun(portsOf(ports, identity), staffRequest(identity, 'selection.read'), { roundId: ROUND, ...input });

    const later = await latest(bauskaWorker, { from: 3 });
    expect(later.result).toMatchObject({ municipalityCode: 'LV-016', from: 3, total: 5 });
    expect(later.result?.rows.map((row) => row.reference)).toEqual([three, references[4]]);
    expect(later.municipalities.map((counts) => counts.code)).toEqual(['LV-016']);
    await expect(latest(bauskaWorker, { municipality: 'LV-JEL' })).rejects.toMatchObject({
      code: 'MUNICIPALITY_FILTER_FORBIDDEN',
    });
    // An administrator without a municipality gets every municipality's numbers and no rows.
    const overview = await latest(administrator, {});
    expect(overview.result).toBeUndefined();
    expect(overview.municipalities).toHaveLength(round.municipalities.length);
  });
});

describe('a withdrawal', () => {
  it('after publication passes the selected person’s place to the first on the waiting list', async () => {
    const { ports, references } = await decidedRound();
    const [five, nineFirst] = references as [string, string];
    const { answer } = await run(ports);
    await publishRun(ports, ROUND, answer.run.runId);
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

  it('while results are still being recorded offers the place all the same, and the job keeps the offer', async () => {
    const { ports, references } = await decidedRound();
    const [five, nineFirst] = references as [string, string];
    const { answer } = await run(ports);
    await publishSelection(portsOf(ports, administrator), staffRequest(administrator, 'selection.publish'), {
      roundId: ROUND,
      runId: answer.run.runId,
    });
    const at = new Date('2019-09-01T08:00:00.000Z');

    await recordWithdrawal(portsOf(ports, bauskaWorker), staffRequest(bauskaWorker, 'application.withdraw', at), {
      reference: nineFirst,
      request: { reason: 'Moved away.' },
    });
    const offered = {
      runId: answer.run.runId,
      outcome: 'selected',
      rank: 2,
      publishedAt: AFTER_INTAKE_AT.toISOString(),
      offeredAt: at.toISOString(),
    };
    await expect(ports.applications.get(five)).resolves.toMatchObject({ selection: offered });

    await drainPublication(ports, ROUND, { webUrl: WEB_URL });

    await expect(ports.applications.get(five)).resolves.toMatchObject({ selection: offered });
    await expect(ports.applications.get(nineFirst)).resolves.toMatchObject({ selection: { outcome: 'selected' } });
    // The offer's own e-mail tells the person offered the place (the stream sends it); the job tells the others.
    expect(ports.sent.map((mail) => mail.about.reference).sort()).toEqual(
      references.filter((reference) => reference !== five).sort(),
    );
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
