import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../shared/routes.ts';
import type { AuditEntry } from '../../shared/schemas/audit.ts';
import { files, legacyPersonalCode } from '../fixtures/personal-codes.ts';
import { validRequest } from '../fixtures/requests.ts';
import { apiClient } from '../helpers/api-client.ts';
import { startTestSystem, type TestSystem } from '../helpers/local-system.ts';
import { auditProbe, type StaffRequestLog, staffClient } from '../helpers/staff-client.ts';
import { expiredStaffToken, signInStaff, tokenSignedByAnotherKey } from '../helpers/staff-tokens.ts';
import { storageProbe } from '../helpers/storage.ts';

/**
 * Every staff route × every kind of caller, generated from the route table so a new staff route is covered the
 * day it is added. The target is always Bauska's (LV-016): its own social worker and the administrator may act,
 * nobody else, and every request, allowed or refused, leaves exactly one audit entry.
 */
const CALLERS = [
  'no token',
  'expired token',
  'token signed by another key',
  'another municipality',
  'own municipality',
  'administrator',
] as const;
type Caller = (typeof CALLERS)[number];

const staffRoutes = routes.filter((route) => route.access !== 'public');

let system: TestSystem;
const log: StaffRequestLog = [];
let staff: ReturnType<typeof staffClient>;
const tokens = {} as Record<Caller, string | undefined>;
/** Bauska's applications the routes act on. */
const target = { application: '', duplicate: '', duplicateOf: '', paperDraft: '', erasable: '' };

async function applyOnline(personalCode: string) {
  const api = apiClient(system.apiUrl);
  const reference = await api.applyOnline('demo', validRequest({ person: { ...validRequest().person, personalCode } }));
  // Staff get a document only once the malware scan has tagged it, shortly after the upload.
  await storageProbe(system).waitForScans('demo', reference);
  return reference;
}

function paperRequest() {
  const { municipalityCode: _, ...person } = validRequest().person;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Riga' }).format(new Date());
  return {
    person: { ...person, personalCode: legacyPersonalCode(900 + log.length) },
    contact: { language: 'lv' },
    consent: true,
    office: { receivedOn: today, receivedAtTime: '00:05', receivedBy: 'Office clerk' },
  };
}

async function uploadScan(token: string, reference: string, type: string) {
  const form = await staff.call<{ url: string; fields: Record<string, string> }>(
    token,
    'POST',
    `/staff/applications/${reference}/paper-documents/${type}`,
  );
  expect(form.status).toBe(200);
  const data = new FormData();
  for (const [name, value] of Object.entries(form.body.fields)) data.append(name, value);
  data.append('file', new Blob([files.pdf()]), 'scan.pdf');
  expect((await fetch(form.body.url, { method: 'POST', body: data })).status).toBe(204);
}

beforeAll(async () => {
  system = await startTestSystem();
  staff = staffClient(system.apiUrl, log);
  tokens['no token'] = undefined;
  tokens['expired token'] = await expiredStaffToken(system, 'bauska');
  tokens['token signed by another key'] = await tokenSignedByAnotherKey(system, 'bauska');
  tokens['another municipality'] = await signInStaff(system, 'jelgava');
  tokens['own municipality'] = await signInStaff(system, 'bauska');
  tokens.administrator = await signInStaff(system, 'admin');

  target.application = await applyOnline(legacyPersonalCode(1));
  target.duplicateOf = await applyOnline(legacyPersonalCode(2));
  target.duplicate = await applyOnline(legacyPersonalCode(2));
  // Erased by the first caller allowed to: the other routes keep their target.
  target.erasable = await applyOnline(legacyPersonalCode(3));
  const bauska = tokens['own municipality'] as string;
  const registered = await staff.call<{ reference: string }>(bauska, 'POST', '/staff/rounds/demo/paper-applications', {
    body: paperRequest(),
    headers: { 'idempotency-key': randomUUID() },
  });
  expect(registered.status).toBe(201);
  target.paperDraft = registered.body.reference;
  for (const type of ['application-form', 'disability-proof']) await uploadScan(bauska, target.paperDraft, type);
}, 60_000);
afterAll(() => system?.stop());

