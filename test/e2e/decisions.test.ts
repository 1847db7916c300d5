import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, latvianDate, rigaCalendarDate } from '../../shared/domain/riga-time.ts';
import type { ApplicationStatusResponse } from '../../shared/schemas/api.ts';
import type { RoundRules, SocialService } from '../../shared/schemas/round.ts';
import type { SelectionRunResponse } from '../../shared/schemas/selection-api.ts';
import { files, legacyPersonalCode } from '../fixtures/personal-codes.ts';
import { validRequest } from '../fixtures/requests.ts';
import { apiClient } from '../helpers/api-client.ts';
import { openBrowser } from '../helpers/browser.ts';
import { type SentEmail, startTestSystem, type TestSystem } from '../helpers/local-system.ts';
import { type StaffRequestLog, staffClient } from '../helpers/staff-client.ts';
import { signInStaff } from '../helpers/staff-tokens.ts';
import { pressSubmit, typeInto, waitForPage, waitUntil } from '../helpers/web-keyboard.ts';
import { assertWebBuilt, checkPage } from '../helpers/web-pages.ts';
import { newPage } from '../helpers/web-system.ts';

/**
 * Decisions explained end to end: a round with one place in Bauska and its social service's contacts; one person
 * selected, one on the waiting list, one refused with a reason and words for the person. The receipt carries the
 * access code and the dates ahead; each decision e-mail and the status page say why, who decided, and how and by
 * when to contest. A lost link is sent again only to the address on file, and the answer never tells.
 */
let system: TestSystem;
let staff: ReturnType<typeof staffClient>;
let bauska: string;
let admin: string;
const log: StaffRequestLog = [];
const ROUND = 'decisions-2026';
const RIGA = 'Europe/Riga';

const service: SocialService = {
  name: { lv: 'Bauskas novada Sociālais dienests', en: 'Bauska social service' },
  address: 'Uzvaras iela 1, Bauska, LV-3901',
  phone: '+371 60000001',
  email: 'soc@bauska.example.lv',
};

