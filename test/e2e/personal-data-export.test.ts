import { beforeAll, describe, expect, it } from 'vitest';
import { seedRounds } from '../../infra/seed/rounds.ts';
import { demoServiceYear } from '../../infra/seed/service-year.ts';
import { NodeKeyring } from '../../shared/adapters/crypto/node-keyring.ts';
import { submittedObjectKey } from '../../shared/adapters/s3/s3-document-store.ts';
import { nameWords } from '../../shared/domain/name-words.ts';
import type { AuditEntry } from '../../shared/schemas/audit.ts';
import type { AccessExport, ExportedApplication } from '../../shared/schemas/data-requests.ts';
import { SealedCorrectionSchema } from '../../shared/schemas/personal-details.ts';
import type { Round } from '../../shared/schemas/round.ts';
import { legacyPersonalCode } from '../fixtures/personal-codes.ts';
import { validRequest } from '../fixtures/requests.ts';
import { auditProbe } from '../helpers/staff-client.ts';
import { systemForFile } from '../helpers/system-for-file.ts';

/**
 * The access export against the whole system on the stand-ins. A person applies in two open rounds (sent in the
 * demo round, a draft in the next), asks for their status link again, is decided, scored, read and corrected by
 * Bauska's social worker, selected when the demo round's selection is published, and gets a support plan; someone
 * else applies beside them. Then the export is held to what storage holds: every item of the table, entry of the
 * audit log and object of the bucket that names the person's references or their keyed hash is in it.
 */

const PERSON = legacyPersonalCode(8101);
const SOMEONE_ELSE = legacyPersonalCode(8102);
const BAUSKA = 'LV-016';

/** The demo round and another round open at the same time, so one person can apply in both. */
function twoOpenRounds(now: Date): Round[] {
  const rounds = seedRounds(now);
  const demo = rounds.find(({ id }) => id === 'demo') as Round;
  return [...rounds, { ...demo, id: 'demo-next', name: { lv: 'Nākamā kārta', en: 'Next round' } }];
}

const file = systemForFile(['bauska', 'jelgava', 'admin'] as const, { seedRounds: twoOpenRounds });
const person = { sent: '', draft: '' };
let someoneElse = '';
let exported: AccessExport;
let exportRequestId = '';
let exportHeaders: Headers;

const request = (personalCode: string) =>
  validRequest({ person: { ...validRequest().person, personalCode, municipalityCode: BAUSKA } });

async function ok<T>(answer: Promise<{ status: number; body: T }>): Promise<T> {
  const { status, body } = await answer;
  expect(status, JSON.stringify(body)).toBeLessThan(300);
  return body;
}

