/**
 * The S3 server and the malware scan stand-in in a worker thread of their own (see s3-server-thread.ts): what S3
 * and GuardDuty do for a request then runs beside the host's functions rather than between them.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { MalwareScanner } from './malware-scanner.ts';
import { startS3Server } from './s3-server.ts';
import type { FromStorageThread, StorageThreadData, ToStorageThread } from './storage-thread-messages.ts';

const port = parentPort;
if (!port) throw new Error('storage-thread.ts runs as a worker thread only.');
const tell = (message: FromStorageThread) => port.postMessage(message);
const { s3Port, dataDir } = workerData as StorageThreadData;

try {
  const server = await startS3Server(s3Port, dataDir);
  // Whoever listens to the storage's events in the host's thread still hears of every object.
  server.events.on('event', (notification: unknown) => tell({ kind: 'event', notification }));
  let scanner: MalwareScanner | undefined;
  port.on('message', async (message: ToStorageThread) => {
    if (message.kind === 'scan') scanner = server.startMalwareScanner(message.scanned);
    else if (message.kind === 'stop-scan') {
      await scanner?.stop();
      scanner = undefined;
      tell({ kind: 'scan-stopped' });
    } else {
      await scanner?.stop();
      await server.close();
      tell({ kind: 'closed' });
      port.close();
    }
  });
  tell({ kind: 'ready' });
} catch (error) {
  tell({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  port.close();
}
