import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EICAR_TEST_STRING } from '../../infra/local/storage/malware-scanner.ts';
import { MALWARE_SCAN_TAG } from '../../shared/domain/malware-scan.ts';
import { messages } from '../../shared/http/messages.ts';
import type { ErrorResponse, RoundResponse } from '../../shared/schemas/api.ts';
import type { AuditEntry } from '../../shared/schemas/audit.ts';
import type {
  DownloadLinkResponse,
  PaperApplicationResponse,
  StaffApplicationResponse,
} from '../../shared/schemas/staff-api.ts';
import { rigaClock } from '../fixtures/office-clock.ts';
import { files, legacyPersonalCode } from '../fixtures/personal-codes.ts';
import { validRequest } from '../fixtures/requests.ts';
import { apiClient, postUploadForm } from '../helpers/api-client.ts';
import { errorOf, fieldsOf } from '../helpers/http-answers.ts';
import { startTestSystem, type TestSystem } from '../helpers/local-system.ts';
import { auditProbe, type StaffAnswer, type StaffRequestLog, staffClient } from '../helpers/staff-client.ts';
import { signInStaff } from '../helpers/staff-tokens.ts';
import { storageProbe } from '../helpers/storage.ts';

/**
 * What was submitted is what staff see: an upload form is valid for 15 minutes, and posting it again after the
 * submission must not change the document staff download, nor leave the stored record describing other bytes.
 *
 * Staff get a download link only to a document the malware scan found clean. Locally the scan is the stand-in for
 * GuardDuty Malware Protection for S3, which tags the EICAR anti-virus test file as a threat and anything else as
 * clean, shortly after the upload.
 */

let system: TestSystem;
let api: ReturnType<typeof apiClient>;
let storage: ReturnType<typeof storageProbe>;
let staff: ReturnType<typeof staffClient>;
const log: StaffRequestLog = [];
let bauska = '';
let applicantCount = 0;

beforeAll(async () => {
  system = await startTestSystem();
  api = apiClient(system.apiUrl);
  storage = storageProbe(system);
  staff = staffClient(system.apiUrl, log);
  bauska = await signInStaff(system, 'bauska');
});
afterAll(() => system?.stop());

/** A PDF (by its first bytes, so the submission accepts it) that carries the EICAR anti-virus test string. */
const eicarPdf = () => new Uint8Array([...files.pdf(), ...new TextEncoder().encode(EICAR_TEST_STRING)]);

/** A submitted Bauska application whose application form is `form`. */
async function apply(form: Uint8Array = files.pdf()): Promise<{ reference: string; personalCode: string }> {
  applicantCount += 1;
  const personalCode = legacyPersonalCode(500 + applicantCount);
  const created = await api.create('demo', validRequest({ person: { ...validRequest().person, personalCode } }));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const { reference, accessCode } = created.body;
  expect(await api.upload(reference, accessCode, 'application-form', form)).toBe(204);
  expect(await api.upload(reference, accessCode, 'disability-proof', files.png(), 'proof.png')).toBe(204);
  expect((await api.submit(reference, accessCode)).status).toBe(200);
  return { reference, personalCode };
}

const formKey = (reference: string) => ({ roundId: 'demo', reference, type: 'application-form' }) as const;

const link = (reference: string) =>
  staff.call<DownloadLinkResponse | ErrorResponse>(
    bauska,
    'GET',
    `/staff/applications/${reference}/documents/application-form`,
  );

async function auditEntryOf(answer: StaffAnswer<unknown>): Promise<AuditEntry | undefined> {
  return (await auditProbe(system).entries()).find((entry) => entry.id === answer.requestId);
}

/** A 409 with `code`, its Latvian and English message, no link, and one audit entry of the refusal. */
async function expectRefused(answer: StaffAnswer<unknown>, reference: string, code: keyof typeof messages) {
  expect(answer.status, JSON.stringify(answer.body)).toBe(409);
  expect(errorOf(answer)).toMatchObject({ code, message: messages[code] });
  expect(JSON.stringify(answer.body)).not.toContain('http');
  expect(await auditEntryOf(answer)).toMatchObject({
    action: 'document.download',
    reference,
    actor: { username: 'bauska' },
    outcome: 'refused',
    reason: code,
  });
}

