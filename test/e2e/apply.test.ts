import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { files, legacyPersonalCode } from '../fixtures/personal-codes.ts';
import { validRequest } from '../fixtures/requests.ts';
import { systemForFile } from '../helpers/system-for-file.ts';

const file = systemForFile();

const personWith = (n: number) => ({ ...validRequest().person, personalCode: legacyPersonalCode(n) });

/** Create, upload both documents, submit: what a whole application takes. */
async function apply(request = validRequest()) {
  const created = await file.api.create('demo', request);
  expect(created.status).toBe(201);
  const { reference, accessCode } = created.body;
  expect(await file.api.upload(reference, accessCode, 'application-form', files.pdf())).toBe(204);
  expect(await file.api.upload(reference, accessCode, 'disability-proof', files.png(), 'proof.png')).toBe(204);
  // Whoever applies for the person proves their authority.
  if (request.representative) {
    expect(await file.api.upload(reference, accessCode, 'representative-authority', files.pdf())).toBe(204);
  }
  const submitted = await file.api.submit(reference, accessCode);
  expect(submitted.status).toBe(200);
  return { reference, accessCode, submitted };
}

/** Receipts only: the e-mail with the link to continue the draft goes out when the draft is stored. */
const isReceipt = (email: { subject: string }) => /^(Pieteikums saņemts|Application received): /.test(email.subject);
const receiptsFor = async (reference: string) =>
  (await file.system.mail()).filter((email) => isReceipt(email) && JSON.stringify(email).includes(reference));

