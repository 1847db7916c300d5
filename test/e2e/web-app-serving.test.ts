import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HttpHost, type HttpHostOptions, startHttpHost } from '../../infra/local/http/http-host.ts';
import type { RouteAddress } from '../../shared/routes.ts';
import { standInFunctionsDir, standInWebDir } from '../fixtures/stand-in-dirs.ts';

const routes: RouteAddress[] = [
  { method: 'GET', path: '/openapi.json', handler: 'echo', access: 'public' },
  { method: 'GET', path: '/rounds/{roundId}', handler: 'echo', access: 'public' },
  { method: 'POST', path: '/applications/{reference}/submission', handler: 'echo', access: 'public' },
];
const storage = 'http://127.0.0.1:4569';

/** A host on a free port with the routes above, the stand-in functions and web build; `options` add to them. */
function startHost(options: Partial<HttpHostOptions> = {}): Promise<HttpHost> {
  return startHttpHost({
    port: 0,
    routes,
    functionsDir: standInFunctionsDir,
    webDir: standInWebDir,
    log: () => {},
    ...options,
  });
}

interface HostErrorBody {
  error: { code: string; message: { lv: string; en: string } };
}

describe('serving the web app from the host', () => {
  let host: HttpHost;
  const logLines: string[] = [];

  beforeAll(async () => {
    host = await startHost({ uploadOrigins: Promise.resolve([storage]), log: (line) => logLines.push(line) });
  });
  afterAll(() => host?.close());

  it('serves index.html at / with no-cache and the pages’ security headers', async () => {
    const response = await fetch(`${host.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'self'; object-src 'none'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; " +
        `connect-src 'self' ${storage}; frame-ancestors 'none'; base-uri 'self'; form-action 'self' ${storage}`,
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(await response.text()).toContain('<main>');
  });

  it('serves the app’s page for paths without an extension, so /apply/demo and /status load the app', async () => {
    const index = await (await fetch(`${host.url}/index.html`)).text();
    for (const path of ['/apply/demo', '/status', '/apply/demo/', '/status?lang=en']) {
      const response = await fetch(`${host.url}${path}`);
      expect([path, response.status, response.headers.get('cache-control')]).toEqual([path, 200, 'no-cache']);
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(await response.text()).toBe(index);
    }
  });

  it('serves hashed assets with a year of immutable caching and their content type', async () => {
    const response = await fetch(`${host.url}/assets/app-4f9c2e1a.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBeNull();
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const response = await fetch(`${host.url}/assets/app-4f9c2e1a.js`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('content-length'))).toBeGreaterThan(0);
    expect(await response.text()).toBe('');
  });

  it('answers a missing file with an extension with 404, not with the app', async () => {
    for (const path of ['/assets/app-00000000.js', '/favicon.ico']) {
      const response = await fetch(`${host.url}${path}`);
      expect(response.status).toBe(404);
      expect(((await response.json()) as HostErrorBody).error.code).toBe('ROUTE_NOT_FOUND');
    }
  });

  it('never serves a file outside the build folder', async () => {
    // The build folder is test/fixtures/web-dist: ../requests.ts and ../../../package.json exist.
    for (const path of [
      '/../requests.ts',
      '/assets/../../requests.ts',
      '/%2e%2e/requests.ts',
      '/assets/%2e%2e%2f%2e%2e%2frequests.ts',
      '/../../../package.json',
      '/..%2f..%2f..%2fpackage.json',
      '/..%5c..%5c..%5cpackage.json',
      '/%00.js',
      '/%E0%A4%A.js',
    ]) {
      const response = await rawGet(host.url, path);
      expect([path, response.status]).toEqual([path, 404]);
      expect(response.body).not.toMatch(/validRequest|intake-selection/);
    }
  });

  it('keeps API paths for the API: a wrong path there answers as the API, never with the app', async () => {
    const round = await fetch(`${host.url}/rounds/demo`);
    expect(round.headers.get('x-function')).toBe('echo');
    expect((await fetch(`${host.url}/openapi.json`)).headers.get('x-function')).toBe('echo');
    for (const path of ['/rounds', '/rounds/demo/unknown', '/applications/KDMA-4729']) {
      const response = await fetch(`${host.url}${path}`);
      expect([path, response.status]).toEqual([path, 404]);
      expect(((await response.json()) as HostErrorBody).error.code).toBe('ROUTE_NOT_FOUND');
    }
    const wrongMethod = await fetch(`${host.url}/applications/KDMA-4729/submission`);
    expect([wrongMethod.status, wrongMethod.headers.get('allow')]).toEqual([405, 'POST']);
  });

  it('answers other methods outside the API with 404', async () => {
    const response = await fetch(`${host.url}/apply/demo`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(404);
  });

  it('logs app requests without their path', async () => {
    logLines.length = 0;
    await fetch(`${host.url}/status/PERSONAL-VALUE`);
    await fetch(`${host.url}/assets/PERSONAL-VALUE.js`);
    await expect.poll(() => logLines.length).toBe(2);
    expect(logLines[0]).toMatch(/^GET \(web app\) 200 \d+ms$/);
    expect(logLines[1]).toMatch(/^GET \(no route\) 404 \d+ms$/);
    expect(logLines.join('\n')).not.toContain('PERSONAL-VALUE');
  });
});

describe('the web app’s settings and the origins its pages call', () => {
  let host: HttpHost;
  const signIn = 'http://127.0.0.1:8010';
  const webConfig = { staffSignIn: { endpoint: `${signIn}/`, clientId: 'local-staff-web', region: 'eu-north-1' } };

  beforeAll(async () => {
    host = await startHost({
      uploadOrigins: Promise.resolve([storage]),
      connectOrigins: Promise.resolve([signIn]),
      webConfig: Promise.resolve(webConfig),
    });
  });
  afterAll(() => host?.close());

  it('serves /config.json from the settings it was given, never cached', async () => {
    const response = await fetch(`${host.url}/config.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual(webConfig);
  });

  it('lets pages fetch from the connect origins, but post forms only to the upload origins', async () => {
    const response = await fetch(`${host.url}/`);
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'self'; object-src 'none'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; " +
        `connect-src 'self' ${storage} ${signIn}; frame-ancestors 'none'; base-uri 'self'; form-action 'self' ${storage}`,
    );
  });

  it('answers /config.json from the build when it was given no settings', async () => {
    const plain = await startHost();
    try {
      const response = await fetch(`${plain.url}/config.json`);
      expect(response.status).toBe(404);
      expect(((await response.json()) as HostErrorBody).error.code).toBe('ROUTE_NOT_FOUND');
    } finally {
      await plain.close();
    }
  });
});

describe('a host without a web build', () => {
  let host: HttpHost;

  beforeAll(async () => {
    const missing = fileURLToPath(new URL('../fixtures/no-such-web-dist/', import.meta.url));
    host = await startHost({ webDir: missing });
  });
  afterAll(() => host?.close());

  it('still starts, and answers the app’s pages with 404 telling in Latvian and English to build it', async () => {
    for (const path of ['/', '/apply/demo']) {
      const response = await fetch(`${host.url}${path}`);
      expect(response.status).toBe(404);
      const body = (await response.json()) as HostErrorBody;
      expect(body.error.code).toBe('WEB_APP_NOT_BUILT');
      expect(body.error.message.lv).toContain('npm run build:web');
      expect(body.error.message.en).toContain('npm run build:web');
      expect(body.error.message.lv).not.toBe(body.error.message.en);
    }
    expect(((await (await fetch(`${host.url}/app.js`)).json()) as HostErrorBody).error.code).toBe('ROUTE_NOT_FOUND');
    expect((await fetch(`${host.url}/rounds/demo`)).status).toBe(200);
  });
});

/** A GET with the path exactly as given: fetch would resolve `..` before sending. */
function rawGet(base: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(base);
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => {
        body += chunk.toString();
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}