type UploadForm = { url: string; fields: Record<string, string> };

const notAPdf = () => new TextEncoder().encode('not a pdf at all');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The bytes staff get through the download link of one document, once its scan found it clean. */
async function downloadAsStaff(reference: string, type: 'application-form' | 'disability-proof') {
  await storage.waitForScan({ roundId: 'demo', reference, type });
  const answer = await staff.call<DownloadLinkResponse>(
    bauska,
    'GET',
    `/staff/applications/${reference}/documents/${type}`,
  );
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return new Uint8Array(await (await fetch(answer.body.url)).arrayBuffer());
}

describe('a document after its application was submitted', () => {
  it('stays the bytes that were checked when the applicant posts the upload form again', async () => {
    applicantCount += 1;
    const person = { ...validRequest().person, personalCode: legacyPersonalCode(500 + applicantCount) };
    const created = await api.create('demo', validRequest({ person }));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const { reference, accessCode } = created.body;
    const formAnswer = await api.uploadForm(reference, accessCode, 'application-form');
    expect(formAnswer.status).toBe(200);
    const form: UploadForm = formAnswer.body;
    const original = files.pdf();
    expect(await postUploadForm(form, original)).toBe(204);
    expect(await api.upload(reference, accessCode, 'disability-proof', files.png(), 'proof.png')).toBe(204);
    expect((await api.submit(reference, accessCode)).status).toBe(200);

    // The form is still within its 15 minutes: storage may take the post, but it must reach nothing staff see.
    await postUploadForm(form, notAPdf());

    expect(await downloadAsStaff(reference, 'application-form')).toEqual(original);
    expect(await storage.storedDocument(reference, 'application-form')).toEqual({
      type: 'application-form',
      contentType: 'application/pdf',
      sizeBytes: original.byteLength,
      sha256: sha256(original),
    });
    // The applicant's status page still shows both documents received.
    const status = await api.status(reference, accessCode);
    expect(status.body).toMatchObject({ status: 'submitted', documents: [{ received: true }, { received: true }] });
  });

  it('stays the scan the office submitted when the social worker posts the scan form again', async () => {
    applicantCount += 1;
    const { municipalityCode: _, ...person } = {
      ...validRequest().person,
      personalCode: legacyPersonalCode(500 + applicantCount),
    };
    const registered = await staff.call<PaperApplicationResponse>(
      bauska,
      'POST',
      '/staff/rounds/demo/paper-applications',
      {
        body: {
          person,
          contact: { language: 'lv' },
          consent: true,
          office: { ...rigaClock(new Date(Date.now() - 5 * 60_000)), receivedBy: 'Inese Ābola, reception' },
        },
        headers: { 'idempotency-key': randomUUID() },
      },
    );
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);
    const { reference } = registered.body;
    const scanForm = async (type: string) => {
      const answer = await staff.call<UploadForm>(
        bauska,
        'POST',
        `/staff/applications/${reference}/paper-documents/${type}`,
      );
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      return answer.body;
    };
    const form = await scanForm('disability-proof');
    const original = files.png();
    expect(await postUploadForm(form, original, 'scan.png')).toBe(204);
    expect(await postUploadForm(await scanForm('application-form'), files.pdf(), 'scan.pdf')).toBe(204);
    const submitted = await staff.call(bauska, 'POST', `/staff/applications/${reference}/paper-submission`);
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);

    await postUploadForm(form, notAPdf());

    expect(await downloadAsStaff(reference, 'disability-proof')).toEqual(original);
    expect(await storage.storedDocument(reference, 'disability-proof')).toMatchObject({ sha256: sha256(original) });
  });
});

