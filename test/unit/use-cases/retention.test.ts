import { describe, expect, it } from 'vitest';
import { makeHandler } from '../../../functions/apply-retention.ts';
import { demoServiceYear } from '../../../infra/seed/service-year.ts';
import { ConflictError, NotFoundError, RuleViolationError } from '../../../shared/domain/errors.ts';
import type { AuditEntry } from '../../../shared/schemas/audit.ts';
import { drawUpPlan } from '../../../shared/use-cases/plans/draw-up-plan.ts';
import { applyRetention } from '../../../shared/use-cases/retention/apply-retention.ts';
import { eraseApplication } from '../../../shared/use-cases/retention/erase-application.ts';
import { getRetention } from '../../../shared/use-cases/retention/get-retention.ts';
import { liftHold, placeHold } from '../../../shared/use-cases/retention/legal-hold.ts';
import { getSelectionRun } from '../../../shared/use-cases/selection/get-selection-run.ts';
import { runSelection } from '../../../shared/use-cases/selection/run-selection.ts';
import { currentSelection } from '../../../shared/use-cases/selection/selection-inputs.ts';
import { type MemoryPorts, memoryPorts } from '../../fakes/memory-ports.ts';
import { jelgavaWorker } from '../../fixtures/staff-identities.ts';
import { storeServiceYear } from '../../fixtures/stored-service-year.ts';
import {
  administrator,
  bauskaWorker,
  decide,
  decidedInOrder,
  portsOf,
  runAndPublish,
  staffRequest,
  submitted,
  twoPlacesInBauska,
} from './staff-steps.ts';

const DAY = 24 * 60 * 60 * 1000;
const round = { ...twoPlacesInBauska, retention: { notSelectedDays: 30, participantDays: 365 } };
const PUBLISHED_AT = new Date('2019-09-02T08:00:00.000Z');
/** The first day the not selected are past their 30 days; the participants' year runs until 01.10.2020. */
const NOT_SELECTED_DUE = new Date(PUBLISHED_AT.getTime() + 30 * DAY);
const PARTICIPANTS_DUE = new Date(Date.parse('2020-09-30T21:00:00.000Z') + 365 * DAY);
const GOAL = 'Satikt cilvēkus ārpus mājas';
const VIEW = 'Gribu iet uz centru divreiz nedēļā.';

/**
 * Bauska, two places: two selected (the first with a plan in her own words), one waiting, one not eligible;
 * published on 02.09.2019, with the demo year of services (12 months).
 */
async function publishedRound() {
  const ports = memoryPorts({ rounds: [round] });
  const [first, second, waiting, refused] = (await decidedInOrder(ports, [9, 7, 5, 'not-eligible'])) as [
    string,
    string,
    string,
    string,
  ];
  const published = await runAndPublish(ports, round.id, PUBLISHED_AT);
  await storeServiceYear(ports, round.id, demoServiceYear([{ code: 'LV-016', town: 'Bauska' }]), PUBLISHED_AT);
  await drawUpPlan(portsOf(ports, bauskaWorker), staffRequest(bauskaWorker, 'plan.version', PUBLISHED_AT), {
    reference: first,
    request: {
      goals: [GOAL],
      personView: VIEW,
      services: [{ serviceId: 'day-centre', providerId: 'lv-016-centrs', quantityPerMonth: 8, months: 12 }],
      startDate: '2019-10-01',
    },
  });
  roundReferences.push(first, second, waiting, refused);
  return { ports, first, second, waiting, refused, runId: published.run.runId };
}

const job = (ports: MemoryPorts, at: Date, limit = 100) => applyRetention(ports, at, { limit });
const documentsOf = (ports: MemoryPorts, reference: string) =>
  ports.documents.keys().filter((key) => key.includes(`/${reference}/`));
/** The retention job's audit entries about the round's applications. */
const removals = async (ports: MemoryPorts): Promise<AuditEntry[]> => {
  const references = [...ports.applications.all().map((application) => application.reference), ...roundReferences];
  const entries = await Promise.all([...new Set(references)].map((reference) => ports.audit.forApplication(reference)));
  return entries.flat().filter((entry) => entry.action === 'retention.anonymise');
};
/** Every reference the round was made with, so the audit is read for those whose data is gone too. */
const roundReferences: string[] = [];

