import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { files } from '../fixtures/personal-codes.ts';
import { validRequest } from '../fixtures/requests.ts';
import { standInWebDir } from '../fixtures/stand-in-dirs.ts';
import { apiClient } from '../helpers/api-client.ts';
import { expectAccessible, openBrowser, screenshot, TEST_RESULTS_DIR } from '../helpers/browser.ts';
import { startTestSystem, type TestSystem } from '../helpers/local-system.ts';

describe('the browser test harness', () => {
  let system: TestSystem;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    system = await startTestSystem({ webDir: standInWebDir });
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });
  beforeEach(async () => {
    context = await browser.newContext();
    page = await context.newPage();
  });
  afterEach(() => context?.close());

  it('loads an app page through the host in Chromium, and its same-origin script runs under the page policy', async () => {
    const response = await page.goto(`${system.apiUrl}/apply/demo`);
    expect(response?.status()).toBe(200);
    const headers = response?.headers() ?? {};
    expect(headers['cache-control']).toBe('no-cache');
    expect(headers['content-security-policy']).toContain(`connect-src 'self' ${system.endpoints.s3}`);
    expect(headers['content-security-policy']).toContain(`form-action 'self' ${system.endpoints.s3}`);
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
    });
    await page.getByText('Lietotne darbojas: /apply/demo').waitFor();
  });

  it('reports the axe result of a page to the summary and saves a full-page screenshot', async () => {
    await page.goto(`${system.apiUrl}/status`);
    await page.getByText('Lietotne darbojas: /status').waitFor();
    const label = 'fixture app page /status';
    await expectAccessible(page, label);
    await screenshot(page, 'fixture-status-page');

    const summary = await readFile(join(TEST_RESULTS_DIR, 'axe-summary.txt'), 'utf8');
    expect(summary).toMatch(/^fixture app page \/status: 0 violations, [1-9]\d* passes$/m);
    const png = await readFile(join(TEST_RESULTS_DIR, 'screenshots', 'fixture-status-page.png'));
    expect([...png.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  });

  it('fails an inaccessible page with each violation’s id, impact, help and target', async () => {
    await page.goto(`${system.apiUrl}/apply/demo`);
    await page.getByText('Lietotne darbojas: /apply/demo').waitFor();
    // Checked once before the change: axe stays in the page between checks, and the next one sees the page anew.
    await expectAccessible(page, 'harness self-check, before the unlabelled image');
    // An image without a text alternative, added the way a script of the app could.
    await page.evaluate(
      `document.querySelector('main').append(Object.assign(document.createElement('img'), { src: 'data:image/png;base64,' }))`,
    );
    await expect(expectAccessible(page, 'harness self-check, failing on purpose: unlabelled image')).rejects.toThrow(
      /image-alt \(critical\): Images must have alternative text at .*img/,
    );
  });

  it('lets the page post a presigned upload form straight to the storage stand-in, and nothing else cross-origin', async () => {
    const api = apiClient(system.apiUrl);
    const created = await api.create('demo', validRequest());
    expect(created.status).toBe(201);
    const { reference, accessCode } = created.body;
    const form = await api.uploadForm(reference, accessCode, 'application-form');
    expect(form.status).toBe(200);
    expect(new URL(form.body.url).origin).toBe(system.endpoints.s3);

    await page.goto(`${system.apiUrl}/apply/demo`);
    const upload = { url: form.body.url, fields: form.body.fields, bytes: [...files.pdf()] };
    // Runs in the page: the browser's CORS and the page's connect-src both apply.
    const status = await page.evaluate(async ({ url, fields, bytes }) => {
      const data = new FormData();
      for (const [name, value] of Object.entries(fields)) data.append(name, value);
      data.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), 'veidlapa.pdf');
      return (await fetch(url, { method: 'POST', body: data })).status;
    }, upload);
    expect(status).toBe(204);
    const stored = await api.status(reference, accessCode);
    expect(stored.body).toMatchObject({
      documents: expect.arrayContaining([{ type: 'application-form', received: true }]),
    });

    // no-cors: CORS would let this through as an opaque answer; only the page's connect-src stops it.
    const elsewhere = await page.evaluate(async (url) => {
      try {
        await fetch(url, { mode: 'no-cors' });
        return 'fetched';
      } catch {
        return 'blocked';
      }
    }, `${system.mailUrl}/store`);
    expect(elsewhere).toBe('blocked');
  });

  it('lets a page of the host’s origin preflight a POST to the documents bucket', async () => {
    const response = await fetch(`${system.endpoints.s3}/${system.env.DOCUMENTS_BUCKET}`, {
      method: 'OPTIONS',
      headers: {
        origin: system.apiUrl,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toMatch(new RegExp(`^(\\*|${system.apiUrl})$`));
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
  });
});