describe('the documents an application needs', () => {
  const representative = {
    firstName: 'Ģirts',
    lastName: 'Ķuzāns',
    capacity: 'authorised-person' as const,
    email: 'girts@example.lv',
  };

  /** A Bauska draft in `roundId`, by the person or, with `representative`, for them. */
  async function draft(roundId: string, withRepresentative = false) {
    applicantCount += 1;
    const person = { ...validRequest().person, personalCode: legacyPersonalCode(500 + applicantCount) };
    const request = validRequest({ person, ...(withRepresentative && { representative }) });
    const created = await api.create(roundId, request);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body as { reference: string; accessCode: string; requiredDocuments: string[] };
  }

  it('asks a representative for the proof of authority, refuses to submit without it and says how to fix it', async () => {
    const { reference, accessCode, requiredDocuments } = await draft('demo', true);
    expect(requiredDocuments).toEqual(['application-form', 'disability-proof', 'representative-authority']);
    expect(await api.upload(reference, accessCode, 'application-form', files.pdf())).toBe(204);
    expect(await api.upload(reference, accessCode, 'disability-proof', files.png(), 'proof.png')).toBe(204);

    const refused = await api.submit(reference, accessCode);
    expect(refused.status).toBe(422);
    expect(errorOf(refused)).toMatchObject({
      code: 'REPRESENTATIVE_AUTHORITY_MISSING',
      message: messages.REPRESENTATIVE_AUTHORITY_MISSING,
      fields: [
        {
          path: 'documents.representative-authority',
          code: 'REPRESENTATIVE_AUTHORITY_MISSING',
          message: messages.REPRESENTATIVE_AUTHORITY_MISSING,
        },
      ],
    });
    expect(messages.REPRESENTATIVE_AUTHORITY_MISSING.lv).toContain('pilnvar');
    expect(messages.REPRESENTATIVE_AUTHORITY_MISSING.en).toContain('power of attorney');
    expect(await storage.application(reference)).toMatchObject({ status: 'draft' });

    // The power of attorney, signed with an e-signature: an .edoc container.
    const proof = files.asice();
    expect(await api.upload(reference, accessCode, 'representative-authority', proof, 'pilnvara.edoc')).toBe(204);
    const submitted = await api.submit(reference, accessCode);
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body).toMatchObject({
      status: 'submitted',
      documents: [
        { type: 'application-form', received: true },
        { type: 'disability-proof', received: true },
        { type: 'representative-authority', received: true },
      ],
    });
    expect(await storage.storedDocument(reference, 'representative-authority')).toMatchObject({
      contentType: 'application/vnd.etsi.asic-e+zip',
      sha256: sha256(proof),
    });

    // Staff see it among the documents, named in both languages, and download it as an .edoc file.
    const view = await staff.call<StaffApplicationResponse>(bauska, 'GET', `/staff/applications/${reference}`);
    expect(view.status, JSON.stringify(view.body)).toBe(200);
    expect(view.body.round.requiredDocuments.at(-1)).toMatchObject({
      type: 'representative-authority',
      name: { lv: 'Pārstāvības tiesības apliecinošs dokuments', en: 'Proof of the right to represent' },
    });
    await storage.waitForScan({ roundId: 'demo', reference, type: 'representative-authority' });
    const download = await staff.call<DownloadLinkResponse>(
      bauska,
      'GET',
      `/staff/applications/${reference}/documents/representative-authority`,
    );
    expect(download.status, JSON.stringify(download.body)).toBe(200);
    const file = await fetch(download.body.url);
    expect(file.headers.get('content-disposition')).toContain(`${reference}-representative-authority.edoc`);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(proof);
  });

  it('gives a person applying for themself no upload form for a proof of authority', async () => {
    const { reference, accessCode, requiredDocuments } = await draft('demo');
    expect(requiredDocuments).toEqual(['application-form', 'disability-proof']);
    const form = await api.uploadForm(reference, accessCode, 'representative-authority');
    expect(form.status).toBe(422);
    expect(errorOf(form)?.code).toBe('DOCUMENT_TYPE_NOT_REQUIRED');
  });

  it('refuses a plain ZIP at submission, and takes an e-signed container in its place', async () => {
    const { reference, accessCode } = await draft('demo');
    expect(await api.upload(reference, accessCode, 'application-form', files.zip(), 'iesniegums.edoc')).toBe(204);
    expect(await api.upload(reference, accessCode, 'disability-proof', files.png(), 'proof.png')).toBe(204);
    const refused = await api.submit(reference, accessCode);
    expect(refused.status).toBe(422);
    expect(fieldsOf(refused)).toEqual(['DOCUMENT_TYPE_INVALID@documents.application-form']);

    expect(await api.upload(reference, accessCode, 'application-form', files.asice(), 'iesniegums.asice')).toBe(204);
    const submitted = await api.submit(reference, accessCode);
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(await storage.storedDocument(reference, 'application-form')).toMatchObject({
      contentType: 'application/vnd.etsi.asic-e+zip',
    });
  });

  it('submits without the signed form in a round whose online answers are the application', async () => {
    const admin = await signInStaff(system, 'admin');
    const {
      id: _id,
      intakeState: _state,
      window,
      windowChanges: _changes,
      revision: _revision,
      ...demo
    } = (await api.round('demo')).body as unknown as RoundResponse;
    const rules = {
      ...demo,
      window: { firstDay: window.firstDay, lastDay: window.lastDay, timeZone: window.timeZone },
      onlineAnswersAreApplication: true,
    };
    const saved = await staff.call<RoundResponse>(admin, 'PUT', '/staff/rounds/answers-are-the-application', {
      body: rules,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    expect(saved.body.onlineAnswersAreApplication).toBe(true);

    const { reference, accessCode, requiredDocuments } = await draft('answers-are-the-application');
    expect(requiredDocuments).toEqual(['disability-proof']);
    const form = await api.uploadForm(reference, accessCode, 'application-form');
    expect(errorOf(form)?.code).toBe('DOCUMENT_TYPE_NOT_REQUIRED');
    expect(await api.upload(reference, accessCode, 'disability-proof', files.png(), 'proof.png')).toBe(204);
    const submitted = await api.submit(reference, accessCode);
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', documents: [{ type: 'disability-proof' }] });
  });
});

describe('a download link to a scanned document', () => {
  it('is given once the scan found the document clean, and the link downloads it', async () => {
    const { reference } = await apply();
    expect(await storage.waitForScan(formKey(reference))).toBe(MALWARE_SCAN_TAG.clean);

    const answer = await link(reference);

    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const downloaded = await fetch((answer.body as DownloadLinkResponse).url);
    expect(new Uint8Array(await downloaded.arrayBuffer())).toEqual(files.pdf());
    expect(await auditEntryOf(answer)).toMatchObject({ action: 'document.download', outcome: 'succeeded' });
  });

  it('is refused with DOCUMENT_THREAT_FOUND for an uploaded EICAR test file, and the refusal is audited', async () => {
    const { reference, personalCode } = await apply(eicarPdf());
    expect(await storage.waitForScan(formKey(reference))).toBe(MALWARE_SCAN_TAG.threat);

    const answer = await link(reference);

    await expectRefused(answer, reference, 'DOCUMENT_THREAT_FOUND');
    const entry = JSON.stringify(await auditEntryOf(answer));
    for (const code of [personalCode, personalCode.replace('-', '')]) expect(entry).not.toContain(code);
    // The other document of the same application was clean.
    expect(await storage.waitForScan({ ...formKey(reference), type: 'disability-proof' })).toBe(MALWARE_SCAN_TAG.clean);
  });

  it('is refused with DOCUMENT_SCAN_PENDING while the document has no scan tag', async () => {
    const { reference } = await apply();
    await storage.waitForScan(formKey(reference));
    await storage.setTags(formKey(reference), {});

    await expectRefused(await link(reference), reference, 'DOCUMENT_SCAN_PENDING');

    // Scanned clean again, the same request gets its link.
    await storage.setTags(formKey(reference), { [MALWARE_SCAN_TAG.key]: MALWARE_SCAN_TAG.clean });
    expect((await link(reference)).status).toBe(200);
  });

  it.each([MALWARE_SCAN_TAG.unsupported, MALWARE_SCAN_TAG.accessDenied, MALWARE_SCAN_TAG.failed])(
    'is refused with DOCUMENT_SCAN_FAILED when the scan result is %s',
    async (result) => {
      const { reference } = await apply();
      await storage.waitForScan(formKey(reference));
      await storage.setTags(formKey(reference), { [MALWARE_SCAN_TAG.key]: result });

      await expectRefused(await link(reference), reference, 'DOCUMENT_SCAN_FAILED');
    },
  );

  it('left one audit entry per staff request, refused ones included', async () => {
    const ids = (await auditProbe(system).entries()).map((entry) => entry.id).sort();
    expect(ids).toEqual(log.map((request) => request.requestId).sort());
  });
});
