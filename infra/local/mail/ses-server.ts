import type { Server } from 'node:http';
import sesModule from 'aws-ses-v2-local';
import { type SesSendRecorder, startSesSendRecorder } from './ses-send-recorder.ts';

export interface SesServer {
  /** Every message the stand-in accepts, with the tags it does not keep itself (see ses-send-recorder.ts). */
  sentMail: Pick<SesSendRecorder, 'onSent'>;
  close(): Promise<void>;
}

/** A CommonJS module: Node's ESM loader puts its export under `default`, vitest's interop does not. */
type StartSes = typeof sesModule.default;
const sesExport = sesModule as unknown as StartSes | { default: StartSes };
const startSes: StartSes = typeof sesExport === 'function' ? sesExport : sesExport.default;

/** The SES stand-in on a port of its own, behind a front on `port` that records the tags it drops. */
export async function startSesServer(port: number): Promise<SesServer> {
  const standIn: Server = await startSes({ host: '127.0.0.1', port: 0 });
  const front = await startSesSendRecorder({ host: '127.0.0.1', port, standIn });
  return {
    sentMail: front,
    async close() {
      await front.close();
      await new Promise((resolve) => standIn.close(resolve));
    },
  };
}
