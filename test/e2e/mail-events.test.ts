import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIMULATOR_ADDRESSES } from '../../infra/local/mail/mail-events.ts';
import type { CreateApplicationRequest } from '../../shared/schemas/application.ts';
import type { StaffApplicationResponse } from '../../shared/schemas/staff-api.ts';
import { legacyPersonalCode } from '../fixtures/personal-codes.ts';
import { validRequest } from '../fixtures/requests.ts';
import { apiClient } from '../helpers/api-client.ts';
import { openBrowser } from '../helpers/browser.ts';
import { startTestSystem, type TestSystem } from '../helpers/local-system.ts';
import { type StaffRequestLog, staffClient } from '../helpers/staff-client.ts';
import { STAFF_DEMO_PASSWORD, signInStaff } from '../helpers/staff-tokens.ts';
import { pressSubmit, typeInto, waitForPage } from '../helpers/web-keyboard.ts';
import { assertWebBuilt, checkPage } from '../helpers/web-pages.ts';

/**
 * SES's mailbox simulator in the local system: the receipt to a simulator address comes back as a bounce or a
 * complaint through the same SNS event and function as in AWS, and the social service sees it on the application.
 */

let system: TestSystem;
let api: ReturnType<typeof apiClient>;
let staff: ReturnType<typeof staffClient>;
let token = '';
let browser: Browser | undefined;

beforeAll(async () => {
  system = await startTestSystem();
  api = apiClient(system.apiUrl);
  staff = staffClient(system.apiUrl, [] as StaffRequestLog);
  token = await signInStaff(system, 'bauska');
});
afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

let people = 0;

/** A whole online application in Bauska. */
async function apply(changes: Partial<CreateApplicationRequest>): Promise<string> {
  people += 1;
  return api.applyOnline(
    'demo',
    validRequest({ ...changes, person: { ...validRequest().person, personalCode: legacyPersonalCode(700 + people) } }),
  );
}

/** The staff view of the application, read again until it shows a delivery problem or the time is up. */
async function viewWithProblems(reference: string, timeoutMs = 20_000): Promise<StaffApplicationResponse> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await staff.call<StaffApplicationResponse>(token, 'GET', `/staff/applications/${reference}`);
    expect(answer.status).toBe(200);
    if (answer.body.application.deliveryProblems.length > 0 || Date.now() > deadline) return answer.body;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('bounces and complaints of the mailbox simulator', () => {
  let bounced = '';

  it('a receipt to the bounce address shows on the application as a permanent bounce for the person', async () => {
    bounced = await apply({ contact: { email: SIMULATOR_ADDRESSES.bounce, language: 'lv' } });
    const view = await viewWithProblems(bounced);
    expect(view.application.deliveryProblems).toEqual([
      {
        kind: 'bounce',
        bounceType: 'permanent',
        at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        recipient: 'applicant',
        notification: 'receipt',
      },
    ]);
    // The receipt did go out: the stand-in has it, and the event names the application by its tags.
    expect((await system.mail()).some((email) => email.destination.to.includes(SIMULATOR_ADDRESSES.bounce))).toBe(true);
    expect(JSON.stringify(view.application.deliveryProblems)).not.toContain('@');
  });

  it('a complaint from the representative names the representative, not the person', async () => {
    const reference = await apply({
      contact: { email: 'anna@example.lv', language: 'lv' },
      representative: {
        firstName: 'Jānis',
        lastName: 'Bērziņš',
        capacity: 'legal-representative',
        email: SIMULATOR_ADDRESSES.complaint,
      },
    });
    const view = await viewWithProblems(reference);
    expect(view.application.deliveryProblems).toEqual([
      expect.objectContaining({ kind: 'complaint', recipient: 'representative', notification: 'receipt' }),
    ]);
    expect(view.application.deliveryProblems[0]).not.toHaveProperty('bounceType');
  });

  it('the staff page says in plain words whom the e-mail did not reach, and is accessible', async () => {
    assertWebBuilt();
    browser = await openBrowser();
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${system.apiUrl}/office/applications/${bounced}`);
    await waitForPage(page, '/office/sign-in');
    await typeInto(page, 'field-username', 'bauska');
    await typeInto(page, 'field-password', STAFF_DEMO_PASSWORD);
    await pressSubmit(page);
    await waitForPage(page, `/office/applications/${bounced}`);
    const section = page.getByRole('region', { name: 'E-pasts nesasniedza adresātu' });
    const words = await section.innerText();
    expect(words).toContain('Personai nevarēja piegādāt apstiprinājuma e-pastu (adrese nedarbojas)');
    expect(words).toContain('Sazinieties ar personu citā veidā');
    expect(words).not.toContain('@');
    await checkPage(page, 'staff-delivery-problem');
  });
});