beforeAll(async () => {
  const { api, staff, system, tokens } = file;
  person.sent = await api.applyOnline('demo', request(PERSON));
  someoneElse = await api.applyOnline('demo', request(SOMEONE_ELSE));
  const draft = await ok(api.create('demo-next', request(PERSON)));
  person.draft = draft.reference;
  await ok(
    api.call('POST', '/applications/link-requests', { body: { reference: person.sent, email: 'anna@example.lv' } }),
  );
  await file.storage.waitForScans('demo', person.sent);

  const application = `/staff/applications/${person.sent}`;
  await ok(staff.call(tokens.bauska, 'PUT', `${application}/document-check`, { body: { verified: true } }));
  await ok(staff.call(tokens.bauska, 'PUT', `${application}/eligibility`, { body: { decision: 'eligible' } }));
  const points = { 'support-need': 8, 'no-other-services': 3, 'lives-alone': 2 };
  await ok(staff.call(tokens.bauska, 'PUT', `${application}/scores`, { body: { points, justification: 'Vērtēts.' } }));
  const other = `/staff/applications/${someoneElse}`;
  await ok(staff.call(tokens.bauska, 'PUT', `${other}/document-check`, { body: { verified: true } }));
  await ok(
    staff.call(tokens.bauska, 'PUT', `${other}/eligibility`, {
      body: { decision: 'not-eligible', reason: 'documents-invalid' },
    }),
  );
  await ok(staff.call(tokens.bauska, 'GET', application));
  await ok(staff.call(tokens.bauska, 'GET', `${application}/documents/disability-proof`));
  await ok(
    staff.call(tokens.bauska, 'PUT', `${application}/personal-details`, {
      body: {
        person: { firstName: 'Anna', lastName: 'Kalniņa' },
        contact: validRequest().contact,
        reason: 'Apprecējās; uzrādīja pasi.',
      },
    }),
  );

  const closed = await ok(
    staff.call<{ window: { closesAt: string } }>(tokens.admin, 'POST', '/staff/rounds/demo/intake-closure'),
  );
  system.clock.advanceTo(Date.parse(closed.window.closesAt) + 1000);
  const run = await ok(
    staff.call<{ run: { runId: string } }>(tokens.admin, 'POST', '/staff/rounds/demo/selection-runs'),
  );
  await ok(staff.call(tokens.admin, 'POST', `/staff/rounds/demo/selection-runs/${run.run.runId}/publication`));
  // The publication job records the results in the background.
  await system.waitForIdle();
  await file.storage.putServiceYear({
    ...demoServiceYear([{ code: BAUSKA, town: 'Bauska' }]),
    roundId: 'demo',
    revision: 1,
    updatedAt: new Date(system.clock.now()).toISOString(),
    updatedBy: { subject: 'sub-admin', username: 'admin', displayName: 'Administrators' },
  });
  await ok(
    staff.call(tokens.bauska, 'POST', `${application}/plan/versions`, {
      body: {
        goals: ['Satikt cilvēkus'],
        services: [{ serviceId: 'day-centre', providerId: 'lv-016-centrs', quantityPerMonth: 4, months: 12 }],
        startDate: new Date(system.clock.now()).toISOString().slice(0, 10),
      },
    }),
  );
  await system.waitForIdle();

  const answer = await staff.call<AccessExport>(tokens.admin, 'POST', '/staff/personal-data/exports', {
    body: { personalCode: PERSON, language: 'lv' },
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  exported = answer.body;
  exportRequestId = answer.requestId;
  exportHeaders = answer.headers;
}, 180_000);

/** The keyed hash the system keeps of a personal code, made with the local system's own secret. */
function keyedHash(code: string): string {
  const keyring = new NodeKeyring(Buffer.from(file.system.env.APP_SECRET, 'base64'));
  return keyring.personalCodeHash(code.replace('-', ''));
}

function exportedApplication(reference: string): ExportedApplication {
  const application = exported.applications.find((candidate) => candidate.reference === reference);
  if (!application) throw new Error(`${reference} is not in the export`);
  return application;
}

/** What of an application item is storage's own, not the application's: keys, index keys, time to live. */
const STORAGE_ATTRIBUTES = new Set([
  'pk',
  'sk',
  'queuePk',
  'queueSk',
  'personPk',
  'personSk',
  'expiresAt',
  'idempotency',
]);

describe('the access export, held to everything storage holds about the person', () => {
  it('is a file to save, of the versioned shape, in the person’s language', () => {
    expect(exportHeaders.get('content-disposition')).toMatch(/^attachment; filename="personal-data-[\d-]+\.json"$/);
    expect(exported).toMatchObject({ format: 'personal-data-export', version: 1, language: 'lv' });
    expect(exported.applications.map(({ reference, roundName }) => ({ reference, roundName }))).toEqual([
      { reference: person.sent, roundName: expect.stringContaining('Demonstrācijas') },
      { reference: person.draft, roundName: 'Nākamā kārta' },
    ]);
    expect(JSON.stringify(exported)).not.toContain(someoneElse);
  });

  it('holds every item of the table that names the person’s applications or keyed hash', async () => {
    const hash = keyedHash(PERSON);
    const items = await file.storage.items();
    const references = items
      .filter((item) => (item.personalCode as { keyedHash?: string } | undefined)?.keyedHash === hash)
      .map((item) => item.reference as string);
    expect(references.sort()).toEqual([person.sent, person.draft].sort());

    const belonging = items.filter((item) => {
      const text = JSON.stringify(item);
      return text.includes(hash) || references.some((reference) => text.includes(reference));
    });
    const kinds = new Map<string, number>();
    for (const item of belonging) {
      const kind = representedIn(item);
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    // Not a vacuous pass: every kind of item the person's year leaves is there.
    expect(Object.fromEntries(kinds)).toEqual({
      application: 2,
      claim: 1,
      'e-mail': expect.any(Number),
      'status-link count': 1,
      'support plan': 1,
      'selection run': 1,
      // The sent application's queue entry and one search word per name word; the draft is in no queue.
      'queue entry': 1,
      'search word': 2,
    });
    expect(kinds.get('e-mail')).toBeGreaterThanOrEqual(3);
  });

  it('holds every audit entry about the person’s applications, but the export’s own', async () => {
    const entries = (await auditProbe(file.system).entries()).filter(
      (entry: AuditEntry) =>
        entry.id !== exportRequestId &&
        [entry.reference, ...(entry.related ?? [])].some(
          (reference) => reference === person.sent || reference === person.draft,
        ),
    );
    expect(entries.length).toBeGreaterThanOrEqual(6);
    for (const entry of entries) {
      const history = exportedApplication(entry.reference ?? '').history;
      expect(history, `${entry.action} at ${entry.at}`).toContainEqual(
        expect.objectContaining({ at: entry.at, action: entry.action, outcome: entry.outcome }),
      );
    }
    const correction = entries.find((entry) => entry.action === 'personal-details.correct');
    expect(exportedApplication(person.sent).corrections).toEqual([
      expect.objectContaining({
        at: correction?.at,
        fields: ['person.lastName'],
        previous: { 'person.lastName': 'Bērziņa' },
        reason: 'Apprecējās; uzrādīja pasi.',
      }),
    ]);
  });

  it('holds every object of the bucket kept under the person’s applications', async () => {
    const keys = (await file.storage.objectKeys()).filter(
      (key) => key.includes(person.sent) || key.includes(person.draft),
    );
    const sent = exportedApplication(person.sent);
    const submitted = sent.documents.map((document) =>
      submittedObjectKey({ roundId: 'demo', reference: person.sent, type: document.type, sha256: document.sha256 }),
    );
    const uploads = exported.applications.flatMap((application) =>
      application.uploads.map(({ type }) => `uploads/${application.roundId}/${application.reference}/${type}`),
    );
    expect(keys.length).toBeGreaterThanOrEqual(4);
    expect([...submitted, ...uploads].sort()).toEqual(keys.sort());
  });

  it('keeps the personal code and its hash out of the audit log, and the corrected values only sealed', async () => {
    const entries = await auditProbe(file.system).entries();
    const log = JSON.stringify(entries);
    for (const secret of [PERSON, PERSON.replace('-', ''), keyedHash(PERSON), 'Bērziņa', 'Kalniņa', 'uzrādīja pasi']) {
      expect(log).not.toContain(secret);
    }
    const entry = entries.find((candidate) => candidate.id === exportRequestId);
    expect(entry).toMatchObject({
      action: 'personal-data.export',
      outcome: 'succeeded',
      reference: person.sent,
      related: [person.draft],
    });
    const correction = entries.find((candidate) => candidate.action === 'personal-details.correct');
    const keyring = new NodeKeyring(Buffer.from(file.system.env.APP_SECRET, 'base64'));
    expect(SealedCorrectionSchema.parse(JSON.parse(keyring.decrypt(correction?.correction?.sealed ?? '')))).toEqual({
      previous: { 'person.lastName': 'Bērziņa' },
      reason: 'Apprecējās; uzrādīja pasi.',
    });
  });
});

describe('who may ask for the export', () => {
  it('gives a social worker of another municipality nothing of the person, only where it is held', async () => {
    const answer = await file.staff.call<AccessExport>(file.tokens.jelgava, 'POST', '/staff/personal-data/exports', {
      body: { personalCode: PERSON, language: 'en' },
    });
    expect(answer.status).toBe(200);
    expect(answer.body.applications).toEqual([]);
    expect(answer.body.heldElsewhere).toEqual([{ code: BAUSKA, name: 'Bauska municipality' }]);
    expect(JSON.stringify(answer.body)).not.toContain(person.sent);
  });

  it('refuses anyone not signed in as staff, an applicant’s access code included, and audits the refusal', async () => {
    const created = await file.api.create('demo-next', request(legacyPersonalCode(8103)));
    const body = { personalCode: PERSON, language: 'en' };
    const callers: Record<string, string>[] = [
      {},
      { 'x-access-code': created.body.accessCode },
      { authorization: 'Bearer not-a-token' },
    ];
    for (const headers of callers) {
      const answer = await file.staff.call(undefined, 'POST', '/staff/personal-data/exports', { body, headers });
      expect(answer.status).toBe(401);
      expect(JSON.stringify(answer.body)).not.toContain(person.sent);
      const entry = (await auditProbe(file.system).entries()).find((candidate) => candidate.id === answer.requestId);
      expect(entry).toMatchObject({ action: 'personal-data.export', outcome: 'refused' });
    }
  });

  it('takes the personal code from the body only: one in the address finds nothing', async () => {
    const answer = await file.staff.call(
      file.tokens.admin,
      'POST',
      `/staff/personal-data/exports?personalCode=${PERSON}`,
    );
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expect(JSON.stringify(answer.body)).not.toContain(person.sent);
  });

  it('answers a malformed code in both languages, on its field', async () => {
    const answer = await file.staff.call<{ error: { code: string; fields?: { path: string }[] } }>(
      file.tokens.admin,
      'POST',
      '/staff/personal-data/exports',
      { body: { personalCode: '12345', language: 'en' } },
    );
    expect(answer.status).toBe(422);
    expect(answer.body.error).toMatchObject({ code: 'PERSONAL_CODE_MALFORMED' });
    expect(answer.body.error.fields?.[0]?.path).toBe('personalCode');
  });
});

/**
 * Where an item of the table is in the export, by its kind (its key); an item of a kind the export does not know
 * fails the test, so a new kind of item about people cannot be left out unnoticed.
 */
function representedIn(item: Record<string, unknown>): string {
  const pk = String(item.pk);
  const sk = String(item.sk);
  if (pk.startsWith('APP#')) {
    const application = exportedApplication(String(item.reference));
    // Every attribute of the stored application is in the export: a field added later cannot be left out.
    for (const attribute of Object.keys(item)) {
      if (STORAGE_ATTRIBUTES.has(attribute) || attribute === 'revision') continue;
      expect(application, attribute).toHaveProperty(attribute === 'personalCode' ? 'person.personalCode' : attribute);
    }
    // A draft carries its create request's record (`<expiry, epoch seconds> <key hash> <request hash>`).
    if (typeof item.idempotency === 'string') {
      const expiresAt = new Date(Number(item.idempotency.split(' ')[0]) * 1000).toISOString();
      expect(application.retryRecords).toContainEqual({ expiresAt });
    }
    return 'application';
  }
  if (/^ROUND#[^#]+#PERSON#/.test(pk)) {
    expect(exportedApplication(String(item.reference)).firstOfPersonInRound).toBe(true);
    return 'claim';
  }
  if (pk.startsWith('NOTIFICATION#')) {
    const id = pk.slice('NOTIFICATION#'.length);
    const reference = id.slice(0, id.indexOf('#'));
    expect(exportedApplication(reference).emails.map((email) => email.id)).toContain(id);
    return 'e-mail';
  }
  if (pk.startsWith('LINKS#')) {
    const [, reference = '', day] = pk.split('#');
    expect(exportedApplication(reference).statusLinkEmails).toContainEqual({ day, count: item.count });
    return 'status-link count';
  }
  if (/^ROUND#[^#]+#PLANS$/.test(pk)) {
    const plan = exportedApplication(String(item.reference)).supportPlan;
    expect(plan?.versions).toHaveLength((item.versions as unknown[]).length);
    return 'support plan';
  }
  if (/^ROUND#[^#]+#RUN#/.test(pk)) {
    const runId = pk.split('#').at(-1);
    // A slice of one municipality's rows, kept as JSON text.
    const rows = JSON.parse(String(item.rows)) as { reference: string }[];
    for (const { reference } of rows.filter(({ reference }) => reference === person.sent)) {
      expect(exportedApplication(reference).selectionRuns.map((run) => run.runId)).toContain(runId);
    }
    return 'selection run';
  }
  // The queue's own copies, made from the application for paging and search: nothing in them the export lacks.
  if (pk.startsWith('QUEUE#')) {
    const { person: held } = exportedApplication(pk.slice('QUEUE#'.length));
    const { row } = item as { row: { firstName: string; lastName: string } };
    expect([row.firstName, row.lastName]).toEqual([held.firstName, held.lastName]);
    return 'queue entry';
  }
  if (pk.startsWith('WORDS#')) {
    // A word of the name paired with another of its words (none for a name of one word).
    const [word = '', other = '', reference = ''] = sk.split('#');
    const { person: held } = exportedApplication(reference);
    const words = nameWords(`${held.firstName} ${held.lastName}`);
    expect(words).toContain(word);
    if (other) expect(words).toContain(other);
    return 'search word';
  }
  throw new Error(`An item of a kind the export does not know names the person: ${pk} / ${sk}`);
}
