/**
 * The S3 and SES stand-ins, and the malware scan, in a worker thread of their own (see start-stand-in-thread.ts).
 * Whoever listens in the host's thread still hears of every object stored and every message sent.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { MalwareScanner } from '../storage/malware-scanner.ts';
import { startStandInServers } from './stand-in-servers.ts';
import type { FromStandInThread, StandInThreadData, ToStandInThread } from './stand-in-thread-messages.ts';

const port = parentPort;
if (!port) throw new Error('stand-in-thread.ts runs as a worker thread only.');
const tell = (message: FromStandInThread) => port.postMessage(message);
const { ports, dataDir } = workerData as StandInThreadData;

try {
  const servers = await startStandInServers(ports, dataDir);
  servers.storageEvents.on('event', (notification: unknown) => tell({ kind: 'storage-event', notification }));
  servers.sentMail.onSent((message) => tell({ kind: 'sent', message }));
  let scanner: MalwareScanner | undefined;
  port.on('message', async (message: ToStandInThread) => {
    if (message.kind === 'scan') scanner = servers.startMalwareScanner(message.scanned);
    else if (message.kind === 'stop-scan') {
      await scanner?.stop();
      scanner = undefined;
      tell({ kind: 'scan-stopped' });
    } else {
      await scanner?.stop();
      await servers.close();
      tell({ kind: 'closed' });
      port.close();
    }
  });
  tell({ kind: 'ready' });
} catch (error) {
  tell({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  port.close();
}