describe('the retention job', () => {
  it('removes nothing before a period ends, and the not selected and the waiting list once theirs has', async () => {
    const { ports, first, second, waiting, refused } = await publishedRound();
    await expect(job(ports, new Date(NOT_SELECTED_DUE.getTime() - 1))).resolves.toEqual({
      removed: [],
      limitReached: false,
    });

    const run = await job(ports, NOT_SELECTED_DUE);

    expect(run.removed).toEqual([
      { reference: waiting, rule: 'not-selected-period' },
      { reference: refused, rule: 'not-selected-period' },
    ]);
    for (const reference of [waiting, refused]) {
      await expect(ports.applications.get(reference)).resolves.toBeUndefined();
      expect(documentsOf(ports, reference)).toEqual([]);
      await expect(ports.retention.anonymisedRecord(reference)).resolves.toMatchObject({
        status: 'anonymised',
        anonymised: { at: NOT_SELECTED_DUE.toISOString(), rule: 'not-selected-period' },
      });
    }
    for (const reference of [first, second]) {
      await expect(ports.applications.get(reference)).resolves.toMatchObject({ reference });
      expect(documentsOf(ports, reference)).not.toEqual([]);
    }
  });

  it('removes a participant’s data and the words of her plan a participantDays after her year, keeping its figures', async () => {
    const { ports, first } = await publishedRound();
    const read = { roundId: round.id, municipalityCode: 'LV-016', reference: first };
    const plan = await ports.supportPlans.get(read);
    await job(ports, new Date(PARTICIPANTS_DUE.getTime() - 1));
    await expect(ports.applications.get(first)).resolves.toBeDefined();

    const run = await job(ports, PARTICIPANTS_DUE);

    expect(run.removed).toContainEqual({ reference: first, rule: 'participant-period' });
    const stripped = await ports.supportPlans.get(read);
    expect(stripped).toMatchObject({ anonymisedAt: PARTICIPANTS_DUE.toISOString(), reviews: [] });
    expect(JSON.stringify(stripped)).not.toContain(GOAL);
    expect(JSON.stringify(stripped)).not.toContain(VIEW);
    expect(stripped?.versions.map((version) => version.totalCents)).toEqual(
      plan?.versions.map((version) => version.totalCents),
    );
  });

  it('leaves records with which the stored selection run is re-checked: the inputs hash does not change', async () => {
    const { ports } = await publishedRound();
    const admin = portsOf(ports, administrator);
    const stored = await ports.selectionRuns.latest(round.id);
    expect((await currentSelection(admin, round)).inputsHash).toBe(stored?.inputsHash);

    await job(ports, PARTICIPANTS_DUE);

    expect(ports.applications.all()).toEqual([]);
    expect((await currentSelection(admin, round)).inputsHash).toBe(stored?.inputsHash);
  });

  it('passes a held application by until the hold is lifted, and audits both', async () => {
    const { ports, waiting } = await publishedRound();
    const worker = portsOf(ports, bauskaWorker);
    const held = await placeHold(worker, staffRequest(bauskaWorker, 'hold.place'), {
      reference: waiting,
      request: { reason: 'appeal', note: 'Pārsūdzība par atlases rezultātu' },
    });
    expect(held.hold).toMatchObject({ reason: 'appeal', by: { username: 'bauska' } });
    const before = await ports.applications.get(waiting);

    expect((await job(ports, PARTICIPANTS_DUE)).removed.map(({ reference }) => reference)).not.toContain(waiting);
    await expect(ports.applications.get(waiting)).resolves.toEqual(before);
    expect(documentsOf(ports, waiting)).not.toEqual([]);

    await liftHold(worker, staffRequest(bauskaWorker, 'hold.lift'), waiting);
    expect((await job(ports, PARTICIPANTS_DUE)).removed).toEqual([{ reference: waiting, rule: 'not-selected-period' }]);
    const history = (await ports.audit.forApplication(waiting)).map((entry) => [entry.action, entry.reason]);
    expect(history).toEqual(
      expect.arrayContaining([
        ['hold.place', 'APPEAL'],
        ['hold.lift', undefined],
        ['retention.anonymise', 'NOT_SELECTED_PERIOD'],
      ]),
    );
  });

  it('is bounded per run, and the next run goes on where it stopped', async () => {
    const { ports, waiting, refused } = await publishedRound();
    await expect(job(ports, NOT_SELECTED_DUE, 1)).resolves.toEqual({
      removed: [{ reference: waiting, rule: 'not-selected-period' }],
      limitReached: true,
    });
    await expect(job(ports, NOT_SELECTED_DUE, 1)).resolves.toEqual({
      removed: [{ reference: refused, rule: 'not-selected-period' }],
      limitReached: false,
    });
  });

  it('finishes a removal a crash cut off after the documents went, under the rule it began with, audited once', async () => {
    const { ports, waiting } = await publishedRound();
    ports.retention.beforeWrite = (operation) => {
      if (operation === 'anonymise') throw new Error('The process stopped');
    };
    await expect(job(ports, NOT_SELECTED_DUE)).rejects.toThrow('The process stopped');
    expect(documentsOf(ports, waiting)).toEqual([]);
    await expect(ports.applications.get(waiting)).resolves.toMatchObject({
      erasure: { rule: 'not-selected-period', since: NOT_SELECTED_DUE.toISOString() },
    });
    await expect(removals(ports)).resolves.toEqual([]);
    // A hold cannot come between: the removal has begun.
    await expect(
      placeHold(portsOf(ports, bauskaWorker), staffRequest(bauskaWorker, 'hold.place'), {
        reference: waiting,
        request: { reason: 'appeal' },
      }),
    ).rejects.toEqual(new ConflictError('ERASURE_IN_PROGRESS'));

    ports.retention.beforeWrite = () => {};
    const next = await job(ports, new Date(NOT_SELECTED_DUE.getTime() + DAY));
    expect(next.removed).toContainEqual({ reference: waiting, rule: 'not-selected-period' });
    await expect(ports.applications.get(waiting)).resolves.toBeUndefined();
    expect((await removals(ports)).filter((entry) => entry.reference === waiting)).toHaveLength(1);
  });

  it('removes and audits nothing more when run again', async () => {
    const { ports } = await publishedRound();
    const first = await job(ports, PARTICIPANTS_DUE);
    const audited = await removals(ports);
    expect(audited).toHaveLength(first.removed.length);

    await expect(job(ports, PARTICIPANTS_DUE)).resolves.toEqual({ removed: [], limitReached: false });
    await expect(removals(ports)).resolves.toEqual(audited);
  });

  it('audits each removal by the rule, with ids and codes only, never the person’s data', async () => {
    const { ports, waiting } = await publishedRound();
    const application = await ports.applications.get(waiting);
    await job(ports, NOT_SELECTED_DUE);
    const [entry] = (await removals(ports)).filter((candidate) => candidate.reference === waiting);
    expect(entry).toEqual({
      id: `retention-${waiting}`,
      at: NOT_SELECTED_DUE.toISOString(),
      action: 'retention.anonymise',
      roundId: round.id,
      reference: waiting,
      municipalityCode: 'LV-016',
      outcome: 'succeeded',
      reason: 'NOT_SELECTED_PERIOD',
    });
    for (const personal of [application?.person.firstName, application?.contact.email]) {
      expect(JSON.stringify(await removals(ports))).not.toContain(personal);
    }
  });

  it('runs as its function with the time the scheduler sends, and refuses an event without one', async () => {
    const { ports, waiting } = await publishedRound();
    const handler = makeHandler(async () => ports);
    const context = { functionName: 'apply-retention', awsRequestId: 'r-1' } as never;
    await expect(handler({}, context)).rejects.toThrow();
    const run = await handler({ scheduledTime: NOT_SELECTED_DUE.toISOString() }, context);
    expect(run.removed.map(({ reference }) => reference)).toContain(waiting);
  });
});

