import { describe, expect, it } from 'vitest';
import { windowInstants } from '../../shared/domain/intake-window.ts';
import { EARLY_CLOSING_DELAY_MS } from '../../shared/domain/round-rules.ts';
import type { RoundResponse } from '../../shared/schemas/api.ts';
import type { Application, CreateApplicationRequest } from '../../shared/schemas/application.ts';
import type { AuditEntry } from '../../shared/schemas/audit.ts';
import type { Round, RoundRules } from '../../shared/schemas/round.ts';
import { files, legacyPersonalCode } from '../fixtures/personal-codes.ts';
import { validRequest } from '../fixtures/requests.ts';
import { errorOf, expectOk, expectRefused, fieldsOf } from '../helpers/http-answers.ts';
import { auditProbe, type StaffAnswer } from '../helpers/staff-client.ts';
import { systemForFile } from '../helpers/system-for-file.ts';

/**
 * Administrators run intake rounds as data: creating and editing a round, the rules frozen once intake opens,
 * closing intake early (with submissions in flight) and extending it, each audited like every staff request.
 * Each test works on rounds of its own, so the demo round stays as seeded.
 */

const RIGA = 'Europe/Riga';

const file = systemForFile(['admin', 'bauska'] as const);
const { log, tokens } = file;
type Who = keyof typeof tokens;

// Rounds ------------------------------------------------------------------------------------------------------

/** A calendar date in Riga, `days` from today. */
function rigaDay(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: RIGA }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const text = (en: string, lv: string) => ({ lv, en });

/** Valid rules with two municipalities; `opensIn` days from today (negative: open already), for ten days. */
function rules(opensIn: number, overrides: Partial<RoundRules> = {}): RoundRules {
  return {
    name: text('Spring intake', 'Pavasara pieteikšanās'),
    whoMayApply: text('Adults with disability group 1 or 2.', 'Pilngadīgas personas ar 1. vai 2. grupu.'),
    municipalities: [
      { code: 'LV-016', name: text('Bauska municipality', 'Bauskas novads'), cap: 5 },
      { code: 'LV-JEL', name: text('Jelgava city', 'Jelgavas pilsēta'), cap: 5 },
    ],
    window: { firstDay: rigaDay(opensIn), lastDay: rigaDay(opensIn + 10), timeZone: RIGA },
    eligibleDisabilityGroups: [1, 2],
    requiresMentalDisorder: true,
    requiredDocuments: [
      {
        type: 'application-form',
        name: text('Application form', 'Iesniegums'),
        description: text('The signed form.', 'Parakstīta veidlapa.'),
      },
      {
        type: 'disability-proof',
        name: text('Proof of disability', 'Dokuments par invaliditāti'),
        description: text('Group 1 or 2.', '1. vai 2. grupa.'),
      },
    ],
    criteria: [
      { id: 'support-need', name: text('Need for support', 'Atbalsta vajadzība'), maxPoints: 10 },
      { id: 'lives-alone', name: text('Lives alone', 'Dzīvo viens'), maxPoints: 5 },
    ],
    retention: { notSelectedDays: 60, participantDays: 60 },
    ...overrides,
  };
}

const roundPath = (roundId: string) => `/staff/rounds/${roundId}`;
const save = (who: Who, roundId: string, body: unknown) =>
  file.staff.call<RoundResponse>(tokens[who], 'PUT', roundPath(roundId), { body });
const close = (who: Who, roundId: string) =>
  file.staff.call<RoundResponse>(tokens[who], 'POST', `${roundPath(roundId)}/intake-closure`);
const extend = (who: Who, roundId: string, lastDay: string) =>
  file.staff.call<RoundResponse>(tokens[who], 'PUT', `${roundPath(roundId)}/intake-window`, { body: { lastDay } });

async function publicRound(roundId: string): Promise<RoundResponse> {
  const answer = await file.api.round(roundId);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body as unknown as RoundResponse;
}

async function create(roundId: string, body: RoundRules): Promise<RoundResponse> {
  const answer = await save('admin', roundId, body);
  expectOk(answer, 201);
  return answer.body;
}

// Answers -----------------------------------------------------------------------------------------------------

