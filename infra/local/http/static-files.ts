import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where `npm run build:web` writes the web app. */
export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Vite puts a content hash in every file name under `/assets/`: a changed file has a new name. */
const HASHED = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

export type WebFile =
  | { kind: 'file'; body: Buffer; contentType: string; cacheControl: string }
  /** A page of the app was asked for, but the app has not been built. */
  | { kind: 'not-built' }
  | { kind: 'none' };

/**
 * The file of the web build for a request path: the file itself when it exists inside `webDir`; `index.html` for
 * a path without a file extension (the app routes `/apply/demo` and `/status` in the browser); otherwise none.
 * A path that resolves outside `webDir` (`..`, encoded or not) is never served.
 */
export async function findWebFile(webDir: string, rawPath: string): Promise<WebFile> {
  const path = decodePath(rawPath);
  if (path === undefined) return { kind: 'none' };
  const root = resolve(webDir);
  const isPage = extname(path) === '';
  if (!(await isDirectory(root))) return isPage ? { kind: 'not-built' } : { kind: 'none' };

  const target = resolve(root, `.${path}`);
  if (target !== root && !target.startsWith(root + sep)) return { kind: 'none' };
  if (await isFile(target)) {
    return {
      kind: 'file',
      body: await readFile(target),
      contentType: CONTENT_TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream',
      cacheControl: path.startsWith('/assets/') ? HASHED : REVALIDATE,
    };
  }
  if (!isPage) return { kind: 'none' };
  const index = resolve(root, 'index.html');
  if (!(await isFile(index))) return { kind: 'not-built' };
  return {
    kind: 'file',
    body: await readFile(index),
    contentType: CONTENT_TYPES['.html'] as string,
    cacheControl: REVALIDATE,
  };
}

function decodePath(rawPath: string): string | undefined {
  try {
    const path = decodeURIComponent(rawPath);
    return path.startsWith('/') && !path.includes('\0') ? path : undefined;
  } catch {
    return undefined;
  }
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}
