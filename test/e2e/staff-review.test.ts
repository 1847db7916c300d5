import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Application, CreateApplicationRequest } from '../../shared/schemas/application.ts';
import type {
  DuplicatesResponse,
  PaperApplicationRequest,
  PaperApplicationResponse,
  QueueItem,
  QueueResponse,
  StaffApplicationResponse,
} from '../../shared/schemas/staff-api.ts';
import { rigaClock } from '../fixtures/office-clock.ts';
import { files, legacyPersonalCode } from '../fixtures/personal-codes.ts';
import { validRequest } from '../fixtures/requests.ts';
import { expectOk, expectRefused, fieldsOf } from '../helpers/http-answers.ts';
import { auditProbe } from '../helpers/staff-client.ts';
import { systemForFile } from '../helpers/system-for-file.ts';

/**
 * The social service's review against the whole local system: decisions and their refusals, the queue in
 * selection order, paper applications, duplicates, the export, and the audit log every staff request leaves.
 * Bauska (LV-016) is the municipality under review unless a test says otherwise.
 */

const BAUSKA = 'LV-016';
const JELGAVA = 'LV-JEL';
const ALL_POINTS = { 'support-need': 8, 'no-other-services': 3, 'lives-alone': 2 };

const file = systemForFile(['bauska', 'jelgava', 'admin'] as const);
const { log, tokens } = file;
type Who = keyof typeof tokens;

// Applicants --------------------------------------------------------------------------------------------------

/** Every name has a Latvian letter, so it cannot turn up by chance inside an id, a hash or a time. */
const FIRST_NAMES = ['Ērika', 'Gunārs', 'Līga', 'Mārtiņš', 'Ināra', 'Jānis', 'Dārta', 'Māris', 'Agrīta', 'Rūta'];
const LAST_NAMES = ['Kalniņa', 'Ozoliņš', 'Liepiņa', 'Krūmiņš', 'Zariņa', 'Vītols', 'Šmite', 'Bērziņš', 'Kļaviņa'];

/** Everyone who applied in this file: the stored data is searched for their codes and names. */
const applicants: { personalCode: string; firstName: string; lastName: string }[] = [];
let applicantCount = 0;

type Person = CreateApplicationRequest['person'];

/** A new person (a personal code of their own) in Bauska unless told otherwise. */
function newPerson(overrides: Partial<Person> = {}): Person {
  applicantCount += 1;
  const person: Person = {
    ...validRequest().person,
    firstName: FIRST_NAMES[applicantCount % FIRST_NAMES.length] as string,
    lastName: LAST_NAMES[applicantCount % LAST_NAMES.length] as string,
    personalCode: legacyPersonalCode(100 + applicantCount),
    ...overrides,
  };
  applicants.push({ personalCode: person.personalCode, firstName: person.firstName, lastName: person.lastName });
  return person;
}

/** Create, upload both documents, submit: a whole online application. */
async function apply(person: Person = newPerson()): Promise<string> {
  return file.api.applyOnline('demo', validRequest({ person }));
}

async function stored(reference: string): Promise<Application> {
  const item = await file.storage.application(reference);
  expect(item, `application ${reference} is stored`).toBeDefined();
  return item as Application;
}

// Staff requests ----------------------------------------------------------------------------------------------

const get = <T = Record<string, unknown>>(who: Who, path: string) => file.staff.call<T>(tokens[who], 'GET', path);
const put = <T = StaffApplicationResponse>(who: Who, path: string, body: unknown) =>
  file.staff.call<T>(tokens[who], 'PUT', path, { body });
const post = <T = StaffApplicationResponse>(who: Who, path: string, body?: unknown, headers?: Record<string, string>) =>
  file.staff.call<T>(tokens[who], 'POST', path, {
    ...(body !== undefined && { body }),
    ...(headers && { headers }),
  });

const app = (reference: string) => `/staff/applications/${reference}`;

/** The whole queue of the asker's municipality (or the one named, for an administrator). */
async function queue(who: Who, query = ''): Promise<QueueResponse> {
  // The queue shows a submission once the table's stream has brought it there.
  await file.system.waitForIdle();
  const answer = await get<QueueResponse>(who, `/staff/rounds/demo/applications?limit=200${query}`);
  expectOk(answer);
  expect(answer.body.nextCursor, 'the whole queue fits one page of 200').toBeUndefined();
  return answer.body;
}

