import { describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError } from '../../../shared/domain/errors.ts';
import { EARLY_CLOSING_DELAY_MS } from '../../../shared/domain/round-rules.ts';
import { closeIntake } from '../../../shared/use-cases/admin/close-intake.ts';
import { extendIntake } from '../../../shared/use-cases/admin/extend-intake.ts';
import { getIntakeWindow } from '../../../shared/use-cases/admin/get-intake-window.ts';
import { getRound } from '../../../shared/use-cases/get-round.ts';
import { runSelection } from '../../../shared/use-cases/selection/run-selection.ts';
import { submitApplication } from '../../../shared/use-cases/submit-application.ts';
import { memoryPorts } from '../../fakes/memory-ports.ts';
import { pilotLikeRound } from '../../fixtures/rounds.ts';
import { utcDays } from '../../helpers/audit-span.ts';
import { DURING_INTAKE, startDraft, uploadDocuments } from './applicant-steps.ts';
import { administrator, decideNotEligible, portsOf, runAndPublish, staffRequest, submitted } from './staff-steps.ts';

const ROUND = pilotLikeRound.id;

async function openRound() {
  const ports = memoryPorts({ rounds: [pilotLikeRound] });
  return { ports, admin: portsOf(ports, administrator) };
}

describe('closing intake early', () => {
  it('closes it 30 seconds after the request, keeping when in the round’s history, with the audit entry', async () => {
    const { ports, admin } = await openRound();
    const request = staffRequest(administrator, 'intake.close', DURING_INTAKE);

    const closed = await closeIntake(admin, request, ROUND);

    const closedAt = new Date(DURING_INTAKE.getTime() + EARLY_CLOSING_DELAY_MS).toISOString();
    expect(closed.window).toMatchObject({ closedEarlyAt: closedAt, closesAt: closedAt });
    expect(closed.windowChanges).toEqual([{ change: 'closed-early', at: DURING_INTAKE.toISOString(), closedAt }]);
    expect(closed.intakeState).toBe('open');
    await expect(getRound(ports, { roundId: ROUND, now: new Date(closedAt) })).resolves.toMatchObject({
      intakeState: 'closed',
    });
    const { entries } = await ports.audit.list(utcDays('2019-08-05'), 10);
    expect(entries).toMatchObject([
      { id: request.requestId, action: 'intake.close', roundId: ROUND, outcome: 'succeeded' },
    ]);
  });

  it('decides each submission by its receipt time: one received before the closing instant stands, one at it is refused', async () => {
    const { ports, admin } = await openRound();
    const [early, late] = [await startDraft(ports), await startDraft(ports)];
    for (const { reference } of [early, late]) uploadDocuments(ports, reference);
    const closed = await closeIntake(admin, staffRequest(administrator, 'intake.close', DURING_INTAKE), ROUND);
    const closingAt = Date.parse(closed.window.closesAt);

    await expect(submitApplication(ports, { ...early, receivedAt: new Date(closingAt - 1) })).resolves.toMatchObject({
      status: 'submitted',
    });
    await expect(submitApplication(ports, { ...late, receivedAt: new Date(closingAt) })).rejects.toMatchObject({
      violations: [{ code: 'INTAKE_CLOSED' }],
    });
    await expect(ports.applications.get(late.reference)).resolves.toMatchObject({ status: 'draft' });
  });

  it('takes effect when the window ends, if that is sooner than 30 seconds', async () => {
    const { admin } = await openRound();
    const windowEnd = Date.parse('2019-08-16T21:00:00.000Z');
    const at = new Date(windowEnd - 10_000);
    const closed = await closeIntake(admin, staffRequest(administrator, 'intake.close', at), ROUND);
    expect(closed.window.closedEarlyAt).toBe(new Date(windowEnd).toISOString());
  });

  it('closes once when several administrators close at the same time', async () => {
    const { admin } = await openRound();
    const answers = await Promise.allSettled(
      [1, 2, 3].map(() => closeIntake(admin, staffRequest(administrator, 'intake.close', DURING_INTAKE), ROUND)),
    );
    expect(answers.filter(({ status }) => status === 'fulfilled')).toHaveLength(1);
    for (const answer of answers.filter(({ status }) => status === 'rejected')) {
      expect((answer as PromiseRejectedResult).reason).toEqual(new ConflictError('INTAKE_NOT_OPEN_NOW'));
    }
  });

  it('refuses to close intake that is not open, or a round that does not exist', async () => {
    const { admin } = await openRound();
    const before = new Date('2019-07-20T08:00:00.000Z');
    await expect(closeIntake(admin, staffRequest(administrator, 'intake.close', before), ROUND)).rejects.toEqual(
      new ConflictError('INTAKE_NOT_OPEN_NOW'),
    );
    await expect(
      closeIntake(admin, staffRequest(administrator, 'intake.close', DURING_INTAKE), 'no-such-round'),
    ).rejects.toEqual(new NotFoundError('ROUND_NOT_FOUND'));
  });
});

