import { describe, expect, it } from 'vitest';
import { EICAR_TEST_STRING } from '../../infra/local/storage/malware-scanner.ts';
import { MALWARE_SCAN_TAG } from '../../shared/domain/malware-scan.ts';
import { messages } from '../../shared/http/messages.ts';
import { files, legacyPersonalCode } from '../fixtures/personal-codes.ts';
import { validRequest } from '../fixtures/requests.ts';
import { systemForFile } from '../helpers/system-for-file.ts';

/**
 * The local system as `npm start` runs it: the functions in worker threads of their own, the S3 server and the
 * malware scan stand-in in another. What an applicant gets must be what the tests' one-thread system gives.
 */
const file = systemForFile([], { functionThreads: 2, storageThread: true });

const personWith = (n: number) => ({ ...validRequest().person, personalCode: legacyPersonalCode(n) });
const isReceipt = (email: { subject: string }) => /^(Pieteikums saņemts|Application received): /.test(email.subject);

describe('the local system with its functions and storage in threads of their own', () => {
  it('takes a whole application, e-mails its receipt once and scans its documents', async () => {
    const created = await file.api.create('demo', validRequest({ person: personWith(901) }));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const { reference, accessCode } = created.body;
    expect(await file.api.upload(reference, accessCode, 'application-form', files.pdf())).toBe(204);
    const eicarPng = new Uint8Array([...files.png(), ...new TextEncoder().encode(EICAR_TEST_STRING)]);
    expect(await file.api.upload(reference, accessCode, 'disability-proof', eicarPng, 'proof.png')).toBe(204);
    const submitted = await file.api.submit(reference, accessCode);
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body).toMatchObject({ reference, status: 'submitted' });

    await file.system.waitForIdle();
    const receipts = (await file.system.mail()).filter(
      (email) => isReceipt(email) && JSON.stringify(email).includes(reference),
    );
    expect(receipts).toHaveLength(1);
    const form = { roundId: 'demo', reference, type: 'application-form' } as const;
    expect(await file.storage.waitForScan(form)).toBe(MALWARE_SCAN_TAG.clean);
    expect(await file.storage.waitForScan({ ...form, type: 'disability-proof' })).toBe(MALWARE_SCAN_TAG.threat);
  });

  it("stamps requests with the host's clock, which the functions in their threads go by", async () => {
    // The demo round's intake ends 30 days from the start; the clock moved past it closes intake for them.
    file.system.clock.advance(32 * 24 * 60 * 60 * 1000);
    const refused = await file.api.create('demo', validRequest({ person: personWith(902) }));
    expect(refused.body).toMatchObject({ error: { code: 'INTAKE_CLOSED', message: messages.INTAKE_CLOSED } });
  });
});