const referencesOf = (items: readonly QueueItem[]) => items.map((item) => item.reference);

/** The references of `wanted` in the order the queue lists them. */
function orderIn(items: readonly QueueItem[], wanted: readonly string[]): string[] {
  return referencesOf(items).filter((reference) => wanted.includes(reference));
}

// Paper applications ------------------------------------------------------------------------------------------

const startOfMinute = (instant: Date) => new Date(Math.floor(instant.getTime() / 60_000) * 60_000);

function paperRequest(
  office: { receivedOn: string; receivedAtTime: string },
  options: { email?: string; person?: Person } = {},
): PaperApplicationRequest {
  const { municipalityCode: _, ...person } = options.person ?? newPerson();
  return {
    person,
    contact: { language: 'lv', ...(options.email && { email: options.email }) },
    consent: true,
    office: { ...office, receivedBy: 'Inese Ābola, reception' },
  };
}

function register(who: Who, request: PaperApplicationRequest, idempotencyKey: string = randomUUID(), round = 'demo') {
  return post<PaperApplicationResponse>(who, `/staff/rounds/${round}/paper-applications`, request, {
    'idempotency-key': idempotencyKey,
  });
}

/** Asks for a form for one scan and posts the file to storage with it; returns the storage's HTTP status. */
async function uploadScan(who: Who, reference: string, type: string): Promise<number> {
  const form = await post<{ url: string; fields: Record<string, string> }>(
    who,
    `${app(reference)}/paper-documents/${type}`,
  );
  expectOk(form);
  const data = new FormData();
  for (const [name, value] of Object.entries(form.body.fields)) data.append(name, value);
  data.append('file', new Blob([files.pdf()]), 'scan.pdf');
  return (await fetch(form.body.url, { method: 'POST', body: data })).status;
}

/** Registers, uploads both scans and submits: a whole paper application. */
async function paperApplication(who: Who, request: PaperApplicationRequest): Promise<string> {
  const registered = await register(who, request);
  expectOk(registered, 201);
  const { reference } = registered.body;
  expect(await uploadScan(who, reference, 'application-form')).toBe(204);
  expect(await uploadScan(who, reference, 'disability-proof')).toBe(204);
  expectOk(await post(who, `${app(reference)}/paper-submission`));
  return reference;
}

// CSV ---------------------------------------------------------------------------------------------------------

/** Reads CSV as spreadsheet programs do: quoted cells may hold commas, quotes and line breaks. */
function parseCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  const body = text.replace(/^\uFEFF/, '');
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < body.length; index++) {
    const char = body[index];
    if (quoted) {
      if (char === '"' && body[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(cell);
      cell = '';
    } else if (char === '\n') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
    } else if (char !== '\r') cell += char;
  }
  if (cell !== '' || record.length > 0) records.push([...record, cell]);
  const [header = [], ...data] = records;
  return { header, rows: data.map((values) => Object.fromEntries(header.map((name, i) => [name, values[i] ?? '']))) };
}

/** A personal code as it was given and as it is written without the dash. */
const codeForms = (personalCode: string) => [personalCode, personalCode.replace('-', '')];

// Tests -------------------------------------------------------------------------------------------------------