describe('extending intake', () => {
  it('refuses a last day that is not later', async () => {
    const { admin } = await openRound();
    await expect(
      extendIntake(admin, staffRequest(administrator, 'intake.extend'), {
        roundId: ROUND,
        request: { lastDay: pilotLikeRound.window.lastDay },
      }),
    ).rejects.toMatchObject({ violations: [{ code: 'LAST_DAY_NOT_LATER', field: 'lastDay' }] });
  });

  it('lifts an early closing, so what was refused at the closing can be submitted', async () => {
    const { ports, admin } = await openRound();
    const draft = await startDraft(ports);
    uploadDocuments(ports, draft.reference);
    const closed = await closeIntake(admin, staffRequest(administrator, 'intake.close', DURING_INTAKE), ROUND);
    const afterClosing = new Date(Date.parse(closed.window.closesAt) + 60_000);
    await expect(submitApplication(ports, { ...draft, receivedAt: afterClosing })).rejects.toMatchObject({
      violations: [{ code: 'INTAKE_CLOSED' }],
    });

    const extended = await extendIntake(admin, staffRequest(administrator, 'intake.extend', afterClosing), {
      roundId: ROUND,
      request: { lastDay: '2019-08-30' },
    });

    expect(extended).toMatchObject({ intakeState: 'open', window: { lastDay: '2019-08-30' } });
    expect(extended.window.closedEarlyAt).toBeUndefined();
    expect(extended.windowChanges?.map(({ change }) => change)).toEqual(['closed-early', 'extended']);
    const later = new Date(afterClosing.getTime() + 60_000);
    await expect(submitApplication(ports, { ...draft, receivedAt: later })).resolves.toMatchObject({
      status: 'submitted',
    });
  });
});

/** The pilot round with one application, decided, selected and published after intake. */
async function publishedRound() {
  const { ports, admin } = await openRound();
  await decideNotEligible(ports, await submitted(ports));
  await runAndPublish(ports, ROUND);
  return { ports, admin };
}

describe('intake after the selection is published', () => {
  it('can be neither extended nor opened again, even asked for directly, and the round stays as it was', async () => {
    const { ports, admin } = await publishedRound();
    const before = await ports.rounds.get(ROUND);

    await expect(
      extendIntake(admin, staffRequest(administrator, 'intake.extend'), {
        roundId: ROUND,
        request: { lastDay: '2019-08-30' },
      }),
    ).rejects.toEqual(new ConflictError('INTAKE_FINAL_AFTER_PUBLICATION'));

    await expect(ports.rounds.get(ROUND)).resolves.toEqual(before);
    await expect(getRound(ports, { roundId: ROUND, now: new Date('2019-08-21T08:00:00.000Z') })).resolves.toMatchObject(
      { intakeState: 'closed' },
    );
  });

  it('is extended as before while the latest run is not yet published', async () => {
    const { ports, admin } = await openRound();
    await decideNotEligible(ports, await submitted(ports));
    await runSelection(admin, staffRequest(administrator, 'selection.run'), ROUND);
    await expect(
      extendIntake(admin, staffRequest(administrator, 'intake.extend'), {
        roundId: ROUND,
        request: { lastDay: '2019-08-30' },
      }),
    ).resolves.toMatchObject({ intakeState: 'open', window: { lastDay: '2019-08-30' } });
  });
});

describe('the intake window as administrators read it', () => {
  it('names who made each change, says when the selection was published, and is audited', async () => {
    const { ports, admin } = await openRound();
    const closed = await closeIntake(admin, staffRequest(administrator, 'intake.close', DURING_INTAKE), ROUND);
    const request = staffRequest(administrator, 'intake.read');

    const open = await getIntakeWindow(admin, request, ROUND);

    expect(open.windowChanges).toEqual([
      {
        change: 'closed-early',
        at: DURING_INTAKE.toISOString(),
        closedAt: closed.window.closesAt,
        by: { username: 'admin', displayName: 'Administrators' },
      },
    ]);
    expect(open).not.toHaveProperty('selectionPublishedAt');
    expect(open).toMatchObject({ id: ROUND, intakeState: 'closed', window: { closesAt: closed.window.closesAt } });
    const { entries } = await ports.audit.list(utcDays('2019-08-20'), 50);
    expect(entries.filter(({ id }) => id === request.requestId)).toMatchObject([
      { action: 'intake.read', roundId: ROUND, outcome: 'succeeded' },
    ]);
  });

  it('says when the selection was published', async () => {
    const { ports, admin } = await publishedRound();
    const window = await getIntakeWindow(admin, staffRequest(administrator, 'intake.read'), ROUND);
    const latest = await ports.selectionRuns.latest(ROUND);
    expect(window.selectionPublishedAt).toBe(latest?.publishedAt);
    expect(window.selectionPublishedAt).toBeDefined();
  });
});