async function auditEntryOf(answer: StaffAnswer<unknown>): Promise<AuditEntry | undefined> {
  return (await auditProbe(file.system).entries()).find((entry) => entry.id === answer.requestId);
}

// Applicants --------------------------------------------------------------------------------------------------

let applicantCount = 0;

/** A new person (a personal code of their own) in Bauska or Jelgava, taking turns. */
function newPerson(): CreateApplicationRequest['person'] {
  applicantCount += 1;
  return {
    ...validRequest().person,
    personalCode: legacyPersonalCode(300 + applicantCount),
    municipalityCode: applicantCount % 2 === 0 ? 'LV-016' : 'LV-JEL',
  };
}

/** Creates a draft in `roundId` and uploads both documents: everything but the submission. */
async function startApplication(roundId: string): Promise<{ reference: string; accessCode: string }> {
  const created = await file.api.create(roundId, validRequest({ person: newPerson() }));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const { reference, accessCode } = created.body;
  expect(await file.api.upload(reference, accessCode, 'application-form', files.pdf())).toBe(204);
  expect(await file.api.upload(reference, accessCode, 'disability-proof', files.png(), 'proof.png')).toBe(204);
  return { reference, accessCode };
}

async function stored(reference: string): Promise<Application> {
  const item = await file.storage.application(reference);
  expect(item, `application ${reference} is stored`).toBeDefined();
  return item as Application;
}

// Tests -------------------------------------------------------------------------------------------------------

