import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SelectionRunResponse } from '../../shared/schemas/selection-api.ts';
import type { StaffApplicationResponse } from '../../shared/schemas/staff-api.ts';
import { legacyPersonalCode } from '../fixtures/personal-codes.ts';
import { validRequest } from '../fixtures/requests.ts';
import { apiClient } from '../helpers/api-client.ts';
import { startTestSystem, type TestSystem } from '../helpers/local-system.ts';
import { auditProbe, type StaffRequestLog, staffClient } from '../helpers/staff-client.ts';
import { signInStaff } from '../helpers/staff-tokens.ts';

/**
 * The whole release on the demo round: 25 applicants in Bauska are decided and scored, intake is closed, the
 * selection runs, is published and e-mails each person once, and a withdrawal passes the place on.
 */
let system: TestSystem;
const log: StaffRequestLog = [];
let staff: ReturnType<typeof staffClient>;
let bauska: string;
let admin: string;
/** In the order the applications were received. */
const applicants: { reference: string; email: string; points: number }[] = [];

/** Scores with ties: equal totals must fall back to receipt order. */
const POINTS = [3, 9, 9, 1, 12, 7, 9, 20, 0, 5, 9, 14, 2, 7, 7, 18, 4, 11, 9, 6, 13, 1, 8, 10, 16];

async function apply(index: number) {
  const api = apiClient(system.apiUrl);
  const email = `person${index}@example.lv`;
  const request = validRequest({
    person: { ...validRequest().person, personalCode: legacyPersonalCode(500 + index) },
    contact: { email, language: index % 2 === 0 ? 'lv' : 'en' },
  });
  return { reference: await api.applyOnline('demo', request), email };
}

async function decideAndScore(reference: string, points: number) {
  const base = `/staff/applications/${reference}`;
  expect((await staff.call(bauska, 'PUT', `${base}/document-check`, { body: { verified: true } })).status).toBe(200);
  expect((await staff.call(bauska, 'PUT', `${base}/eligibility`, { body: { decision: 'eligible' } })).status).toBe(200);
  const split = {
    'support-need': Math.min(points, 10),
    'no-other-services': Math.min(Math.max(points - 10, 0), 5),
    'lives-alone': Math.max(points - 15, 0),
  };
  const scored = await staff.call(bauska, 'PUT', `${base}/scores`, {
    body: { points: split, justification: 'Assessed.' },
  });
  expect(scored.status, JSON.stringify(scored.body)).toBe(200);
}

beforeAll(async () => {
  system = await startTestSystem();
  staff = staffClient(system.apiUrl, log);
  bauska = await signInStaff(system, 'bauska');
  admin = await signInStaff(system, 'admin');
  for (const [index, points] of POINTS.entries()) applicants.push({ ...(await apply(index)), points });
}, 120_000);
afterAll(() => system?.stop());

/**
 * An early closing takes effect a short while after the request (see EARLY_CLOSING_DELAY_MS): the host's clock
 * moves to that instant instead of the test waiting for it.
 */
async function untilIntakeClosed(closesAt: string) {
  system.clock.advanceTo(Date.parse(closesAt));
  const round = (await apiClient(system.apiUrl).round('demo')).body as { intakeState: string };
  expect(round.intakeState).toBe('closed');
}

const latest = () => staff.call<SelectionRunResponse>(admin, 'GET', '/staff/rounds/demo/selection-runs/latest');
/** Bauska's result as the administrator reads it: the 25 applicants fit one page. */
const bauskaResult = async () =>
  (await staff.call<SelectionRunResponse>(admin, 'GET', '/staff/rounds/demo/selection-runs/latest?municipality=LV-016'))
    .body.result;
const decisions = (result: SelectionRunResponse['result'], decision: string) =>
  (result?.rows ?? []).filter((row) => row.decision === decision);
const run = () => staff.call<SelectionRunResponse>(admin, 'POST', '/staff/rounds/demo/selection-runs');
const resultsFor = (emails: string[]) => async () =>
  (await system.mail()).filter((mail) => emails.some((email) => mail.destination.to.includes(email)));

