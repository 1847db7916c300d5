import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CreateApplicationRequest } from '../../shared/schemas/application.ts';
import { files, legacyPersonalCode } from '../fixtures/personal-codes.ts';
import { validRequest } from '../fixtures/requests.ts';
import { pilotLikeRound } from '../fixtures/rounds.ts';
import { systemForFile } from '../helpers/system-for-file.ts';

const file = systemForFile();
beforeAll(async () => {
  await file.storage.putRound({
    ...pilotLikeRound,
    id: 'next-year',
    window: { firstDay: '2099-08-01', lastDay: '2099-08-16', timeZone: 'Europe/Riga' },
  });
});

const person = { ...validRequest().person, personalCode: legacyPersonalCode(900) };
const request = (overrides: Partial<CreateApplicationRequest> = {}) => validRequest({ person, ...overrides });

interface ErrorBody {
  error: {
    code: string;
    message: { lv: string; en: string };
    fields?: Array<{ path: string; code: string; message: { lv: string; en: string } }>;
  };
}

/** Sends a request that must be refused and proves it changed nothing in the table or the bucket. */
async function expectRefusedWithoutTrace(send: () => Promise<{ status: number; body: unknown }>) {
  // What earlier requests set off (a new draft's e-mail with its link) is written first, not counted as a trace.
  await file.system.waitForIdle();
  const before = await file.storage.snapshot();
  const answer = await send();
  await file.system.waitForIdle();
  expect(await file.storage.snapshot()).toEqual(before);
  const body = answer.body as ErrorBody;
  expect(answer.status).toBeGreaterThanOrEqual(400);
  expect(answer.status).toBeLessThan(500);
  expect(body.error.message.lv).not.toBe(body.error.message.en);
  for (const field of body.error.fields ?? []) expect(field.message.lv.length).toBeGreaterThan(0);
  return {
    status: answer.status,
    code: body.error.code,
    fields: (body.error.fields ?? []).map((field) => `${field.code}@${field.path}`),
  };
}

describe('refused applications leave no trace', () => {
  it.each([
    ['the window has closed', 'pilot-2019', request(), 422, 'INTAKE_CLOSED', []],
    ['the window has not opened', 'next-year', request(), 422, 'INTAKE_NOT_YET_OPEN', []],
    [
      'the municipality is not in the round',
      'demo',
      request({ person: { ...person, municipalityCode: 'LV-RIX' } }),
      422,
      'MUNICIPALITY_NOT_IN_ROUND',
      ['MUNICIPALITY_NOT_IN_ROUND@person.municipalityCode'],
    ],
    [
      'the disability group is 3',
      'demo',
      request({ person: { ...person, disabilityGroup: 3 } }),
      422,
      'DISABILITY_GROUP_NOT_ELIGIBLE',
      ['DISABILITY_GROUP_NOT_ELIGIBLE@person.disabilityGroup'],
    ],
    [
      'the mental disorder is not confirmed',
      'demo',
      request({ person: { ...person, mentalDisorderConfirmed: false } }),
      422,
      'MENTAL_DISORDER_NOT_CONFIRMED',
      ['MENTAL_DISORDER_NOT_CONFIRMED@person.mentalDisorderConfirmed'],
    ],
    [
      'the personal code is malformed',
      'demo',
      request({ person: { ...person, personalCode: '12345' } }),
      422,
      'PERSONAL_CODE_MALFORMED',
      ['PERSONAL_CODE_MALFORMED@person.personalCode'],
    ],
    ['there is no consent', 'demo', request({ consent: false }), 422, 'CONSENT_MISSING', ['CONSENT_MISSING@consent']],
    ['the round does not exist', 'no-such-round', request(), 404, 'ROUND_NOT_FOUND', []],
  ])('when %s', async (_, roundId, body, status, code, fields) => {
    expect(await expectRefusedWithoutTrace(() => file.api.create(roundId, body))).toEqual({ status, code, fields });
  });

  it('when the body has a field the form does not have', async () => {
    const body = { ...request(), favouriteColour: 'blue', person: { ...person, nickname: 'A' } };
    const refused = await expectRefusedWithoutTrace(() => file.api.create('demo', body));
    expect(refused).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(refused.fields).toEqual(
      expect.arrayContaining([expect.stringMatching(/favouriteColour/), expect.stringMatching(/person\.nickname/)]),
    );
  });

  it('when the body is too large, not JSON, or sent without an Idempotency-Key', async () => {
    const huge = { ...request(), person: { ...person, firstName: 'A'.repeat(20_000) } };
    expect(await expectRefusedWithoutTrace(() => file.api.create('demo', huge))).toMatchObject({
      status: 413,
      code: 'BODY_TOO_LARGE',
    });
    expect(
      await expectRefusedWithoutTrace(() =>
        file.api.call('POST', '/rounds/demo/applications', {
          raw: '{"person":',
          headers: { 'idempotency-key': randomUUID() },
        }),
      ),
    ).toMatchObject({ status: 400, code: 'BODY_NOT_JSON' });
    expect(
      await expectRefusedWithoutTrace(() => file.api.call('POST', '/rounds/demo/applications', { body: request() })),
    ).toMatchObject({ status: 400, code: 'IDEMPOTENCY_KEY_MISSING' });
  });

  it('reports every missing required field with its path', async () => {
    const refused = await expectRefusedWithoutTrace(() =>
      file.api.create('demo', { person: {}, contact: {}, consent: true }),
    );
    expect(refused.fields).toEqual(
      expect.arrayContaining([
        'FIELD_REQUIRED@person.firstName',
        'FIELD_REQUIRED@person.personalCode',
        'FIELD_REQUIRED@contact.language',
      ]),
    );
  });
});