describe('review decisions', () => {
  // The rules of each decision are unit-tested on the use cases (test/unit/use-cases/review-decisions.test.ts);
  // here, that the routes parse the requests strictly and that a refusal leaves the stored application as it was.
  it('refuses invalid decisions and leaves the stored application as it was', async () => {
    const reference = await apply();
    const before = await stored(reference);
    expect(before.revision).toBeUndefined();
    expect(before.review).toBeUndefined();
    const path = app(reference);

    expectRefused(await put('bauska', `${path}/eligibility`, { decision: 'eligible' }), 422, 'DOCUMENTS_NOT_VERIFIED');

    const unknownEligibilityField = await put('bauska', `${path}/eligibility`, {
      decision: 'not-eligible',
      reason: 'documents-invalid',
      decidedBy: 'someone else',
    });
    expectRefused(unknownEligibilityField, 400, 'VALIDATION_FAILED');
    expect(fieldsOf(unknownEligibilityField)).toEqual(['FIELD_UNKNOWN@decidedBy']);
    const unknownCheckField = await put('bauska', `${path}/document-check`, { verified: true, approved: true });
    expectRefused(unknownCheckField, 400, 'VALIDATION_FAILED');
    expect(fieldsOf(unknownCheckField)).toEqual(['FIELD_UNKNOWN@approved']);

    const scores = (points: Record<string, unknown>) =>
      put('bauska', `${path}/scores`, { points, justification: 'Assessed at a home visit.' });
    const missing = await scores({ 'support-need': 8, 'no-other-services': 3 });
    expectRefused(missing, 422, 'CRITERION_MISSING');
    expect(fieldsOf(missing)).toEqual(['CRITERION_MISSING@points.lives-alone']);
    // Negative and fractional points are not points at all: the request's schema refuses them.
    const negative = await scores({ ...ALL_POINTS, 'lives-alone': -1 });
    expectRefused(negative, 400, 'VALIDATION_FAILED');
    expect(fieldsOf(negative)).toEqual([expect.stringMatching(/@points\.lives-alone$/)]);
    const fraction = await scores({ ...ALL_POINTS, 'support-need': 2.5 });
    expectRefused(fraction, 400, 'VALIDATION_FAILED');
    expect(fieldsOf(fraction)).toEqual([expect.stringMatching(/@points\.support-need$/)]);
    const noJustification = await put('bauska', `${path}/scores`, { points: ALL_POINTS });
    expectRefused(noJustification, 400, 'VALIDATION_FAILED');
    expect(fieldsOf(noJustification)).toEqual(['FIELD_REQUIRED@justification']);
    const blankJustification = await put('bauska', `${path}/scores`, { points: ALL_POINTS, justification: '   ' });
    expectRefused(blankJustification, 400, 'VALIDATION_FAILED');

    expect(await stored(reference)).toEqual(before);
    const read = await get<StaffApplicationResponse>('bauska', path);
    expectOk(read);
    expect(read.body.application.review).toBeUndefined();
    expect(read.body.application.state).toBe('to-review');
    expect(read.body.history.map((entry) => entry.action)).toEqual(['created', 'submitted']);
  });
});

// The queue's order, its filter and counts, and paging while it changes are unit-tested on the use case
// (test/unit/use-cases/queue.test.ts) and the order of the index on DynamoDB by the storage contract; here, that
// the query string reaches it and the scope holds.
describe('the queue', () => {
  it('pages one at a time with nextCursor without repeating or skipping an application', async () => {
    await apply();
    await apply();
    const whole = await queue('bauska');
    const seen: QueueItem[] = [];
    let cursor: string | undefined;
    do {
      const cursorQuery = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const page = await get<QueueResponse>('bauska', `/staff/rounds/demo/applications?limit=1${cursorQuery}`);
      expectOk(page);
      expect(page.body.items).toHaveLength(1);
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
      expect(seen.length, 'paging ends').toBeLessThanOrEqual(whole.total);
    } while (cursor);
    expect(referencesOf(seen)).toEqual(referencesOf(whole.items));
    expect(seen.map((item) => item.position)).toEqual(whole.items.map((item) => item.position));
  });

  it("refuses a social worker another municipality's queue and lets them name their own", async () => {
    expectRefused(
      await get('bauska', `/staff/rounds/demo/applications?municipality=${JELGAVA}`),
      403,
      'MUNICIPALITY_FILTER_FORBIDDEN',
    );
    const own = await get<QueueResponse>('bauska', `/staff/rounds/demo/applications?municipality=${BAUSKA}`);
    expectOk(own);
    expect(own.body.municipalityCode).toBe(BAUSKA);
  });

  it('asks an administrator to name a municipality and then shows its queue', async () => {
    const unnamed = await get('admin', '/staff/rounds/demo/applications');
    expectRefused(unnamed, 422, 'MUNICIPALITY_NOT_IN_ROUND');
    expect(fieldsOf(unnamed)).toEqual(['MUNICIPALITY_NOT_IN_ROUND@municipality']);

    const bauskas = await queue('bauska');
    const asAdministrator = await queue('admin', `&municipality=${BAUSKA}`);
    expect(asAdministrator.municipalityCode).toBe(BAUSKA);
    expect(referencesOf(asAdministrator.items)).toEqual(referencesOf(bauskas.items));
    expect(asAdministrator.counts).toEqual(bauskas.counts);
  });
});