describe('selecting on the demo round', () => {
  it('refuses to run while intake is open', async () => {
    const answer = await run();
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({ error: { code: 'INTAKE_NOT_CLOSED' } });
  });

  it('refuses to run while applications are undecided, and lists every one of them', async () => {
    const closed = await staff.call<{ window: { closesAt: string } }>(
      admin,
      'POST',
      '/staff/rounds/demo/intake-closure',
    );
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    await untilIntakeClosed(closed.body.window.closesAt);
    const answer = await run();
    expect(answer.status).toBe(422);
    const listed = (answer.body as unknown as { error: { fields: { path: string }[] } }).error.fields.map(
      (field) => field.path,
    );
    expect(listed.sort()).toEqual(applicants.map(({ reference }) => `applications.${reference}`).sort());
  });

  it('selects exactly 10 in the order of score, then receipt, and waitlists the other 15 at positions 1–15', async () => {
    for (const { reference, points } of applicants) await decideAndScore(reference, points);
    const answer = await run();
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(answer.body.municipalities.find((counts) => counts.code === 'LV-016')).toMatchObject({
      selected: 10,
      waitlisted: 15,
    });
    const result = await bauskaResult();
    const expected = applicants
      .map((applicant, received) => ({ ...applicant, received }))
      .sort((a, b) => b.points - a.points || a.received - b.received)
      .map(({ reference }) => reference);
    expect(decisions(result, 'selected').map((row) => row.reference)).toEqual(expected.slice(0, 10));
    expect(decisions(result, 'waitlisted').map((row) => row.reference)).toEqual(expected.slice(10));
    expect(decisions(result, 'waitlisted').map((row) => row.position)).toEqual(
      Array.from({ length: 15 }, (_, i) => i + 1),
    );
  });

  it('gives the identical stored run when run again on the same data', async () => {
    const first = await latest();
    const again = await run();
    expect(again.status).toBe(200);
    expect(again.body.run.runId).toBe(first.body.run.runId);
    expect(again.body.run.inputsHash).toBe(first.body.run.inputsHash);
    expect(again.body.municipalities).toEqual(first.body.municipalities);
  });

  it('refuses to publish a run that is stale, until it is run again', async () => {
    const stale = (await latest()).body.run.runId;
    const last = applicants.at(-1) as { reference: string };
    const note = await staff.call(bauska, 'PUT', `/staff/applications/${last.reference}/scores`, {
      body: { points: { 'support-need': 10, 'no-other-services': 5, 'lives-alone': 3 }, justification: 'Re-assessed.' },
    });
    expect(note.status).toBe(200);
    expect((await latest()).body.stale).toBe(true);
    const refused = await staff.call(admin, 'POST', `/staff/rounds/demo/selection-runs/${stale}/publication`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: { code: 'SELECTION_STALE' } });
    // Put the score back: the same data gives the same run again, which is no longer stale.
    const points = applicants.at(-1)?.points ?? 0;
    await decideAndScore(last.reference, points);
    const rerun = await run();
    expect(rerun.body.run.runId).toBe(stale);
    expect((await latest()).body.stale).toBe(false);
  });

  it('publishes at once, and the job e-mails every applicant their result exactly once, even when published again', async () => {
    await system.waitForIdle();
    await system.clearMail();
    const { runId } = (await latest()).body.run;
    const published = await staff.call<SelectionRunResponse>(
      admin,
      'POST',
      `/staff/rounds/demo/selection-runs/${runId}/publication`,
    );
    expect(published.status, JSON.stringify(published.body)).toBe(202);
    expect(published.body.run).toMatchObject({ status: 'published', publication: { total: 25, emailed: 0 } });
    await system.waitForIdle();
    const again = await staff.call(admin, 'POST', `/staff/rounds/demo/selection-runs/${runId}/publication`);
    expect(again.status).toBe(200);
    await system.waitForIdle();
    expect((await latest()).body.run.publication).toMatchObject({
      recorded: 25,
      emailed: 25,
      notSentCount: 0,
      finishedAt: expect.any(String),
    });
    const mails = await resultsFor(applicants.map(({ email }) => email))();
    for (const { email } of applicants) {
      expect(
        mails.filter((mail) => mail.destination.to.includes(email)),
        email,
      ).toHaveLength(1);
    }
    const rerun = await run();
    expect(rerun.status).toBe(409);
    expect(rerun.body).toMatchObject({ error: { code: 'SELECTION_ALREADY_PUBLISHED' } });
  });

  it('passes a withdrawn place to waiting position 1, who is offered it and e-mailed once', async () => {
    const before = await bauskaResult();
    const leaving = decisions(before, 'selected')[3]?.reference as string;
    const first = decisions(before, 'waitlisted')[0]?.reference as string;
    const firstEmail = applicants.find(({ reference }) => reference === first)?.email as string;
    await system.clearMail();
    const withdrawn = await staff.call<StaffApplicationResponse>(
      bauska,
      'PUT',
      `/staff/applications/${leaving}/withdrawal`,
      {
        body: { reason: 'Moved to another municipality.' },
      },
    );
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
    expect(withdrawn.body.application.state).toBe('withdrawn');

    const after = await bauskaResult();
    expect(decisions(after, 'selected').map((row) => row.reference)).toContain(first);
    expect(decisions(after, 'selected')).toHaveLength(10);
    expect(decisions(after, 'waitlisted').map((row) => row.position)).toEqual(
      Array.from({ length: 14 }, (_, i) => i + 1),
    );
    expect(after).toMatchObject({ selected: 10, waitlisted: 14, excluded: 1 });
    expect(after?.promotions).toEqual([expect.objectContaining({ withdrawn: leaving, promoted: first })]);
    const promoted = await staff.call<StaffApplicationResponse>(bauska, 'GET', `/staff/applications/${first}`);
    expect(promoted.body.application.selection).toMatchObject({ outcome: 'selected', rank: 10 });

    await system.waitForIdle();
    const mails = await resultsFor([firstEmail])();
    expect(mails).toHaveLength(1);
  });

  it('shows the protocol of Bauska in rank order, and keeps Bauska’s results from Jelgava', async () => {
    const protocol = await staff.call<{ rows: { decision: string; rank: number | null }[] }>(
      bauska,
      'GET',
      '/staff/rounds/demo/protocol',
    );
    expect(protocol.status).toBe(200);
    expect(protocol.body.rows.filter((row) => row.decision === 'selected')).toHaveLength(10);
    const csv = await staff.call(bauska, 'GET', '/staff/rounds/demo/protocol?format=csv');
    expect(String(csv.body)).toContain('rank,reference,totalScore,receivedAt,decision,position,reason');
    const jelgava = await signInStaff(system, 'jelgava');
    const theirs = await staff.call<SelectionRunResponse>(jelgava, 'GET', '/staff/rounds/demo/selection-runs/latest');
    expect(theirs.body.municipalities.map((counts) => counts.code)).toEqual(['LV-JEL']);
    expect(theirs.body.result).toMatchObject({ municipalityCode: 'LV-JEL', rows: [] });
    expect((await staff.call(jelgava, 'GET', '/staff/rounds/demo/protocol?municipality=LV-016')).status).toBe(403);
  });

  it('left one audit entry per staff request', async () => {
    const ids = (await auditProbe(system).entries()).map((entry) => entry.id).sort();
    expect(ids).toEqual(log.map((request) => request.requestId).sort());
  });
});
