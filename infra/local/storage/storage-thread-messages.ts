import type { ScannedBucket } from './s3-server.ts';

/** What the storage thread is started with. */
export interface StorageThreadData {
  s3Port: number;
  dataDir?: string;
}

/** Start or stop the malware scan of a bucket, or close the server and end the thread. */
export type ToStorageThread = { kind: 'scan'; scanned: ScannedBucket } | { kind: 'stop-scan' } | { kind: 'close' };

export type FromStorageThread =
  | { kind: 'ready' }
  | { kind: 'failed'; message: string }
  | { kind: 'event'; notification: unknown }
  | { kind: 'scan-stopped' }
  | { kind: 'closed' };