// Registration's rules (the office time in Riga, the window, the future, idempotency, who may register) and the
// submission's refusals are unit-tested on the use cases: test/unit/use-cases/paper-applications.test.ts.
describe('paper applications', () => {
  it('take their place in the queue by the office receipt time, before a later online application', async () => {
    const online = await apply();
    const onlineReceivedAt = (await stored(online)).receivedAt as string;
    // The office took the paper application in three minutes before the online one arrived; it is registered now.
    const officeTime = startOfMinute(new Date(Date.parse(onlineReceivedAt) - 3 * 60_000));
    const request = paperRequest(rigaClock(officeTime), { email: 'paper.applicant@example.lv' });

    const registered = await register('bauska', request);
    expectOk(registered, 201);
    const { reference } = registered.body;
    expect(registered.body).toMatchObject({
      status: 'draft',
      receivedAt: officeTime.toISOString(),
      requiredDocuments: ['application-form', 'disability-proof'],
    });
    expect(await uploadScan('bauska', reference, 'application-form')).toBe(204);
    expect(await uploadScan('bauska', reference, 'disability-proof')).toBe(204);
    const submitted = await post('bauska', `${app(reference)}/paper-submission`);
    expectOk(submitted);
    expect(submitted.body.application).toMatchObject({
      channel: 'paper',
      status: 'submitted',
      receivedAt: officeTime.toISOString(),
      paper: { receivedBy: 'Inese Ābola, reception', registeredBy: { username: 'bauska' } },
    });
    expect(submitted.body.history.map((entry) => entry.action)).toEqual([
      'received-at-office',
      'created',
      'paper.register',
      'paper.submit',
    ]);

    expect(await stored(reference)).toMatchObject({
      channel: 'paper',
      status: 'submitted',
      receivedAt: officeTime.toISOString(),
      person: { municipalityCode: BAUSKA },
      paper: { receivedBy: 'Inese Ābola, reception', registeredBy: { username: 'bauska' } },
    });
    expect(officeTime.toISOString() < onlineReceivedAt).toBe(true);

    const { items } = await queue('bauska');
    expect(orderIn(items, [reference, online])).toEqual([reference, online]);
    expect(items.find((item) => item.reference === reference)).toMatchObject({
      channel: 'paper',
      receivedAt: officeTime.toISOString(),
    });
  });

  it("places it in the registering worker's own municipality", async () => {
    const reference = await paperApplication(
      'jelgava',
      paperRequest(rigaClock(startOfMinute(new Date(Date.now() - 20 * 60_000)))),
    );
    expect((await stored(reference)).person.municipalityCode).toBe(JELGAVA);
    expect(referencesOf((await queue('jelgava')).items)).toContain(reference);
    expect(referencesOf((await queue('admin', `&municipality=${JELGAVA}`)).items)).toContain(reference);
    expect(referencesOf((await queue('bauska')).items)).not.toContain(reference);
    expectRefused(await get('bauska', app(reference)), 404, 'APPLICATION_NOT_FOUND');
  });
});

