import type { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { type MalwareScanner, startMalwareScanner } from './malware-scanner.ts';
import { answerVersionListings } from './version-listing.ts';

export interface S3Server {
  /** The server's notifications: an `event` with an S3 event record for every object created or removed. */
  events: EventEmitter;
  /** The malware scan stand-in (malware-scanner.ts) on one bucket, where the server runs. */
  startMalwareScanner(scanned: ScannedBucket): MalwareScanner;
  close(): Promise<void>;
}

export interface ScannedBucket {
  bucket: string;
  region: string;
}

/** The S3 server's Koa middleware, first to last: the first is its request log (koa-logger's `logger`). */
interface S3rverMiddleware {
  middleware: { name: string }[];
}

/**
 * The S3 server on `port` of this machine, keeping objects under `dataDir/s3`, or in a temporary directory that
 * is emptied on close. Its request log is left out: silent, it still formatted a line for every request and
 * piped every object it served through a byte counter, only to print nothing.
 */
export async function startS3Server(port: number, dataDir?: string): Promise<S3Server> {
  const server = new S3rver({
    address: '127.0.0.1',
    port,
    silent: true,
    ...(dataDir
      ? { directory: join(dataDir, 's3') }
      : { directory: mkdtempSync(join(tmpdir(), 'intake-s3-')), resetOnClose: true }),
  });
  const { middleware } = server as unknown as S3rverMiddleware;
  if (middleware[0]?.name === 'logger') middleware.shift();
  answerVersionListings(server);
  await server.run();
  // The server is a Koa application, an EventEmitter, though its type declarations do not say so.
  const events = server as unknown as EventEmitter;
  return {
    events,
    startMalwareScanner: (scanned) =>
      startMalwareScanner({ events, s3Endpoint: `http://127.0.0.1:${port}`, ...scanned }),
    close: () => server.close(),
  };
}
