import type { SentMessage } from '../mail/ses-send-recorder.ts';
import type { ScannedBucket } from '../storage/s3-server.ts';

/** What the stand-in thread is started with. */
export interface StandInThreadData {
  ports: { s3: number; ses: number };
  dataDir?: string;
}

/** Start or stop the malware scan of a bucket, or close the servers and end the thread. */
export type ToStandInThread = { kind: 'scan'; scanned: ScannedBucket } | { kind: 'stop-scan' } | { kind: 'close' };

export type FromStandInThread =
  | { kind: 'ready' }
  | { kind: 'failed'; message: string }
  | { kind: 'storage-event'; notification: unknown }
  | { kind: 'sent'; message: SentMessage }
  | { kind: 'scan-stopped' }
  | { kind: 'closed' };