/** The request each route gets: valid for the allowed callers, aimed at Bauska for the others. */
function requestFor(
  handler: string,
  caller: Caller,
): { path: string; body?: unknown; headers?: Record<string, string> } {
  const application = `/staff/applications/${target.application}`;
  // Round routes take the municipality from the token; naming Bauska is how another one would reach for it.
  const bauskaQueue = caller === 'own municipality' ? '' : '?municipality=LV-016';
  switch (handler) {
    case 'list-queue':
      return { path: `/staff/rounds/demo/applications${bauskaQueue}` };
    case 'search-queue':
      return {
        path: '/staff/rounds/demo/applications/search',
        body: { text: legacyPersonalCode(1), ...(caller !== 'own municipality' && { municipality: 'LV-016' }) },
      };
    case 'count-waiting':
      return { path: '/staff/rounds/demo/waiting' };
    case 'export-queue':
      return { path: `/staff/rounds/demo/export${bauskaQueue}` };
    case 'register-paper-application':
      return {
        path: '/staff/rounds/demo/paper-applications',
        body: paperRequest(),
        headers: { 'idempotency-key': randomUUID() },
      };
    case 'get-staff-application':
      return { path: application };
    case 'get-document-link':
      return { path: `${application}/documents/application-form` };
    case 'check-documents':
      return { path: `${application}/document-check`, body: { verified: true } };
    case 'decide-eligibility':
      return { path: `${application}/eligibility`, body: { decision: 'not-eligible', reason: 'documents-invalid' } };
    case 'record-scores':
      return {
        path: `${application}/scores`,
        body: {
          points: { 'support-need': 4, 'no-other-services': 2, 'lives-alone': 1 },
          justification: 'Assessed at home',
        },
      };
    case 'add-note':
      return { path: `${application}/notes`, body: { text: 'Called the representative.' } };
    case 'list-duplicates':
      return { path: `/staff/applications/${target.duplicate}/duplicates` };
    case 'resolve-duplicates':
      return {
        path: `/staff/applications/${target.duplicate}/duplicate-resolution`,
        body: { standing: target.duplicateOf, reason: 'The first application stands.' },
      };
    case 'create-paper-upload-form':
      return { path: `/staff/applications/${target.paperDraft}/paper-documents/application-form` };
    case 'submit-paper-application':
      return { path: `/staff/applications/${target.paperDraft}/paper-submission` };
    case 'list-audit-entries': {
      const today = new Date().toISOString().slice(0, 10);
      return { path: `/staff/audit?from=${today}&to=${today}` };
    }
    case 'record-withdrawal':
      return { path: `${application}/withdrawal`, body: { reason: 'Moved away.' } };
    case 'get-selection-run':
      return { path: '/staff/rounds/demo/selection-runs/latest' };
    case 'get-selection-readiness':
      return { path: '/staff/rounds/demo/selection-readiness' };
    case 'get-protocol':
      return { path: `/staff/rounds/demo/protocol${bauskaQueue}` };
    case 'run-selection':
      return { path: '/staff/rounds/demo/selection-runs' };
    case 'publish-selection':
      return { path: '/staff/rounds/demo/selection-runs/0123456789abcdef0123/publication' };
    case 'get-dashboard':
      return { path: '/staff/rounds/demo/dashboard' };
    case 'save-round':
      return { path: '/staff/rounds/matrix-round', body: matrixRound() };
    case 'close-intake':
      return { path: '/staff/rounds/matrix-round/intake-closure' };
    case 'get-intake-window':
      return { path: '/staff/rounds/demo/intake-window' };
    case 'extend-intake':
      return { path: '/staff/rounds/matrix-round/intake-window', body: { lastDay: '2099-12-31' } };
    case 'list-participants':
      return { path: `/staff/rounds/demo/participants${bauskaQueue}` };
    case 'get-support-plan':
      return { path: `${application}/plan` };
    case 'draw-up-plan':
      return {
        path: `${application}/plan/versions`,
        body: {
          goals: ['Satikt cilvēkus'],
          services: [{ serviceId: 'day-centre', providerId: 'lv-016-centrs', quantityPerMonth: 4, months: 12 }],
          startDate: '2019-10-01',
        },
      };
    case 'record-plan-agreement':
      return { path: `${application}/plan/agreement`, body: { signedOn: '2019-10-01', revision: 1 } };
    case 'record-plan-delivery':
      return {
        path: `${application}/plan/deliveries`,
        body: {
          month: '2019-10',
          lines: [{ serviceId: 'day-centre', providerId: 'lv-016-centrs', quantity: 4, amountCents: 5_600 }],
          revision: 1,
        },
      };
    case 'add-plan-review':
      return { path: `${application}/plan/reviews`, body: { note: 'Viss kārtībā.', revision: 1 } };
    case 'end-plan':
      return { path: `${application}/plan/end`, body: { kind: 'completed', on: '2019-10-01', revision: 1 } };
    case 'get-service-year':
      return { path: '/staff/rounds/demo/service-year' };
    case 'save-service-year':
      // The matrix round has no year yet: the first save sets one up, so it carries no revision.
      return { path: '/staff/rounds/matrix-round/service-year', body: matrixServiceYear() };
    case 'get-service-year-dashboard':
      return { path: '/staff/rounds/demo/service-year/dashboard' };
    case 'get-service-year-evaluation':
      return { path: '/staff/rounds/demo/service-year/evaluation?format=csv' };
    case 'get-processing-record':
      return { path: '/staff/processing-record' };
    case 'export-personal-data':
      return { path: '/staff/personal-data/exports', body: { personalCode: legacyPersonalCode(1), language: 'lv' } };
    case 'correct-personal-details':
      // Each caller writes another phone, so each allowed correction changes something.
      return {
        path: `${application}/personal-details`,
        body: {
          person: { firstName: validRequest().person.firstName, lastName: validRequest().person.lastName },
          contact: { ...validRequest().contact, phone: `+371 2${String(CALLERS.indexOf(caller)).padStart(7, '0')}` },
          reason: 'The person showed the right phone number.',
        },
      };
    case 'get-retention':
      return { path: `${application}/retention` };
    case 'place-hold':
      return { path: `${application}/hold`, body: { reason: 'appeal' } };
    case 'lift-hold':
      return { path: `${application}/hold` };
    case 'erase-application':
      return { path: `/staff/applications/${target.erasable}/erasure`, body: { identityChecked: true } };
    default:
      throw new Error(`No request for the staff route ${handler}: add one to the authorization matrix`);
  }
}