describe('creating and editing a round', () => {
  it('creates a round and answers with it exactly as the public reads it back', async () => {
    const body = rules(5);
    const answer = await save('admin', 'spring-intake', body);
    expectOk(answer, 201);
    expect(answer.body).toEqual(await publicRound('spring-intake'));
    expect(answer.body).toMatchObject({ id: 'spring-intake', ...body, intakeState: 'not-yet-open', revision: 1 });
    expect(answer.body.window.opensAt).toBe(windowInstants(body.window).opensAt.toISOString());
    expect(answer.body.windowChanges).toBeUndefined();

    const listed = await file.api.call<{ rounds: Array<{ id: string }> }>('GET', '/rounds');
    expect(listed.body.rounds.map((round) => round.id)).toContain('spring-intake');

    expect(await auditEntryOf(answer)).toMatchObject({
      action: 'round.save',
      roundId: 'spring-intake',
      outcome: 'succeeded',
      actor: { username: 'admin', role: 'administrator' },
    });
  });

  it('edits the rules while intake has not opened, and sending the same rules again changes nothing', async () => {
    const edited = rules(5, { municipalities: [{ code: 'LV-099', name: text('Tukums', 'Tukums'), cap: 3 }] });
    const answer = await save('admin', 'spring-intake', edited);
    expectOk(answer);
    expect(answer.body).toMatchObject({ municipalities: edited.municipalities, revision: 2 });
    expect(await publicRound('spring-intake')).toEqual(answer.body);

    const again = await save('admin', 'spring-intake', edited);
    expectOk(again);
    expect(again.body).toEqual(answer.body);
    expect(await auditEntryOf(again)).toMatchObject({ action: 'round.save', outcome: 'succeeded' });
  });

  const invalid: Array<{ name: string; body: unknown; status: number; code: string; fields: string[] }> = [
    {
      name: 'a last day before the first day',
      body: rules(5, { window: { firstDay: rigaDay(5), lastDay: rigaDay(4), timeZone: RIGA } }),
      status: 422,
      code: 'LAST_DAY_BEFORE_FIRST_DAY',
      fields: ['LAST_DAY_BEFORE_FIRST_DAY@window.lastDay'],
    },
    {
      name: 'an unknown time zone',
      body: rules(5, { window: { firstDay: rigaDay(5), lastDay: rigaDay(6), timeZone: 'Europe/Atlantis' } }),
      status: 422,
      code: 'TIME_ZONE_UNKNOWN',
      fields: ['TIME_ZONE_UNKNOWN@window.timeZone'],
    },
    {
      name: 'a municipality listed twice',
      body: rules(5, {
        municipalities: [
          { code: 'LV-016', name: text('Bauska', 'Bauska'), cap: 5 },
          { code: 'LV-016', name: text('Bauska again', 'Bauska vēlreiz'), cap: 2 },
        ],
      }),
      status: 422,
      code: 'MUNICIPALITY_DUPLICATE',
      fields: ['MUNICIPALITY_DUPLICATE@municipalities.1.code'],
    },
    {
      name: 'two criteria with one id',
      body: rules(5, {
        criteria: [
          { id: 'need', name: text('Need', 'Vajadzība'), maxPoints: 5 },
          { id: 'need', name: text('Need again', 'Vajadzība vēlreiz'), maxPoints: 5 },
        ],
      }),
      status: 422,
      code: 'CRITERION_DUPLICATE',
      fields: ['CRITERION_DUPLICATE@criteria.1.id'],
    },
    {
      name: 'criteria worth more than 9999 points together',
      body: rules(5, {
        criteria: [
          { id: 'need', name: text('Need', 'Vajadzība'), maxPoints: 5000 },
          { id: 'alone', name: text('Alone', 'Viens'), maxPoints: 5000 },
        ],
      }),
      status: 422,
      code: 'CRITERIA_TOTAL_TOO_HIGH',
      fields: ['CRITERIA_TOTAL_TOO_HIGH@criteria'],
    },
    {
      name: 'a criterion worth no points',
      body: rules(5, { criteria: [{ id: 'need', name: text('Need', 'Vajadzība'), maxPoints: 0 }] }),
      status: 400,
      code: 'VALIDATION_FAILED',
      fields: ['FIELD_NOT_ALLOWED_VALUE@criteria.0.maxPoints'],
    },
    {
      name: 'a municipality with no places',
      body: rules(5, { municipalities: [{ code: 'LV-016', name: text('Bauska', 'Bauska'), cap: 0 }] }),
      status: 400,
      code: 'VALIDATION_FAILED',
      fields: ['FIELD_NOT_ALLOWED_VALUE@municipalities.0.cap'],
    },
    {
      name: 'no municipality, no document and no disability group',
      body: rules(5, { municipalities: [], requiredDocuments: [], eligibleDisabilityGroups: [] }),
      status: 400,
      code: 'VALIDATION_FAILED',
      fields: [
        'FIELD_TOO_SHORT@municipalities',
        'FIELD_TOO_SHORT@eligibleDisabilityGroups',
        'FIELD_TOO_SHORT@requiredDocuments',
      ],
    },
    {
      name: 'an early closing or an id, which are not the administrator’s to send',
      body: {
        ...rules(5),
        id: 'other-round',
        window: { ...rules(5).window, closedEarlyAt: new Date().toISOString() },
      },
      status: 400,
      code: 'VALIDATION_FAILED',
      fields: ['FIELD_UNKNOWN@window.closedEarlyAt', 'FIELD_UNKNOWN@id'],
    },
    {
      name: 'several mistakes at once, each with its field',
      body: rules(5, {
        window: { firstDay: rigaDay(5), lastDay: rigaDay(4), timeZone: 'europe/riga' },
        requiredDocuments: [...rules(5).requiredDocuments, ...rules(5).requiredDocuments.slice(0, 1)],
      }),
      status: 422,
      code: 'VALIDATION_FAILED',
      fields: [
        'LAST_DAY_BEFORE_FIRST_DAY@window.lastDay',
        'TIME_ZONE_UNKNOWN@window.timeZone',
        'DOCUMENT_REQUIREMENT_DUPLICATE@requiredDocuments.2.type',
      ],
    },
  ];

  it.each(invalid)('refuses $name with its code, and stores nothing', async ({ body, status, code, fields }) => {
    const before = await file.storage.snapshot();
    const answer = await save('admin', 'never-stored', body);
    expectRefused(answer, status, code);
    expect(fieldsOf(answer).sort()).toEqual([...fields].sort());
    expect(await file.storage.snapshot()).toEqual(before);
    expect((await file.api.round('never-stored')).status).toBe(404);
    expect(await auditEntryOf(answer)).toMatchObject({ action: 'round.save', outcome: 'refused' });
  });

  it('refuses a malformed round id as a mistake to fix', async () => {
    const answer = await save('admin', 'Spring_Intake', rules(5));
    expectRefused(answer, 422, 'ROUND_ID_INVALID');
    expect(fieldsOf(answer)).toEqual(['ROUND_ID_INVALID@roundId']);
  });

  it('loses no administrator’s change when several save one round at once', async () => {
    const sent = [31, 32, 33, 34, 35];
    const answers = await Promise.all(
      sent.map((days) =>
        save('admin', 'busy-round', rules(5, { retention: { notSelectedDays: days, participantDays: 60 } })),
      ),
    );
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(1);
    for (const answer of answers.filter((candidate) => candidate.status >= 300)) {
      expectRefused(answer, 409, 'ROUND_CHANGED');
    }
    // Each change answered with success was stored after the one before it: none overwrote another unseen.
    const stored = sent.filter((_, index) => (answers[index]?.status ?? 500) < 300);
    const round = await publicRound('busy-round');
    expect(round.revision).toBe(stored.length);
    expect(stored).toContain(round.retention.notSelectedDays);
  });

  it('refuses a social worker, stores nothing and audits the refusal', async () => {
    const before = await file.storage.snapshot();
    const refusals = [
      await save('bauska', 'workers-round', rules(5)),
      await close('bauska', 'demo'),
      await extend('bauska', 'demo', rigaDay(60)),
    ];
    for (const [answer, action] of [
      [refusals[0], 'round.save'],
      [refusals[1], 'intake.close'],
      [refusals[2], 'intake.extend'],
    ] as const) {
      expectRefused(answer as StaffAnswer<unknown>, 403, 'STAFF_ROLE_FORBIDDEN');
      expect(await auditEntryOf(answer as StaffAnswer<unknown>)).toMatchObject({
        action,
        outcome: 'refused',
        reason: 'STAFF_ROLE_FORBIDDEN',
        actor: { username: 'bauska', role: 'social-worker' },
      });
    }
    expect(await file.storage.snapshot()).toEqual(before);
    expect((await file.api.round('workers-round')).status).toBe(404);
  });
});

