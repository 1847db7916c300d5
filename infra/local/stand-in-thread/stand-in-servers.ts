import type { EventEmitter } from 'node:events';
import type { SesSendRecorder } from '../mail/ses-send-recorder.ts';
import { startSesServer } from '../mail/ses-server.ts';
import type { MalwareScanner } from '../storage/malware-scanner.ts';
import { type ScannedBucket, startS3Server } from '../storage/s3-server.ts';

/** The stand-ins of the AWS services that are servers on this machine: S3, with GuardDuty's scan, and SES. */
export interface StandInServers {
  /** The S3 server's notifications: an `event` with an S3 event record for every object created or removed. */
  storageEvents: EventEmitter;
  /** GuardDuty's malware scan of a bucket's submitted documents, beside the S3 server. */
  startMalwareScanner(scanned: ScannedBucket): MalwareScanner;
  /** Every message the SES stand-in accepts, with the tags it does not keep itself. */
  sentMail: Pick<SesSendRecorder, 'onSent'>;
  close(): Promise<void>;
}

/** The S3 and SES stand-ins on their ports, in this thread; S3 keeps its objects under `dataDir`, if given. */
export async function startStandInServers(
  ports: { s3: number; ses: number },
  dataDir?: string,
): Promise<StandInServers> {
  const s3 = await startS3Server(ports.s3, dataDir);
  const ses = await startSesServer(ports.ses);
  return {
    storageEvents: s3.events,
    startMalwareScanner: s3.startMalwareScanner,
    sentMail: ses.sentMail,
    async close() {
      await ses.close();
      await s3.close();
    },
  };
}