/** The rules of a round of the matrix's own, open since yesterday, so closing it leaves the demo round open. */
function matrixRound() {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const text = { lv: 'Pārbaudes kārta', en: 'Matrix round' };
  return {
    name: text,
    whoMayApply: text,
    municipalities: [{ code: 'LV-016', name: { lv: 'Bauskas novads', en: 'Bauska municipality' }, cap: 10 }],
    window: { firstDay: day(-1), lastDay: day(30), timeZone: 'Europe/Riga' },
    eligibleDisabilityGroups: [1, 2],
    requiresMentalDisorder: true,
    requiredDocuments: [{ type: 'application-form', name: text, description: text }],
    criteria: [],
    retention: { notSelectedDays: 30, participantDays: 30 },
  };
}

/** A participant's plan is changed by a social worker of the municipality; an administrator only reads it. */
const PLAN_CHANGES = [
  'draw-up-plan',
  'record-plan-agreement',
  'record-plan-delivery',
  'add-plan-review',
  'end-plan',
] as const;
/** A year of services for the matrix round: one service from one Bauska provider. */
function matrixServiceYear() {
  const text = { lv: 'Dienas centrs', en: 'Day centre' };
  return {
    budget: { amountCents: 480_000 },
    months: 12,
    catalogue: [{ id: 'day-centre', name: text, unit: 'day', unitPriceCents: 1_500 }],
    providers: [
      {
        id: 'bauska-centrs',
        municipalityCode: 'LV-016',
        name: 'Biedrība "Bauskas kopienas centrs"',
        registrationNumber: 'SP-0100',
        services: [{ serviceId: 'day-centre', unitPriceCents: 1_400 }],
      },
    ],
    offerPlaceOnEarlyEnd: true,
  };
}

/**
 * Where the demo round stands (open, never selected), an allowed caller of these routes gets past every access
 * check and is answered by the rules of the selection itself.
 */
const ANSWERED_BY_THE_RULES: Record<string, { status: number; code: string }> = {
  'get-selection-run': { status: 404, code: 'SELECTION_NOT_RUN' },
  'get-protocol': { status: 404, code: 'SELECTION_NOT_RUN' },
  'run-selection': { status: 422, code: 'INTAKE_NOT_CLOSED' },
  'publish-selection': { status: 404, code: 'SELECTION_NOT_RUN' },
  // The target was never selected: it has no plan to read or change.
  'get-support-plan': { status: 409, code: 'NOT_A_PARTICIPANT' },
  ...Object.fromEntries(PLAN_CHANGES.map((handler) => [handler, { status: 409, code: 'NOT_A_PARTICIPANT' }])),
};

type Outcome = number | 'success' | { status: number; code: string };