describe('erasure on request', () => {
  const erase = (ports: MemoryPorts, reference: string, identity = bauskaWorker, identityChecked = true) =>
    eraseApplication(portsOf(ports, identity), staffRequest(identity, 'application.erase'), {
      reference,
      request: { identityChecked },
    });

  it('is refused once a published selection included the application: its result must stay provable', async () => {
    const { ports, waiting } = await publishedRound();
    const before = await ports.applications.get(waiting);
    await expect(erase(ports, waiting)).rejects.toEqual(new ConflictError('ERASURE_REFUSED_PUBLISHED_SELECTION'));
    await expect(ports.applications.get(waiting)).resolves.toEqual(before);
    expect(documentsOf(ports, waiting)).not.toEqual([]);
  });

  it('is refused while the application is on hold, and until the person’s identity was checked', async () => {
    const ports = memoryPorts({ rounds: [round] });
    const reference = await submitted(ports);
    await expect(erase(ports, reference, bauskaWorker, false)).rejects.toEqual(
      new RuleViolationError([{ code: 'IDENTITY_NOT_CHECKED', field: 'identityChecked' }]),
    );
    await placeHold(portsOf(ports, administrator), staffRequest(administrator, 'hold.place'), {
      reference,
      request: { reason: 'other', note: 'Tiesas pieprasījums' },
    });
    await expect(erase(ports, reference)).rejects.toEqual(new ConflictError('ERASURE_REFUSED_ON_HOLD'));
    await expect(ports.applications.get(reference)).resolves.toMatchObject({ hold: { reason: 'other' } });
  });

  it('removes the data and documents at once before publication, and the computed run goes stale', async () => {
    const ports = memoryPorts({ rounds: [round] });
    const [kept, erased] = [await submitted(ports), await submitted(ports)];
    await decide(ports, kept as string, 5);
    await decide(ports, erased as string, 9);
    const admin = portsOf(ports, administrator);
    await runSelection(admin, staffRequest(administrator, 'selection.run'), round.id);

    const answer = await erase(ports, erased as string);

    expect(answer).toMatchObject({ reference: erased, anonymised: { rule: 'erasure-request' } });
    expect(answer).not.toHaveProperty('name');
    await expect(ports.applications.get(erased as string)).resolves.toBeUndefined();
    expect(documentsOf(ports, erased as string)).toEqual([]);
    const [entry] = await ports.audit
      .forApplication(erased as string)
      .then((entries) => entries.filter((candidate) => candidate.action === 'application.erase'));
    expect(entry).toMatchObject({ outcome: 'succeeded', reason: 'ERASURE_REQUEST', actor: { username: 'bauska' } });
    const read = await getSelectionRun(admin, staffRequest(administrator, 'selection.read'), { roundId: round.id });
    expect(read.stale).toBe(true);
    // The application left the selection: run again, it is not a candidate any more.
    const rerun = await runSelection(admin, staffRequest(administrator, 'selection.run'), round.id);
    const bauska = await ports.selectionRuns.rows(round.id, rerun.answer.run.runId, 'LV-016');
    expect(bauska.filter((row) => row.rank !== undefined).map(({ reference }) => reference)).toEqual([kept]);
  });

  it('answers an application erased already with its record, changing nothing more', async () => {
    const ports = memoryPorts({ rounds: [round] });
    const reference = await submitted(ports);
    const first = await erase(ports, reference);
    await expect(erase(ports, reference)).resolves.toEqual(first);
    const entries = (await ports.audit.forApplication(reference)).filter(
      (entry) => entry.action === 'application.erase',
    );
    expect(entries.map((entry) => entry.reason)).toEqual(['ERASURE_REQUEST', 'ALREADY_ANONYMISED']);
  });

  it('finds neither the application nor its record for another municipality’s social worker', async () => {
    const ports = memoryPorts({ rounds: [round] });
    const reference = await submitted(ports);
    await expect(erase(ports, reference, jelgavaWorker)).rejects.toEqual(
      new NotFoundError('APPLICATION_NOT_FOUND', 'OTHER_MUNICIPALITY'),
    );
    await erase(ports, reference);
    await expect(
      getRetention(portsOf(ports, jelgavaWorker), staffRequest(jelgavaWorker, 'retention.read'), reference),
    ).rejects.toEqual(new NotFoundError('APPLICATION_NOT_FOUND', 'OTHER_MUNICIPALITY'));
  });
});