describe('applying over HTTP', () => {
  it('creates, uploads, submits, shows the status and e-mails the receipt exactly once', async () => {
    const { reference, accessCode, submitted } = await apply(validRequest({ person: personWith(1) }));
    expect(submitted.body).toMatchObject({
      reference,
      roundId: 'demo',
      status: 'submitted',
      documents: [
        { type: 'application-form', received: true },
        { type: 'disability-proof', received: true },
      ],
    });
    expect(await file.api.status(reference, accessCode)).toMatchObject({ status: 200, body: { status: 'submitted' } });

    await file.system.waitForIdle();
    expect(await receiptsFor(reference)).toHaveLength(1);
    // Submitting again changes nothing and sends nothing.
    const again = await file.api.submit(reference, accessCode);
    expect(again.body).toEqual(submitted.body);
    await file.system.waitForIdle();
    expect(await receiptsFor(reference)).toHaveLength(1);
  });

  it('e-mails both the person and the legal representative', async () => {
    const representative = {
      firstName: 'Jānis',
      lastName: 'Bērziņš',
      capacity: 'guardian' as const,
      email: `guardian-${randomUUID()}@example.lv`,
    };
    const { reference } = await apply(validRequest({ person: personWith(2), representative }));
    await file.system.waitForIdle();
    const receipts = await receiptsFor(reference);
    expect(receipts).toHaveLength(2);
    expect(JSON.stringify(receipts)).toContain(representative.email);
  });

  it('keeps the personal code out of keys, e-mails and the status answer', async () => {
    const person = personWith(3);
    const { reference, accessCode } = await apply(validRequest({ person }));
    await file.system.waitForIdle();
    const digits = person.personalCode.replace('-', '');
    const stored = await file.storage.application(reference);
    expect(JSON.stringify(stored)).not.toContain(digits);
    expect(JSON.stringify(await receiptsFor(reference))).not.toContain(digits);
    expect(JSON.stringify(await file.api.status(reference, accessCode))).not.toContain(digits);
    expect((await file.storage.objectKeys()).join()).not.toContain(digits);
  });

  it('answers a retried create with the same Idempotency-Key with the first answer and stores one application', async () => {
    const key = randomUUID();
    const request = validRequest({ person: personWith(4) });
    // The e-mail ledger's items come and go with the stream (the link to a new draft is e-mailed): not counted.
    const stored = async () =>
      (await file.storage.items()).filter((item) => !String(item.pk).startsWith('NOTIFICATION#')).length;
    const before = await stored();
    const [first, second] = await Promise.all([
      file.api.create('demo', request, key),
      file.api.create('demo', request, key),
    ]);
    const third = await file.api.create('demo', request, key);
    expect(first.status).toBe(201);
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    // One application, which carries its idempotency record.
    expect(await stored()).toBe(before + 1);
  });

  it('refuses the same Idempotency-Key with another request', async () => {
    const key = randomUUID();
    expect((await file.api.create('demo', validRequest({ person: personWith(5) }), key)).status).toBe(201);
    const reused = await file.api.create('demo', validRequest({ person: personWith(6) }), key);
    expect(reused).toMatchObject({ status: 409, body: { error: { code: 'IDEMPOTENCY_KEY_REUSED' } } });
  });

  it('accepts a second application of the same person, flags it, and keeps the first in its place', async () => {
    const person = personWith(7);
    const first = await apply(validRequest({ person }));
    const firstStored = await file.storage.application(first.reference);
    const second = await apply(validRequest({ person: { ...person, firstName: 'Annija' } }));
    // The person is told that another application exists, and nothing of it: not its reference, not when.
    expect(first.submitted.body).not.toHaveProperty('alreadyAppliedInRound');
    expect(second.submitted.body).toMatchObject({ alreadyAppliedInRound: true });
    expect(Object.keys(second.submitted.body as object).sort()).toEqual(
      [...Object.keys(first.submitted.body as object), 'alreadyAppliedInRound'].sort(),
    );
    expect(JSON.stringify(second.submitted.body)).not.toContain(first.reference);
    expect(JSON.stringify(second.submitted.body)).not.toContain(
      (first.submitted.body as { receivedAt: string }).receivedAt,
    );
    await file.system.waitForIdle();
    const [receipt] = await receiptsFor(second.reference);
    expect(receipt?.body.text).toContain('Šai personai šajā kārtā jau ir iesniegts cits pieteikums.');
    expect(JSON.stringify(receipt)).not.toContain(first.reference);
    expect(await file.storage.application(second.reference)).toMatchObject({
      flags: { possibleDuplicateOf: first.reference },
    });
    expect(await file.storage.application(first.reference)).toEqual(firstStored);
  });

  it('accepts a legacy code with a wrong check digit and flags it for the social worker', async () => {
    const { reference } = await apply(
      validRequest({ person: { ...validRequest().person, personalCode: '180565-05611' } }),
    );
    expect(await file.storage.application(reference)).toMatchObject({ flags: { personalCodeChecksumMismatch: true } });
  });

  it('lists the rounds, newest first, with whether intake is open now', async () => {
    const listed = await file.api.call<{
      rounds: Array<{ id: string; intakeState: string; window: { opensAt: string } }>;
    }>('GET', '/rounds');
    expect(listed.status).toBe(200);
    expect(listed.body.rounds.map(({ id, intakeState }) => ({ id, intakeState }))).toEqual([
      { id: 'demo', intakeState: 'open' },
      { id: 'pilot-2019', intakeState: 'closed' },
    ]);
    expect(listed.body.rounds[1]?.window.opensAt).toBe('2019-07-31T21:00:00.000Z');
  });

  it('lets a draft be corrected without losing its documents, and not after it was submitted', async () => {
    const person = personWith(8);
    const created = await file.api.create('demo', validRequest({ person }));
    const { reference, accessCode } = created.body;
    expect(await file.api.upload(reference, accessCode, 'application-form', files.pdf())).toBe(204);

    const corrected = validRequest({ person: { ...person, firstName: 'Annija', municipalityCode: 'LV-JEL' } });
    const updated = await file.api.call('PUT', `/applications/${reference}`, {
      body: corrected,
      headers: { 'x-access-code': accessCode },
    });
    expect(updated).toMatchObject({
      status: 200,
      body: {
        status: 'draft',
        municipalityCode: 'LV-JEL',
        documents: [{ type: 'application-form', received: true }, { received: false }],
      },
    });
    expect(await file.storage.application(reference)).toMatchObject({
      person: { firstName: 'Annija', municipalityCode: 'LV-JEL' },
    });

    const refused = await file.api.call('PUT', `/applications/${reference}`, {
      body: { ...corrected, consent: false },
      headers: { 'x-access-code': accessCode },
    });
    expect(refused).toMatchObject({ status: 422, body: { error: { code: 'CONSENT_MISSING' } } });
    expect(await file.storage.application(reference)).toMatchObject({ person: { firstName: 'Annija' } });

    expect(await file.api.upload(reference, accessCode, 'disability-proof', files.pdf())).toBe(204);
    expect((await file.api.submit(reference, accessCode)).status).toBe(200);
    const afterSubmit = await file.api.call('PUT', `/applications/${reference}`, {
      body: validRequest({ person }),
      headers: { 'x-access-code': accessCode },
    });
    expect(afterSubmit).toMatchObject({ status: 409, body: { error: { code: 'APPLICATION_ALREADY_SUBMITTED' } } });
    expect(await file.storage.application(reference)).toMatchObject({
      status: 'submitted',
      person: { firstName: 'Annija' },
    });
  });

  it('loses and duplicates nothing when 50 people submit at the same moment', async () => {
    const created = await Promise.all(
      Array.from({ length: 50 }, (_, n) => file.api.create('demo', validRequest({ person: personWith(100 + n) }))),
    );
    await Promise.all(
      created.map(async ({ body }) => {
        await file.api.upload(body.reference, body.accessCode, 'application-form', files.pdf());
        await file.api.upload(body.reference, body.accessCode, 'disability-proof', files.pdf());
      }),
    );
    const submitted = await Promise.all(created.map(({ body }) => file.api.submit(body.reference, body.accessCode)));
    expect(submitted.map((answer) => answer.status)).toEqual(Array(50).fill(200));
    const references = new Set(created.map(({ body }) => body.reference));
    expect(references.size).toBe(50);

    const stored = await Promise.all([...references].map((reference) => file.storage.application(reference)));
    expect(
      stored.every(
        (item) => item?.status === 'submitted' && !Object.hasOwn((item.flags as object) ?? {}, 'possibleDuplicateOf'),
      ),
    ).toBe(true);
    await file.system.waitForIdle();
    const mail = await file.system.mail();
    for (const reference of references) {
      expect(mail.filter((email) => isReceipt(email) && JSON.stringify(email).includes(reference))).toHaveLength(1);
    }
    // Each new draft's e-mail with its link goes out too: 100 e-mails through the stream on a shared machine.
  }, 150_000);

  it('takes an application with only a phone, and sends it no e-mail at all', async () => {
    const { reference, accessCode } = await apply(
      validRequest({ person: personWith(8), contact: { phone: '+371 20000008', language: 'lv' } }),
    );
    expect((await file.api.status(reference, accessCode)).body).toMatchObject({ status: 'submitted' });
    expect(await file.storage.application(reference)).toMatchObject({ contact: { phone: '+371 20000008' } });
    await file.system.waitForIdle();
    expect((await file.system.mail()).filter((email) => JSON.stringify(email).includes(reference))).toEqual([]);
  });

  it('takes a post address instead of an e-mail', async () => {
    const address = 'Rīgas iela 1-2, Bauska, LV-3901';
    const { reference } = await apply(validRequest({ person: personWith(9), contact: { address, language: 'lv' } }));
    expect(await file.storage.application(reference)).toMatchObject({ contact: { address } });
  });

  it('refuses an application with no e-mail, no phone and no post address, saying what to give', async () => {
    const refused = await file.api.create(
      'demo',
      validRequest({ person: personWith(10), contact: { language: 'lv' } }),
    );
    expect(refused).toMatchObject({
      status: 422,
      body: {
        error: {
          fields: [
            {
              path: 'contact.email',
              code: 'CONTACT_MISSING',
              message: { lv: expect.stringContaining('e-pastu, tālruni vai pasta adresi'), en: expect.any(String) },
            },
          ],
        },
      },
    });
  });
});