// The resolution's refusals (a standing application outside the group, a person with one application) are
// unit-tested on the use case: test/unit/use-cases/duplicates.test.ts.
describe('duplicates', () => {
  it('flags the second application of a person and shows both to the municipality', async () => {
    const person = newPerson();
    const first = await apply(person);
    const second = await apply(person);

    const read = await get<StaffApplicationResponse>('bauska', app(second));
    expectOk(read);
    expect(read.body.application.state).toBe('possible-duplicate');
    expect(read.body.application.flags.possibleDuplicateOf).toBe(first);

    const duplicates = await get<DuplicatesResponse>('bauska', `${app(second)}/duplicates`);
    expectOk(duplicates);
    expect(duplicates.body.canResolve).toBe(true);
    expect(duplicates.body.resolution).toBeUndefined();
    expect(duplicates.body.applications.map(({ reference, state }) => ({ reference, state }))).toEqual([
      { reference: first, state: 'to-review' },
      { reference: second, state: 'possible-duplicate' },
    ]);
    for (const member of duplicates.body.applications) {
      expect(member).toMatchObject({
        municipalityCode: BAUSKA,
        channel: 'online',
        details: { firstName: person.firstName, lastName: person.lastName, documentsVerified: null },
      });
    }
  });

  it('keeps both applications when resolving: one stands, the other is set aside, both carry the decision', async () => {
    const person = newPerson();
    const first = await apply(person);
    const second = await apply(person);
    const reason = 'The first application is complete; the second repeats it.';

    const resolved = await put<DuplicatesResponse>('bauska', `${app(second)}/duplicate-resolution`, {
      standing: first,
      reason,
    });
    expectOk(resolved);
    expect(resolved.body.resolution).toMatchObject({ standing: first, reason, by: 'bauska' });
    const at = resolved.body.resolution?.at as string;
    expect(resolved.body.applications.map(({ reference, state }) => ({ reference, state }))).toEqual([
      { reference: first, state: 'to-review' },
      { reference: second, state: 'set-aside' },
    ]);

    const decision = { standing: first, reason, by: { username: 'bauska' }, at };
    expect((await stored(first)).review?.duplicate).toMatchObject({ outcome: 'stands', ...decision });
    const setAside = await stored(second);
    expect(setAside.review?.duplicate).toMatchObject({ outcome: 'set-aside', ...decision });
    // Nothing of the set-aside application is lost.
    expect(setAside).toMatchObject({
      status: 'submitted',
      person: { firstName: person.firstName },
      documents: [{}, {}],
    });

    const { items } = await queue('bauska');
    expect(items.find((item) => item.reference === second)?.state).toBe('set-aside');
    expect(items.find((item) => item.reference === first)?.state).toBe('to-review');

    const entry = (await auditProbe(file.system).entries()).find((candidate) => candidate.id === resolved.requestId);
    expect(entry).toMatchObject({
      action: 'duplicates.resolve',
      outcome: 'succeeded',
      reference: second,
      related: [first],
    });
  });

  it('leaves a person applying in two municipalities to an administrator', async () => {
    const person = newPerson();
    const inBauska = await apply(person);
    const inJelgava = await apply({ ...person, municipalityCode: JELGAVA });

    const seenByBauska = await get<DuplicatesResponse>('bauska', `${app(inBauska)}/duplicates`);
    expectOk(seenByBauska);
    expect(seenByBauska.body.canResolve).toBe(false);
    const [own, other] = seenByBauska.body.applications;
    expect(own).toMatchObject({
      reference: inBauska,
      municipalityCode: BAUSKA,
      details: { lastName: person.lastName },
    });
    expect(other).toMatchObject({ reference: inJelgava, municipalityCode: JELGAVA, state: 'possible-duplicate' });
    expect(other).not.toHaveProperty('details');
    expect(JSON.stringify(other)).not.toContain(person.lastName);

    await file.system.waitForIdle();
    const before = await file.storage.snapshot();
    expectRefused(
      await put('bauska', `${app(inBauska)}/duplicate-resolution`, { standing: inBauska, reason: 'Bauska stands.' }),
      403,
      'DUPLICATES_SPAN_MUNICIPALITIES',
    );
    expect(await file.storage.snapshot()).toEqual(before);

    const seenByAdministrator = await get<DuplicatesResponse>('admin', `${app(inJelgava)}/duplicates`);
    expectOk(seenByAdministrator);
    expect(seenByAdministrator.body.canResolve).toBe(true);
    expect(seenByAdministrator.body.applications.every((member) => member.details !== undefined)).toBe(true);

    const resolved = await put<DuplicatesResponse>('admin', `${app(inJelgava)}/duplicate-resolution`, {
      standing: inBauska,
      reason: 'The person lives in Bauska.',
    });
    expectOk(resolved);
    expect(resolved.body.resolution).toMatchObject({ standing: inBauska, by: 'admin' });
    expect((await stored(inBauska)).review?.duplicate).toMatchObject({ outcome: 'stands', by: { username: 'admin' } });
    expect((await stored(inJelgava)).review?.duplicate).toMatchObject({
      outcome: 'set-aside',
      by: { username: 'admin' },
    });
  });
});

