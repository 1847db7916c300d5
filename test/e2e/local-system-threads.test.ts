import { describe, expect, it, vi } from 'vitest';
import { SIMULATOR_ADDRESSES } from '../../infra/local/mail/mail-events.ts';
import { EICAR_TEST_STRING } from '../../infra/local/storage/malware-scanner.ts';
import { MALWARE_SCAN_TAG } from '../../shared/domain/malware-scan.ts';
import type { StaffApplicationResponse } from '../../shared/schemas/staff-api.ts';
import { files, legacyPersonalCode } from '../fixtures/personal-codes.ts';
import { validRequest } from '../fixtures/requests.ts';
import { systemForFile } from '../helpers/system-for-file.ts';

/**
 * The local system as `npm start` runs it: the S3 and SES stand-ins and the malware scan in a worker thread of
 * their own. What an applicant gets must be what the tests' one-thread system gives.
 */
const file = systemForFile(['bauska'], { standInThread: true });

const personWith = (n: number) => ({ ...validRequest().person, personalCode: legacyPersonalCode(n) });
const isReceipt = (email: { subject: string }) => /^(Pieteikums saņemts|Application received): /.test(email.subject);

describe('the local system with its stand-ins in a thread of their own', () => {
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

  it('passes the messages SES sent on to the host, whose mailbox simulator bounces the one to its address', async () => {
    const reference = await file.api.applyOnline(
      'demo',
      validRequest({ person: personWith(902), contact: { email: SIMULATOR_ADDRESSES.bounce, language: 'lv' } }),
    );
    await vi.waitFor(
      async () => {
        const view = await file.staff.call<StaffApplicationResponse>(
          file.tokens.bauska,
          'GET',
          `/staff/applications/${reference}`,
        );
        expect(view.body.application.deliveryProblems).toMatchObject([
          { kind: 'bounce', recipient: 'applicant', notification: 'receipt' },
        ]);
      },
      { timeout: 20_000, interval: 100 },
    );
  });
});