function rigaDay(days: number): string {
  const date = new Date(`${rigaCalendarDate(new Date())}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const text = (en: string, lv: string) => ({ lv, en });
const rules: RoundRules = {
  name: text('Decisions round', 'Lēmumu kārta'),
  whoMayApply: text('Adults.', 'Pilngadīgie.'),
  municipalities: [
    { code: 'LV-016', name: text('Bauska municipality', 'Bauskas novads'), cap: 1, socialService: service },
  ],
  window: { firstDay: rigaDay(-1), lastDay: rigaDay(10), timeZone: RIGA },
  eligibleDisabilityGroups: [1, 2],
  requiresMentalDisorder: true,
  requiredDocuments: [
    { type: 'application-form', name: text('Form', 'Iesniegums'), description: text('Signed.', 'Parakstīts.') },
    { type: 'disability-proof', name: text('Proof', 'Dokuments'), description: text('Group.', 'Grupa.') },
  ],
  criteria: [{ id: 'need', name: text('Need', 'Vajadzība'), maxPoints: 10 }],
  resultsExpectedBy: rigaDay(40),
  retention: { notSelectedDays: 30, participantDays: 30 },
};

interface Applicant {
  reference: string;
  accessCode: string;
  email: string;
  language: 'lv' | 'en';
}
const people: Record<'selected' | 'waiting' | 'refused', Applicant> = {} as never;

async function apply(index: number, language: 'lv' | 'en'): Promise<Applicant> {
  const api = apiClient(system.apiUrl);
  const email = `decided${index}@example.lv`;
  const request = validRequest({
    person: { ...validRequest().person, personalCode: legacyPersonalCode(900 + index) },
    contact: { email, language },
  });
  const created = await api.create(ROUND, request);
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const { reference, accessCode } = created.body as { reference: string; accessCode: string };
  expect(await api.upload(reference, accessCode, 'application-form', files.pdf())).toBe(204);
  expect(await api.upload(reference, accessCode, 'disability-proof', files.png(), 'proof.png')).toBe(204);
  expect((await api.submit(reference, accessCode)).status).toBe(200);
  return { reference, accessCode, email, language };
}

async function decide(reference: string, body: Record<string, unknown>, points?: number) {
  const base = `/staff/applications/${reference}`;
  expect((await staff.call(bauska, 'PUT', `${base}/document-check`, { body: { verified: true } })).status).toBe(200);
  const decided = await staff.call(bauska, 'PUT', `${base}/eligibility`, { body });
  expect(decided.status, JSON.stringify(decided.body)).toBe(200);
  if (points !== undefined) {
    const scored = await staff.call(bauska, 'PUT', `${base}/scores`, {
      body: { points: { need: points }, justification: 'Assessed.' },
    });
    expect(scored.status, JSON.stringify(scored.body)).toBe(200);
  }
}

const mailTo = (mails: SentEmail[], email: string) => mails.filter((mail) => mail.destination.to.includes(email));
/** The text of the one e-mail to `email` among `mails`; there must be exactly one. */
function onlyMailTo(mails: SentEmail[], email: string): string {
  const to = mailTo(mails, email);
  expect(to).toHaveLength(1);
  return to[0]?.body.text ?? '';
}
const requestLink = (body: unknown) =>
  apiClient(system.apiUrl).call<{ message: { lv: string; en: string } }>('POST', '/applications/link-requests', {
    body,
  });

let receipts: SentEmail[] = [];
let results: SentEmail[] = [];
let deadline = '';

beforeAll(async () => {
  system = await startTestSystem();
  staff = staffClient(system.apiUrl, log);
  bauska = await signInStaff(system, 'bauska');
  admin = await signInStaff(system, 'admin');
  const saved = await staff.call(admin, 'PUT', `/staff/rounds/${ROUND}`, { body: rules });
  expect(saved.status, JSON.stringify(saved.body)).toBeLessThan(300);
  people.selected = await apply(1, 'lv');
  people.waiting = await apply(2, 'en');
  people.refused = await apply(3, 'lv');
  await system.waitForIdle();
  // Each draft was e-mailed its link to continue before it was sent in: the receipts are the rest.
  receipts = (await system.mail()).filter((mail) => /^(Pieteikums saņemts|Application received):/.test(mail.subject));
  await decide(people.selected.reference, { decision: 'eligible' }, 9);
  await decide(people.waiting.reference, { decision: 'eligible' }, 4);
  await decide(people.refused.reference, {
    decision: 'not-eligible',
    reason: 'not-resident-in-municipality',
    messageForPerson: 'Jūsu dzīvesvieta ir deklarēta Rīgā.',
    explanation: 'Checked in the register.',
  });
  const closed = await staff.call<{ window: { closesAt: string } }>(
    admin,
    'POST',
    `/staff/rounds/${ROUND}/intake-closure`,
  );
  expect(closed.status, JSON.stringify(closed.body)).toBe(200);
  system.clock.advanceTo(Date.parse(closed.body.window.closesAt));
  const ran = await staff.call<SelectionRunResponse>(admin, 'POST', `/staff/rounds/${ROUND}/selection-runs`);
  expect(ran.status, JSON.stringify(ran.body)).toBeLessThan(300);
  await system.clearMail();
  const published = await staff.call<SelectionRunResponse>(
    admin,
    'POST',
    `/staff/rounds/${ROUND}/selection-runs/${ran.body.run.runId}/publication`,
  );
  // Started at once; the results and their e-mails follow in the background.
  expect(published.status, JSON.stringify(published.body)).toBe(202);
  await system.waitForIdle();
  results = await system.mail();
  deadline = latvianDate(addMonths(rigaCalendarDate(new Date(system.clock.now())), 1));
}, 180_000);
afterAll(() => system?.stop());

describe('the receipt', () => {
  it('gives the access code as text, the dates ahead and the social service to call', () => {
    for (const person of Object.values(people)) {
      const [receipt] = mailTo(receipts, person.email);
      const body = receipt?.body.text ?? '';
      const withoutLink = body.replace(/https?:\S+/g, '');
      expect(withoutLink).toContain(person.accessCode);
      expect(body).toContain(person.language === 'lv' ? 'Piekļuves kods' : 'Access code');
      expect(body).toContain(latvianDate(rules.window.lastDay));
      expect(body).toContain(latvianDate(rules.resultsExpectedBy ?? ''));
      expect(body).toContain(service.phone);
      expect(body).toContain(service.email);
      expect(body).not.toMatch(/\d{6}-?\d{5}/);
    }
  });
});

describe('the decision e-mails', () => {
  it('tell the refused person the reason, the words for them, who decided, and how and by when to contest (lv)', () => {
    const body = onlyMailTo(results, people.refused.email);
    expect(body).toContain('Personas deklarētā dzīvesvieta nav šajā pašvaldībā.');
    expect(body).toContain('Jūsu dzīvesvieta ir deklarēta Rīgā.');
    expect(body).not.toContain('Checked in the register.');
    expect(body).toContain('Kas pieņēma lēmumu');
    expect(body).toContain(service.name.lv);
    expect(body).toContain(`līdz ${deadline}`);
    expect(body).toContain('drošu elektronisko parakstu');
    expect(body).toContain(service.address);
    expect(body).not.toMatch(/\d{6}-?\d{5}/);
  });

  it('tell the person on the waiting list the order, their place, who decided and how to contest (en)', () => {
    const body = onlyMailTo(results, people.waiting.email);
    expect(body).toContain('There is 1 place in the municipality.');
    expect(body).toContain('The places went to the applications with more points.');
    expect(body).toContain('Place on the waiting list: 1.');
    expect(body).toContain('Who decided');
    expect(body).toContain(service.name.en);
    expect(body).toContain(`by ${deadline}`);
    expect(body).toContain('secure electronic signature');
  });

  it('do not tell the selected person how to contest a place they got', () => {
    const body = mailTo(results, people.selected.email)[0]?.body.text ?? '';
    expect(body).toContain('jums ir vieta');
    expect(body).not.toContain('apstrīdēt');
  });
});

describe('the status page', () => {
  it('shows the same reason, who decided and the last day to contest', async () => {
    const { reference, accessCode } = people.refused;
    const answer = await apiClient(system.apiUrl).status(reference, accessCode);
    expect(answer.status).toBe(200);
    const status = answer.body as unknown as ApplicationStatusResponse;
    expect(status.result?.outcome).toBe('not-selected');
    const decision = status.result?.decision;
    expect(decision?.reason.map((line) => line.lv)).toContain('Personas deklarētā dzīvesvieta nav šajā pašvaldībā.');
    expect(decision?.messageForPerson).toBe('Jūsu dzīvesvieta ir deklarēta Rīgā.');
    expect(decision?.decidedBy).toEqual(service.name);
    expect(latvianDate(decision?.contestBy ?? '')).toBe(deadline);
    expect(decision?.contacts).toEqual(service);
  });

  it('shows the place on the waiting list', async () => {
    const { reference, accessCode } = people.waiting;
    const status = (await apiClient(system.apiUrl).status(reference, accessCode))
      .body as unknown as ApplicationStatusResponse;
    expect(status.result).toMatchObject({ outcome: 'waitlisted', position: 1 });
    expect(status.result?.decision?.reason.map((line) => line.en)).toContain('Place on the waiting list: 1.');
  });
});

describe('sending the link again', () => {
  it('answers a match and a mismatch alike, and e-mails only the address on file', async () => {
    await system.clearMail();
    const { reference, email, accessCode } = people.waiting;
    const match = await requestLink({ reference, email: email.toUpperCase() });
    const wrongEmail = await requestLink({ reference, email: 'stranger@example.lv' });
    const unknown = await requestLink({ reference: 'ZZZZ-9999', email });
    for (const answer of [match, wrongEmail, unknown]) expect(answer.status).toBe(202);
    expect(wrongEmail.body).toEqual(match.body);
    expect(unknown.body).toEqual(match.body);
    const mails = await system.mail();
    expect(mails).toHaveLength(1);
    expect(mails[0]?.destination.to).toEqual([email]);
    expect(mails[0]?.body.text?.replace(/https?:\S+/g, '')).toContain(accessCode);
    expect(mailTo(mails, 'stranger@example.lv')).toHaveLength(0);
  });

  it('sends at most three a day, and still answers the same', async () => {
    await system.clearMail();
    const { reference, email } = people.refused;
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await requestLink({ reference, email }));
    expect(answers.map((answer) => answer.status)).toEqual([202, 202, 202, 202, 202]);
    expect(new Set(answers.map((answer) => JSON.stringify(answer.body))).size).toBe(1);
    expect(mailTo(await system.mail(), email)).toHaveLength(3);
  });

  it('refuses a body that is not a number and an address, saying what is wrong', async () => {
    const answer = await requestLink({ reference: 'not a number', email: 'nope' });
    expect(answer.status).toBe(400);
    const paths = (answer.body as unknown as { error: { fields: { path: string }[] } }).error.fields.map(
      (field) => field.path,
    );
    expect(paths.sort()).toEqual(['email', 'reference']);
  });
});

describe('in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    assertWebBuilt();
    browser = await openBrowser();
  }, 60_000);
  afterAll(() => browser?.close());

  it('the status page shows the reason, the words, who decided, how and by when to contest', async () => {
    const page = await newPage(browser);
    await page.goto(`${system.apiUrl}/status#reference=${people.refused.reference}&code=${people.refused.accessCode}`);
    await page.locator('[data-testid="decision"]').waitFor({ timeout: 15_000 });
    const shown = await page.locator('[data-testid="decision"]').innerText();
    expect(shown).toContain('Personas deklarētā dzīvesvieta nav šajā pašvaldībā.');
    expect(shown).toContain('Jūsu dzīvesvieta ir deklarēta Rīgā.');
    expect(shown).toContain(service.name.lv);
    expect(shown).toContain(deadline);
    expect(shown).toContain('drošu elektronisko parakstu');
    expect(shown).toContain(service.phone);
    await checkPage(page, 'lv-status-decision');
  });

  it('"Lost your link?" on the status page sends the link and says the same for any answer', async () => {
    const page = await newPage(browser);
    await page.goto(`${system.apiUrl}/status`);
    await page.getByRole('link', { name: /Pazaudējāt saiti/ }).click();
    await waitForPage(page, '/status/send-link');
    await checkPage(page, 'lv-send-link');
    await typeInto(page, 'field-reference', people.selected.reference);
    await typeInto(page, 'field-email', 'nobody@example.lv');
    await pressSubmit(page);
    await waitUntil(
      page,
      `document.activeElement && document.activeElement.id === 'page-heading' && !!document.querySelector('[data-testid="link-request-sent"]')`,
      15_000,
    );
    expect(await page.locator('main').innerText()).toContain('Ja pieteikuma numurs un e-pasts sakrīt');
    await checkPage(page, 'lv-send-link-sent');
  });
});