describe('the rules once intake has opened', () => {
  it('refuses any change of the rules, and accepts the same rules again', async () => {
    const body = rules(-1);
    const created = await create('open-round', body);
    expect(created.intakeState).toBe('open');

    const before = await file.storage.snapshot();
    for (const changed of [
      rules(-1, { retention: { notSelectedDays: 61, participantDays: 60 } }),
      rules(-1, { window: { ...body.window, firstDay: rigaDay(1) } }),
      rules(-1, { municipalities: body.municipalities.map((municipality) => ({ ...municipality, cap: 6 })) }),
      rules(-1, { criteria: [] }),
    ]) {
      expectRefused(await save('admin', 'open-round', changed), 409, 'ROUND_FROZEN');
    }
    expect(await file.storage.snapshot()).toEqual(before);

    const same = await save('admin', 'open-round', body);
    expectOk(same);
    expect(same.body).toEqual(created);
  });

  it('freezes the seeded demo round too', async () => {
    const demo = await publicRound('demo');
    const { id: _id, intakeState: _state, revision: _revision, windowChanges: _changes, ...seeded } = demo;
    const { opensAt: _opensAt, closesAt: _closesAt, ...window } = seeded.window;
    const answer = await save('admin', 'demo', {
      ...seeded,
      window,
      retention: { ...seeded.retention, notSelectedDays: 31 },
    });
    expectRefused(answer, 409, 'ROUND_FROZEN');
    expect(await auditEntryOf(answer)).toMatchObject({ roundId: 'demo', outcome: 'refused', reason: 'ROUND_FROZEN' });
  });
});