describe('the legal hold', () => {
  it('needs the words of a reason that is not an appeal, and stores nothing without them', async () => {
    const ports = memoryPorts({ rounds: [round] });
    const reference = await submitted(ports);
    const before = await ports.applications.get(reference);
    await expect(
      placeHold(portsOf(ports, bauskaWorker), staffRequest(bauskaWorker, 'hold.place'), {
        reference,
        request: { reason: 'other' },
      }),
    ).rejects.toEqual(new RuleViolationError([{ code: 'HOLD_NOTE_REQUIRED', field: 'note' }]));
    await expect(ports.applications.get(reference)).resolves.toEqual(before);
  });

  it('says what is due, and lifting a hold that is not there changes nothing but is audited', async () => {
    const { ports, waiting } = await publishedRound();
    const view = await getRetention(
      portsOf(ports, bauskaWorker),
      staffRequest(bauskaWorker, 'retention.read'),
      waiting,
    );
    expect(view).toMatchObject({
      reference: waiting,
      due: { rule: 'not-selected-period', at: NOT_SELECTED_DUE.toISOString() },
      erasure: { allowed: false, refusal: 'ERASURE_REFUSED_PUBLISHED_SELECTION' },
    });
    expect(view).not.toHaveProperty('hold');
    const before = await ports.applications.get(waiting);
    await liftHold(portsOf(ports, bauskaWorker), staffRequest(bauskaWorker, 'hold.lift'), waiting);
    await expect(ports.applications.get(waiting)).resolves.toEqual(before);
    const lifts = (await ports.audit.forApplication(waiting)).filter((entry) => entry.action === 'hold.lift');
    expect(lifts.map((entry) => entry.reason)).toEqual(['NOT_HELD']);
  });
});
