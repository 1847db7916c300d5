import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { files, legacyPersonalCode } from '../fixtures/personal-codes.ts';
import { validRequest } from '../fixtures/requests.ts';
import { apiClient } from '../helpers/api-client.ts';
import { storageProbe } from '../helpers/storage.ts';
import { pressSubmit, tick, typeInto, waitForPage } from '../helpers/web-keyboard.ts';
import { answerOpeningQuestions, checkPage, file, storedDraft } from '../helpers/web-pages.ts';
import { newPage, webSystemForFile } from '../helpers/web-system.ts';

const web = webSystemForFile([]);

/** The link of the "application saved" e-mail to `address` about `reference`, once the stream has sent it. */
async function continueLink(address: string, reference: string): Promise<string> {
  await web.system.waitForIdle();
  const saved = (await web.system.mail()).filter(
    (email) => email.destination.to.includes(address) && email.subject.includes(reference),
  );
  expect(saved.map((email) => email.subject)).toEqual([`Pieteikums saglabāts: ${reference}`]);
  const text = saved[0]?.body.text ?? '';
  // No personal code and no health data in the e-mail, as in every other.
  expect(text).not.toMatch(/personas kod|invaliditātes|grupa|\d{6}-\d{5}/i);
  const link = text.match(/https?:\/\/\S+\/continue#reference=\S+/)?.[0];
  if (!link) throw new Error(`No link to continue in: ${text}`);
  return link;
}

/** Answers every question up to the documents, in Latvian, for oneself. */
async function answerUpToDocuments(page: Page, email: string, personalCode: string) {
  await page.goto(`${web.system.apiUrl}/apply/demo/municipality`);
  await answerOpeningQuestions(page, {
    municipality: 'Bauskas novada pašvaldība',
    disabilityGroup: '2. grupa',
    mentalDisorder: 'Jā',
    applicant: 'Es piesakos sev',
  });
  await waitForPage(page, '/apply/demo/person');
  await typeInto(page, 'field-person-firstName', 'Ilze');
  await typeInto(page, 'field-person-lastName', 'Kalniņa');
  await typeInto(page, 'field-person-personalCode', personalCode);
  await pressSubmit(page);
  await waitForPage(page, '/apply/demo/contact');
  await typeInto(page, 'field-contact-email', email);
  await typeInto(page, 'field-contact-phone', '20000001');
  await pressSubmit(page);
  await waitForPage(page, '/apply/demo/consent');
  await tick(page, 'field-consent');
  await pressSubmit(page);
  await waitForPage(page, '/apply/demo/documents');
}

describe('saving a draft and continuing it later', () => {
  it('e-mails a link that opens the form again, in another browser, with the answers and the upload restored', async () => {
    const email = `ilze-${Date.now()}@example.lv`;
    const personalCode = legacyPersonalCode(701);
    const first = await newPage(web.browser);
    await answerUpToDocuments(first, email, personalCode);
    const created = (await storedDraft(first))?.created;
    if (!created) throw new Error('No draft was stored');
    await first.setInputFiles(
      '#field-documents-application-form',
      file('iesniegums.pdf', 'application/pdf', files.pdf()),
    );
    await first.getByText(/Saņemts: iesniegums\.pdf/).waitFor();
    // The page says until when the draft is kept.
    await first
      .getByText(/ir saglabāti līdz \d\d\.\d\d\.\d{4} \d\d:\d\d/)
      .first()
      .waitFor();

    await first.getByRole('button', { name: 'Saglabāt un turpināt vēlāk' }).click();
    await waitForPage(first, '/apply/demo/saved');
    await first.getByText(email).waitFor();
    await first.getByText(/ir saglabāti līdz \d\d\.\d\d\.\d{4}/).waitFor();
    await checkPage(first, 'lv-saved');
    await first.context().close();

    const link = await continueLink(email, created.reference);
    expect(new URL(link).hash).toBe(`#reference=${created.reference}&code=${created.accessCode}`);

    // Another browser, nothing in its storage: the link alone brings the draft back.
    const later = await newPage(web.browser);
    const requested: string[] = [];
    later.on('request', (request) => requested.push(request.url()));
    await later.goto(link);
    await waitForPage(later, '/apply/demo/documents');
    // The code left the address bar, and never went to a server in a URL.
    expect(new URL(later.url()).hash).toBe('');
    expect(requested.filter((url) => url.includes(created.accessCode))).toEqual([]);
    await later.getByText('Saņemts.').first().waitFor();
    await checkPage(later, 'lv-continued-documents');

    await later.setInputFiles('#field-documents-disability-proof', file('atzinums.png', 'image/png', files.png()));
    await later.getByText(/Saņemts: atzinums\.png/).waitFor();
    await pressSubmit(later);
    await waitForPage(later, '/apply/demo/check');
    expect(await later.locator('.summary-value').allInnerTexts()).toEqual(
      expect.arrayContaining(['Bauskas novada pašvaldība', '2. grupa', 'Ilze Kalniņa', email, '20000001']),
    );
    await later.getByRole('button', { name: 'Iesniegt pieteikumu' }).click();
    await waitForPage(later, '/apply/demo/done');
    expect(await later.getByTestId('reference').innerText()).toBe(created.reference);

    // Once sent in, the link says so and gives the status instead of the form.
    const again = await newPage(web.browser);
    await again.goto(link);
    await again.getByText('Šis pieteikums jau ir iesniegts.', { exact: false }).waitFor();
    await again.context().close();
    await later.context().close();
  });

  it('shows the privacy notice, linked from the start page, with the round’s own periods', async () => {
    const page = await newPage(web.browser);
    await page.goto(`${web.system.apiUrl}/apply/demo`);
    await page.getByText('Pieteikumu var iesniegt arī uz papīra', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Kā mēs izmantojam datus' }).click();
    await waitForPage(page, '/apply/demo/privacy');
    await page.getByText('Datu valsts inspekcijā (www.dvi.gov.lv)', { exact: false }).waitFor();
    await page.getByText('6. panta 1. punkta e)', { exact: false }).waitFor();
    await page.getByText(/dokumentus 30 dienas pēc tam, kad publicējam rezultātus/).waitFor();
    await checkPage(page, 'lv-privacy');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'How we use the data' }).waitFor();
    await page.getByText('Data State Inspectorate', { exact: false }).waitFor();
    await checkPage(page, 'en-privacy');
    await page.context().close();
  });

  it('tells a person who already applied in the round, on the page and in the receipt, without the other reference', async () => {
    const api = apiClient(web.system.apiUrl);
    const personalCode = legacyPersonalCode(703);
    const earlier = await api.create(
      'demo',
      validRequest({
        person: { ...validRequest().person, personalCode },
        contact: { email: `pirmais-${Date.now()}@example.lv`, language: 'lv' },
      }),
    );
    const { reference: earlierReference, accessCode: earlierCode } = earlier.body;
    expect(await api.upload(earlierReference, earlierCode, 'application-form', files.pdf())).toBe(204);
    expect(await api.upload(earlierReference, earlierCode, 'disability-proof', files.png(), 'proof.png')).toBe(204);
    const first = await api.submit(earlierReference, earlierCode);
    expect(first.body).not.toHaveProperty('alreadyAppliedInRound');

    const email = `otrais-${Date.now()}@example.lv`;
    const page = await newPage(web.browser);
    await answerUpToDocuments(page, email, personalCode);
    const reference = (await storedDraft(page))?.created?.reference ?? '';
    await page.setInputFiles(
      '#field-documents-application-form',
      file('iesniegums.pdf', 'application/pdf', files.pdf()),
    );
    await page.getByText(/Saņemts: iesniegums\.pdf/).waitFor();
    await page.setInputFiles('#field-documents-disability-proof', file('atzinums.png', 'image/png', files.png()));
    await page.getByText(/Saņemts: atzinums\.png/).waitFor();
    await pressSubmit(page);
    await waitForPage(page, '/apply/demo/check');
    await page.getByRole('button', { name: 'Iesniegt pieteikumu' }).click();
    await waitForPage(page, '/apply/demo/done');
    await page.getByRole('heading', { name: 'Šai personai jau ir pieteikums' }).waitFor();
    await page.getByText('Sociālais dienests izskatīs abus pieteikumus un paturēs vienu no tiem.').waitFor();
    expect(await page.content()).not.toContain(earlierReference);
    await checkPage(page, 'lv-done-already-applied');
    await page.context().close();

    await web.system.waitForIdle();
    const receipts = (await web.system.mail()).filter((mail) => mail.subject === `Pieteikums saņemts: ${reference}`);
    expect(receipts).toHaveLength(1);
    const receipt = JSON.stringify(receipts[0]);
    expect(receipt).toContain('Šai personai šajā kārtā jau ir iesniegts cits pieteikums.');
    expect(receipt).not.toContain(earlierReference);
    // The first one's receipt says nothing of the kind.
    const firstReceipt = (await web.system.mail()).find(
      (mail) => mail.subject === `Pieteikums saņemts: ${earlierReference}`,
    );
    expect(JSON.stringify(firstReceipt)).not.toContain('jau ir iesniegts cits pieteikums');
  });

  it('tells kindly that an expired draft is gone, and the local sweep deletes it with its uploads', async () => {
    const api = apiClient(web.system.apiUrl);
    const email = `vecs-${Date.now()}@example.lv`;
    const request = validRequest({
      person: { ...validRequest().person, personalCode: legacyPersonalCode(702) },
      contact: { email, language: 'lv' },
    });
    const created = await api.create('demo', request);
    expect(created.status).toBe(201);
    const { reference, accessCode } = created.body;
    expect(await api.upload(reference, accessCode, 'application-form', files.pdf())).toBe(204);
    const status = await api.status(reference, accessCode);
    const expiresAt = Date.parse((status.body as { draftExpiresAt: string }).draftExpiresAt);
    expect(expiresAt).toBeGreaterThan(web.system.clock.now().getTime());
    const link = await continueLink(email, reference);

    web.system.clock.advanceTo(expiresAt + 1000);
    const page = await newPage(web.browser);
    await page.goto(link);
    await page.getByRole('heading', { name: 'Pieteikums vairs nav saglabāts' }).waitFor();
    await page.getByText('Lūdzu, sāciet pieteikumu no jauna.', { exact: false }).waitFor();
    await checkPage(page, 'lv-draft-expired');
    expect(await page.getByRole('link', { name: 'Sākt jaunu pieteikumu' }).getAttribute('href')).toBe(
      '/apply/demo/municipality',
    );
    await page.context().close();

    const storage = storageProbe(web.system);
    expect(await storage.application(reference)).toBeDefined();
    expect((await storage.objectKeys()).some((key) => key.includes(reference))).toBe(true);
    expect(await web.system.deleteExpiredDrafts()).toContain(reference);
    expect(await storage.application(reference)).toBeUndefined();
    expect((await storage.objectKeys()).some((key) => key.includes(reference))).toBe(false);
    expect((await api.status(reference, accessCode)).status).toBe(404);
  });
});