describe('closing intake early and extending it', () => {
  const ROUND = 'closing-round';
  const body = rules(-2);
  let closedEarlyAt = '';
  const unsubmitted: { reference: string; accessCode: string }[] = [];

  it('refuses to close intake that is not open, or a round that does not exist', async () => {
    await create('later-round', rules(3));
    expectRefused(await close('admin', 'later-round'), 409, 'INTAKE_NOT_OPEN_NOW');
    expectRefused(await close('admin', 'no-such-round'), 404, 'ROUND_NOT_FOUND');
    expectRefused(await extend('admin', 'no-such-round', rigaDay(30)), 404, 'ROUND_NOT_FOUND');
    expect((await publicRound('later-round')).window.closedEarlyAt).toBeUndefined();
  });

  it('closes once when several administrators close at the same time', async () => {
    await create('double-closing', rules(-1));
    const answers = await Promise.all([1, 2, 3, 4].map(() => close('admin', 'double-closing')));
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1);
    for (const answer of answers.filter((candidate) => candidate.status !== 200)) {
      expect(answer.status, JSON.stringify(answer.body)).toBe(409);
      expect(['INTAKE_NOT_OPEN_NOW', 'ROUND_CHANGED']).toContain(errorOf(answer)?.code);
    }
    expect((await publicRound('double-closing')).windowChanges).toHaveLength(1);
  });

  it('decides every submission in flight by its receipt time against the closing instant, and loses none', async () => {
    await create(ROUND, body);
    const applications = [];
    for (let index = 0; index < 20; index++) applications.push(await startApplication(ROUND));
    const withTheClosing = applications.slice(0, 10);
    const atTheClosing = applications.slice(10);

    // Half are sent together with the closing request.
    const [closing, ...early] = await Promise.all([
      close('admin', ROUND),
      ...withTheClosing.map(({ reference, accessCode }) => file.api.submit(reference, accessCode)),
    ]);
    expectOk(closing as StaffAnswer<unknown>);
    const closed = (closing as StaffAnswer<RoundResponse>).body;
    closedEarlyAt = closed.window.closedEarlyAt as string;
    const closingEntry = await auditEntryOf(closing as StaffAnswer<unknown>);
    expect(closingEntry).toMatchObject({ action: 'intake.close', roundId: ROUND, outcome: 'succeeded' });
    const requestedAt = new Date(closingEntry?.at as string).getTime();
    expect(new Date(closedEarlyAt).getTime()).toBe(requestedAt + EARLY_CLOSING_DELAY_MS);
    expect(closed.window.closesAt).toBe(new Date(closedEarlyAt).toISOString());
    // When and what, never who: the audit entry names the administrator.
    expect(closed.windowChanges).toEqual([{ change: 'closed-early', at: closingEntry?.at, closedAt: closedEarlyAt }]);
    expect(await publicRound(ROUND)).toEqual({ ...closed, intakeState: expect.any(String) });

    // The other half straddle the closing instant, 25 ms apart: the host's clock moves to each instant instead of
    // the test waiting for it, and never moves back, so those sent from the instant on are surely received after it.
    const closingAt = new Date(closedEarlyAt).getTime();
    const late: Array<{ status: number; body: unknown }> = [];
    for (const [index, { reference, accessCode }] of atTheClosing.entries()) {
      file.system.clock.advanceTo(closingAt - 100 + index * 25);
      late.push(await file.api.submit(reference, accessCode));
    }

    const answers = [...early, ...late] as Array<{ status: number; body: unknown }>;
    let submitted = 0;
    let refused = 0;
    for (const [index, { reference, accessCode }] of applications.entries()) {
      const answer = answers[index] as { status: number; body: unknown };
      const application = await stored(reference);
      if (answer.status === 200) {
        submitted += 1;
        expect(application.status).toBe('submitted');
        expect(application.receivedAt, reference).toBeDefined();
        expect((application.receivedAt as string) < closedEarlyAt, `${reference} received before the closing`).toBe(
          true,
        );
      } else {
        refused += 1;
        expect({ status: answer.status, code: errorOf(answer)?.code }).toEqual({
          status: 422,
          code: 'INTAKE_CLOSED',
        });
        expect(application.status).toBe('draft');
        unsubmitted.push({ reference, accessCode });
      }
    }
    expect(submitted + refused).toBe(applications.length);
    // Sent with the closing request, long before the instant it took effect: all of them stand.
    for (const answer of early) expect((answer as { status: number }).status).toBe(200);
    // Sent at or after the instant: refused.
    for (const answer of late.slice(4)) expect(answer.status).toBe(422);
    expect(refused).toBeGreaterThanOrEqual(late.length - 4);

    // Nothing stored as submitted was received at or after the closing instant.
    const late_submissions = (await file.storage.items()).filter(
      (item) => item.roundId === ROUND && item.status === 'submitted' && (item.receivedAt as string) >= closedEarlyAt,
    );
    expect(late_submissions).toEqual([]);
  });

  it('refuses new applications, uploads and a second closing once closed', async () => {
    expect(file.system.clock.now().getTime()).toBeGreaterThanOrEqual(new Date(closedEarlyAt).getTime());
    const round = await publicRound(ROUND);
    expect(round.intakeState).toBe('closed');
    expect(round.window.closesAt).toBe(closedEarlyAt);

    const created = await file.api.create(ROUND, validRequest({ person: newPerson() }));
    expect({ status: created.status, code: errorOf(created)?.code }).toEqual({ status: 422, code: 'INTAKE_CLOSED' });
    const [draft] = unsubmitted;
    const form = await file.api.uploadForm(draft?.reference as string, draft?.accessCode as string, 'application-form');
    expect({ status: form.status, code: errorOf(form)?.code }).toEqual({ status: 422, code: 'INTAKE_CLOSED' });

    const again = await close('admin', ROUND);
    expectRefused(again, 409, 'INTAKE_NOT_OPEN_NOW');
    expect(await auditEntryOf(again)).toMatchObject({ outcome: 'refused', reason: 'INTAKE_NOT_OPEN_NOW' });
  });

  it('extends the window only to a later last day, which opens intake again', async () => {
    const notLater = await extend('admin', ROUND, body.window.lastDay);
    expectRefused(notLater, 422, 'LAST_DAY_NOT_LATER');
    expect(fieldsOf(notLater)).toEqual(['LAST_DAY_NOT_LATER@lastDay']);
    expectRefused(
      await file.staff.call(tokens.admin, 'PUT', `${roundPath(ROUND)}/intake-window`, {
        body: { lastDay: '16.08.2019' },
      }),
      400,
      'VALIDATION_FAILED',
    );

    const lastDay = rigaDay(20);
    const extended = await extend('admin', ROUND, lastDay);
    expectOk(extended);
    expect(extended.body.intakeState).toBe('open');
    expect(extended.body.window.lastDay).toBe(lastDay);
    expect(extended.body.window.closedEarlyAt).toBeUndefined();
    expect(extended.body.window.closesAt).toBe(windowInstants({ ...body.window, lastDay }).closesAt.toISOString());
    const entry = await auditEntryOf(extended);
    expect(entry).toMatchObject({ action: 'intake.extend', roundId: ROUND, outcome: 'succeeded' });
    expect(extended.body.windowChanges?.map(({ change, at }) => ({ change, at }))).toEqual([
      { change: 'closed-early', at: expect.any(String) },
      { change: 'extended', at: entry?.at },
    ]);
    expect(extended.body.windowChanges?.at(-1)).toEqual({ change: 'extended', at: entry?.at, lastDay });
    expect(await publicRound(ROUND)).toEqual(extended.body);

    // The stored round keeps who changed its window; the public answer names nobody.
    const storedRound = (await file.storage.items()).find((item) => item.pk === 'ROUNDS' && item.sk === ROUND) as Round;
    const changedBy = (storedRound.windowChanges ?? []).map((change) => change.by);
    expect(changedBy.map((by) => by.username)).toEqual(['admin', 'admin']);
    const publicAnswer = await file.api.call('GET', `/rounds/${ROUND}`);
    for (const by of changedBy) {
      for (const identity of [by.subject, by.displayName, `"${by.username}"`]) {
        expect(JSON.stringify(publicAnswer.body)).not.toContain(identity);
      }
    }
    expect(JSON.stringify(publicAnswer.body)).not.toMatch(/"(by|subject|username|displayName)"/);

    // Those refused at the closing can now send their applications.
    for (const { reference, accessCode } of unsubmitted) {
      expect((await file.api.submit(reference, accessCode)).status).toBe(200);
      expect((await stored(reference)).status).toBe('submitted');
    }
    expect((await file.api.create(ROUND, validRequest({ person: newPerson() }))).status).toBe(201);

    // The rules stay frozen; the form sent again with the new last day is the same rules.
    expectOk(await save('admin', ROUND, { ...body, window: { ...body.window, lastDay } }));
    expectRefused(await save('admin', ROUND, body), 409, 'ROUND_FROZEN');
  });
});

describe('the audit log', () => {
  it('has one entry for every staff request of this file', async () => {
    const ids = new Set((await auditProbe(file.system).entries()).map((entry) => entry.id));
    for (const { requestId } of log) expect(ids.has(requestId), requestId).toBe(true);
  });
});