describe('the export', () => {
  const formulaName = '=SUM(A1:A9)';
  let formulaPerson: Person;
  let formulaReference = '';

  beforeAll(async () => {
    formulaPerson = newPerson({ firstName: formulaName });
    formulaReference = await apply(formulaPerson);
  });

  it('leaves out personal codes and names unless sensitive columns are asked for', async () => {
    const answer = await get<string>('bauska', '/staff/rounds/demo/export');
    expectOk(answer);
    expect(answer.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(answer.headers.get('content-disposition')).toMatch(/^attachment; filename="demo-LV-016-.*\.csv"$/);
    const { header, rows } = parseCsv(answer.body);
    expect(header).toEqual(expect.arrayContaining(['position', 'reference', 'state', 'totalScore']));
    for (const column of ['firstName', 'lastName', 'personalCode', 'dateOfBirth', 'email', 'phone', 'representative']) {
      expect(header).not.toContain(column);
    }
    const { items } = await queue('bauska');
    expect(rows.map((row) => row.reference)).toEqual(referencesOf(items));
    for (const applicant of applicants) {
      for (const form of codeForms(applicant.personalCode)) expect(answer.body).not.toContain(form);
    }
    expect(answer.body).not.toContain(formulaName);

    const entry = (await auditProbe(file.system).entries()).find((candidate) => candidate.id === answer.requestId);
    expect(entry).toMatchObject({ action: 'queue.export', outcome: 'succeeded', municipalityCode: BAUSKA });
    expect(entry?.reason).toBeUndefined();
  });

  it('adds personal columns with sensitive=true, audited as such, and defuses a name that is a formula', async () => {
    const answer = await get<string>('bauska', '/staff/rounds/demo/export?sensitive=true');
    expectOk(answer);
    expect(answer.headers.get('content-disposition')).toMatch(/-sensitive\.csv"$/);
    const { header, rows } = parseCsv(answer.body);
    expect(header).toEqual(expect.arrayContaining(['firstName', 'lastName', 'personalCode']));
    const row = rows.find((candidate) => candidate.reference === formulaReference);
    expect(row).toMatchObject({
      firstName: `'${formulaName}`,
      lastName: formulaPerson.lastName,
      personalCode: formulaPerson.personalCode,
    });
    for (const candidate of rows) {
      for (const value of Object.values(candidate))
        expect(value, 'no cell starts a formula').not.toMatch(/^[=+\-@\t\r]/);
    }

    const entry = (await auditProbe(file.system).entries()).find((candidate) => candidate.id === answer.requestId);
    expect(entry).toMatchObject({
      action: 'queue.export',
      outcome: 'succeeded',
      municipalityCode: BAUSKA,
      reason: 'SENSITIVE_COLUMNS',
    });
  });
});

describe('the audit log', () => {
  it('holds no personal code and no name, and the stored data no personal code', async () => {
    expect(applicants.length).toBeGreaterThan(5);
    const entries = JSON.stringify(await auditProbe(file.system).entries());
    const items = await file.storage.items();
    const everything = JSON.stringify(items);
    // The queue keeps a row of each application (its entry) and the words of its name for the search.
    const withNames = ['APP#', 'QUEUE#', 'WORDS#'];
    const notApplications = JSON.stringify(
      items.filter((item) => !withNames.some((prefix) => String(item.pk).startsWith(prefix))),
    );
    for (const applicant of applicants) {
      for (const form of codeForms(applicant.personalCode)) {
        expect(entries, 'the audit log holds no personal code').not.toContain(form);
        expect(everything, 'the table holds no personal code').not.toContain(form);
      }
      for (const name of [applicant.firstName, applicant.lastName]) {
        expect(entries, 'the audit log holds no name').not.toContain(name);
        expect(notApplications, 'only the applications and the queue’s rows of them hold names').not.toContain(name);
      }
    }
  });

  // Kept last: it holds the log against every staff request this file made.
  it('holds exactly one entry per staff request, and every refused request is recorded as refused', async () => {
    const entries = await auditProbe(file.system).entries();
    expect(log.length).toBeGreaterThan(30);
    expect(log.every((request) => request.requestId !== '')).toBe(true);
    expect(entries.map((entry) => entry.id).sort()).toEqual(log.map((request) => request.requestId).sort());
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    for (const request of log) {
      const entry = byId.get(request.requestId);
      expect(entry?.outcome, `request ${request.requestId} answered ${request.status}`).toBe(
        request.status >= 400 ? 'refused' : 'succeeded',
      );
    }
  });
});
