import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Context } from 'aws-lambda';

/** A Lambda handler as the host calls it: the event in, a result (or a promise of one) out. */
export type LambdaHandler = (event: unknown, context: Context) => unknown;

const loaded = new Map<string, Promise<LambdaHandler>>();

/**
 * Imports `<functionsDir>/<name>.ts` once, like a warm Lambda container: module-level clients and parsed config
 * are reused by every later call. The import happens on first use, so the environment must be set before it.
 */
export function loadHandler(functionsDir: string, name: string): Promise<LambdaHandler> {
  const file = join(functionsDir, `${name}.ts`);
  let handler = loaded.get(file);
  if (!handler) {
    handler = importHandler(file);
    loaded.set(file, handler);
    handler.catch(() => loaded.delete(file));
  }
  return handler;
}

async function importHandler(file: string): Promise<LambdaHandler> {
  if (!existsSync(file)) throw new Error(`The function file ${file} does not exist.`);
  const module = (await import(pathToFileURL(file).href)) as { handler?: unknown };
  if (typeof module.handler !== 'function') throw new Error(`${file} does not export a function named handler.`);
  return module.handler as LambdaHandler;
}