describe('refused documents are not kept', () => {
  async function draft() {
    const created = await file.api.create(
      'demo',
      request({ person: { ...person, personalCode: legacyPersonalCode(901 + Math.floor(Math.random() * 50)) } }),
    );
    expect(created.status).toBe(201);
    return created.body;
  }

  it('refuses to submit without the documents and leaves the draft as it was', async () => {
    const { reference, accessCode } = await draft();
    const refused = await expectRefusedWithoutTrace(() => file.api.submit(reference, accessCode));
    expect(refused).toEqual({
      status: 422,
      code: 'VALIDATION_FAILED',
      fields: ['DOCUMENT_MISSING@documents.application-form', 'DOCUMENT_MISSING@documents.disability-proof'],
    });
    expect(await file.api.status(reference, accessCode)).toMatchObject({ body: { status: 'draft' } });
  });

  it('deletes a file that only pretends to be a PDF and one that is too large', async () => {
    const { reference, accessCode } = await draft();
    expect(await file.api.upload(reference, accessCode, 'application-form', files.htmlPretendingToBePdf())).toBe(204);
    const tooLarge = new Uint8Array(10 * 1024 * 1024 + 1);
    tooLarge.set(files.pdf());
    expect(await file.api.upload(reference, accessCode, 'disability-proof', tooLarge)).toBe(204);

    const submitted = await file.api.submit(reference, accessCode);
    expect(submitted).toMatchObject({ status: 422 });
    expect((submitted.body as ErrorBody).error.fields?.map((field) => `${field.code}@${field.path}`)).toEqual([
      'DOCUMENT_TYPE_INVALID@documents.application-form',
      'DOCUMENT_TOO_LARGE@documents.disability-proof',
    ]);
    expect((await file.storage.objectKeys()).filter((key) => key.includes(reference))).toEqual([]);
    expect(await file.storage.application(reference)).toMatchObject({ status: 'draft' });
  });

  it('refuses an unknown document type and a wrong access code without saying whether the application exists', async () => {
    const { reference, accessCode } = await draft();
    expect((await file.api.uploadForm(reference, accessCode, 'passport')).status).toBe(404);
    const wrongCode = await file.api.status(reference, 'AAAAA-AAAAA');
    const unknown = await file.api.status('ZZZZ-9999', 'AAAAA-AAAAA');
    expect(wrongCode).toEqual({
      ...unknown,
      body: { ...(unknown.body as object), requestId: (wrongCode.body as { requestId: string }).requestId },
    });
    expect(wrongCode.status).toBe(404);
  });
});