/** The refusal each caller gets, `success`, or the answer of the rules once access is granted. */
function expected(route: (typeof staffRoutes)[number], caller: Caller): Outcome {
  const allowed = ANSWERED_BY_THE_RULES[route.handler] ?? 'success';
  if (caller === 'no token' || caller === 'expired token' || caller === 'token signed by another key') return 401;
  if (route.access === 'administrator') return caller === 'administrator' ? allowed : 403;
  // The latest run, what stops the next one and the counts of what waits show each social worker their own
  // municipality: nothing in the request names another.
  if (['get-selection-run', 'get-selection-readiness', 'count-waiting'].includes(route.handler)) return allowed;
  // The latest run shows each social worker their own municipality: nothing in the request names another.
  if (route.handler === 'get-selection-run') return allowed;
  // So does the year of services: every social worker reads it, with their own municipality's providers.
  if (route.handler === 'get-service-year') return allowed;
  // A person's data is found by the personal code: each social worker gets their own municipality's part of it
  // (for another municipality, none), so nothing in the request names a municipality to be refused.
  if (route.handler === 'export-personal-data') return allowed;
  if (route.handler === 'register-paper-application') {
    // A paper application is registered in the signed-in worker's own municipality; an administrator has none.
    return caller === 'administrator' ? 403 : 'success';
  }
  if (caller === 'administrator' && (PLAN_CHANGES as readonly string[]).includes(route.handler)) return 403;
  if (caller === 'another municipality') return route.path.startsWith('/staff/rounds/') ? 403 : 404;
  return allowed;
}

const cells = staffRoutes.flatMap((route) =>
  CALLERS.map((caller) => {
    const outcome = expected(route, caller);
    const label = typeof outcome === 'object' ? `${outcome.status} ${outcome.code}` : String(outcome);
    return { route, caller, outcome, label };
  }),
);

describe('the staff authorization matrix', () => {
  it('covers every staff route with every kind of caller', () => {
    expect(staffRoutes.length).toBeGreaterThanOrEqual(23);
    expect(cells).toHaveLength(staffRoutes.length * CALLERS.length);
  });

  it.each(cells)(
    '$route.method $route.path by $caller: $outcome.status$outcome',
    async ({ route, caller, outcome }) => {
      const request = requestFor(route.handler, caller);
      const answer = await staff.call(tokens[caller], route.method, request.path, {
        ...(request.body !== undefined && { body: request.body }),
        ...(request.headers && { headers: request.headers }),
      });
      const entries = await auditProbe(system).entries();
      const entry = entries.find((candidate: AuditEntry) => candidate.id === answer.requestId);
      expect(entry, 'every request leaves an audit entry').toBeDefined();
      expect(entry?.action).toBe(route.action);

      if (outcome === 'success') {
        expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
        expect(entry?.outcome).toBe('succeeded');
        if (route.handler === 'register-paper-application') {
          // Nothing in the request names a municipality: it is the signed-in worker's.
          const municipality = caller === 'own municipality' ? 'LV-016' : 'LV-JEL';
          expect(entry?.municipalityCode).toBe(municipality);
        }
        return;
      }
      if (typeof outcome === 'object') {
        // Past every access check: the signed-in caller is named, and the rules answered.
        expect(answer.status, JSON.stringify(answer.body)).toBe(outcome.status);
        expect(answer.body).toMatchObject({ error: { code: outcome.code } });
        expect(entry?.actor).toBeDefined();
        expect(entry?.reason).toBe(outcome.code);
        return;
      }
      expect(answer.status, JSON.stringify(answer.body)).toBe(outcome);
      expect(entry?.outcome).toBe('refused');
      // A refusal tells nothing of the application: not whether it exists, not whose it is.
      expect(JSON.stringify(answer.body)).not.toContain(validRequest().person.lastName);
      if (outcome === 404) expect(answer.body).toMatchObject({ error: { code: 'APPLICATION_NOT_FOUND' } });
      if (caller !== 'another municipality' && caller !== 'own municipality' && caller !== 'administrator') {
        expect(entry?.actor, 'a refused token names nobody').toBeUndefined();
      }
    },
  );

  it('answers another municipality exactly as it answers a reference that does not exist', async () => {
    const jelgava = tokens['another municipality'];
    const real = await staff.call(jelgava, 'GET', `/staff/applications/${target.application}`);
    const unknown = await staff.call(jelgava, 'GET', '/staff/applications/ZZZZ-2222');
    expect(real.status).toBe(404);
    expect({ ...real.body, requestId: '' }).toEqual({ ...unknown.body, requestId: '' });
  });

  it('left one audit entry per staff request and no more', async () => {
    const ids = (await auditProbe(system).entries()).map((entry) => entry.id).sort();
    expect(ids).toEqual(log.map((request) => request.requestId).sort());
  });
});
