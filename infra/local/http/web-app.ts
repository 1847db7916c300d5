import { Hono } from 'hono';
import { pageSecurityHeaders } from '../../web-headers.ts';
import type { NodeEnv } from './hono-server.ts';
import { type HttpAnswer, hostError, toResponse } from './http-answer.ts';
import { findWebFile } from './static-files.ts';

/** Where the web app finds its settings, on its own origin. */
export const WEB_CONFIG_PATH = '/config.json';

export interface WebAppOptions {
  webDir: string;
  /** The storage origins pages post upload forms to; HTML answers wait for them. */
  uploadOrigins: Promise<readonly string[]>;
  /** The origins pages `fetch` from besides their own; HTML answers wait for them too. */
  connectOrigins: Promise<readonly string[]>;
  /** What `/config.json` answers; without it, `/config.json` is looked up in the build. */
  webConfig?: Promise<object> | undefined;
}

/**
 * The web app on the API's origin, as the CDN serves it in AWS: GET and HEAD requests for its settings and for the
 * files of its build. Pages carry the security headers a deployment sets too.
 */
export function webApp(options: WebAppOptions): Hono<NodeEnv> {
  const app = new Hono<NodeEnv>();
  const { webConfig } = options;
  if (webConfig) app.get(WEB_CONFIG_PATH, async () => toResponse(await webConfigAnswer(webConfig)));
  // The path as sent, as the build is looked up with its own decoding and its own check against leaving the folder.
  app.get('*', async (c) => toResponse(await webFileAnswer(options, (c.env.incoming.url ?? '/').split('?')[0] ?? '/')));
  return app;
}

async function webFileAnswer(options: WebAppOptions, path: string): Promise<HttpAnswer> {
  const file = await findWebFile(options.webDir, path);
  if (file.kind === 'none') return hostError(404, 'ROUTE_NOT_FOUND');
  if (file.kind === 'not-built') return hostError(404, 'WEB_APP_NOT_BUILT');
  const headers: Record<string, string> = {
    'content-type': file.contentType,
    'content-length': String(file.body.length),
    'cache-control': file.cacheControl,
    'x-content-type-options': 'nosniff',
  };
  if (file.contentType.startsWith('text/html')) {
    try {
      const [uploads, connects] = await Promise.all([options.uploadOrigins, options.connectOrigins]);
      Object.assign(headers, pageSecurityHeaders({ uploadOrigins: uploads, connectOrigins: connects }));
    } catch {
      return hostError(503, 'HOST_NOT_READY');
    }
  }
  return { statusCode: 200, headers, cookies: [], body: file.body };
}

/** The web app's settings: never cached, as they change with the ports of each start. */
async function webConfigAnswer(webConfig: Promise<object>): Promise<HttpAnswer> {
  let body: Buffer;
  try {
    body = Buffer.from(JSON.stringify(await webConfig));
  } catch {
    return hostError(503, 'HOST_NOT_READY');
  }
  return {
    statusCode: 200,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(body.length),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
    cookies: [],
    body,
  };
}
