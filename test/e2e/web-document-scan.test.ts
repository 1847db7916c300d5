import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { EICAR_TEST_STRING } from '../../infra/local/storage/malware-scanner.ts';
import { MALWARE_SCAN_TAG } from '../../shared/domain/malware-scan.ts';
import { messages } from '../../shared/http/messages.ts';
import { files, legacyPersonalCode } from '../fixtures/personal-codes.ts';
import { validRequest } from '../fixtures/requests.ts';
import { apiClient } from '../helpers/api-client.ts';
import { signInStaff } from '../helpers/staff-tokens.ts';
import { storageProbe } from '../helpers/storage.ts';
import { savedFile } from '../helpers/web-downloads.ts';
import { focused, waitUntil } from '../helpers/web-keyboard.ts';
import { checkPage, descriptionOf } from '../helpers/web-pages.ts';
import { newPage, STAFF_VIEWPORT, webSystemForFile } from '../helpers/web-system.ts';

/**
 * The document check of an application with a document the malware scan did not find clean: the API's words
 * appear next to the document, not as an error of the whole page, and the button that was pressed keeps focus.
 */

let reference = '';

const file = webSystemForFile([]);
beforeAll(async () => {
  const api = apiClient(file.system.apiUrl);
  const request = validRequest({ person: { ...validRequest().person, personalCode: legacyPersonalCode(450) } });
  const created = await api.create('demo', request);
  expect(created.status).toBe(201);
  ({ reference } = created.body);
  const { accessCode } = created.body;
  const eicarPdf = new Uint8Array([...files.pdf(), ...new TextEncoder().encode(EICAR_TEST_STRING)]);
  expect(await api.upload(reference, accessCode, 'application-form', eicarPdf)).toBe(204);
  expect(await api.upload(reference, accessCode, 'disability-proof', files.png(), 'proof.png')).toBe(204);
  expect((await api.submit(reference, accessCode)).status).toBe(200);
  const storage = storageProbe(file.system);
  expect(await storage.waitForScan({ roundId: 'demo', reference, type: 'application-form' })).toBe(
    MALWARE_SCAN_TAG.threat,
  );
});

/** The document check, signed in as Bauska's social worker (the token put where the sign-in page keeps it). */
async function documentsStep(): Promise<Page> {
  const page = await newPage(file.browser, STAFF_VIEWPORT);
  const token = await signInStaff(file.system, 'bauska');
  await page.goto(`${file.system.apiUrl}/office/sign-in`);
  await page.evaluate(`sessionStorage.setItem('staff-id-token', ${JSON.stringify(token)})`);
  await page.goto(`${file.system.apiUrl}/office/applications/${reference}/documents`);
  await page.getByRole('heading', { level: 1, name: 'Dokumentu pārbaude' }).waitFor();
  return page;
}

describe('a document the malware scan did not find clean, in the browser', () => {
  it('shows the API’s message next to the document, announced and describing its button', async () => {
    const page = await documentsStep();
    const refusal = '[data-testid="document-application-form-refusal"]';
    expect(await page.getAttribute(refusal, 'role')).toBe('status');

    const button = page.getByRole('button', { name: /^Skatīt\s*:\s*Iesniegums$/ });
    await button.focus();
    await page.keyboard.press('Enter');
    await page.locator(`${refusal} .error-message`).waitFor();

    expect(await page.locator(refusal).innerText()).toContain(messages.DOCUMENT_THREAT_FOUND.lv);
    expect(await page.locator('#error-summary').count()).toBe(0);
    expect((await focused(page))?.text).toMatch(/^Skatīt\s*:\s*Iesniegums$/);
    expect(await descriptionOf(page, '[aria-describedby="document-application-form-error"]')).toContain(
      messages.DOCUMENT_THREAT_FOUND.lv,
    );
    // Nothing of it is shown: the viewer still asks to choose a document.
    expect(await page.locator('[data-testid="document-shown"]').count()).toBe(0);
    await checkPage(page, 'staff-document-threat-found');

    // The clean document next to it still opens, and the refusal goes away.
    const download = await savedFile(page, () =>
      page.getByRole('button', { name: /^Lejupielādēt\s*:\s*Dokuments par invaliditāti$/ }).click(),
    );
    expect(download.fileName).toBe(`${reference}-disability-proof.png`);
    await waitUntil(page, `!document.querySelector('${refusal} .error-message')`);
  });
});
