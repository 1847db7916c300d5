import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../shared/schemas/application.ts';
import type { DownloadLinkResponse, PaperApplicationResponse } from '../../shared/schemas/staff-api.ts';
import { files, legacyPersonalCode } from '../fixtures/personal-codes.ts';
import { validRequest } from '../fixtures/requests.ts';
import { apiClient, postUploadForm } from '../helpers/api-client.ts';
import { startTestSystem, type TestSystem } from '../helpers/local-system.ts';
import { type StaffRequestLog, staffClient } from '../helpers/staff-client.ts';
import { signInStaff } from '../helpers/staff-tokens.ts';
import { storageProbe } from '../helpers/storage.ts';

/**
 * What was submitted is what staff see: an upload form is valid for 15 minutes, and posting it again after the
 * submission must not change the document staff download, nor leave the stored record describing other bytes.
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

async function storedDocument(reference: string, type: string) {
  const application = (await storage.application(reference)) as Application;
  return application.documents?.find((document) => document.type === type);
}

describe('a document after its application was submitted', () => {
  it('stays the bytes that were checked when the applicant posts the upload form again', async () => {
    applicantCount += 1;
    const person = { ...validRequest().person, personalCode: legacyPersonalCode(700 + applicantCount) };
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
    expect(await storedDocument(reference, 'application-form')).toEqual({
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
      personalCode: legacyPersonalCode(700 + applicantCount),
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
          office: { ...officeNow(), receivedBy: 'Inese Ābola, reception' },
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
    expect(await storedDocument(reference, 'disability-proof')).toMatchObject({ sha256: sha256(original) });
  });
});

/** A few minutes ago, as the office writes the date and time on a paper application (Riga time). */
function officeNow(): { receivedOn: string; receivedAtTime: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Riga',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(Date.now() - 5 * 60_000))
      .map((part) => [part.type, part.value]),
  );
  return { receivedOn: `${parts.year}-${parts.month}-${parts.day}`, receivedAtTime: `${parts.hour}:${parts.minute}` };
}
