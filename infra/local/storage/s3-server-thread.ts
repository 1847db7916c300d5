import { EventEmitter, once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { S3Server } from './s3-server.ts';
import type { FromStorageThread, StorageThreadData, ToStorageThread } from './storage-thread-messages.ts';

/**
 * The S3 server of s3-server.ts, and the malware scan stand-in it starts, in a worker thread of their own. In AWS
 * neither takes the functions' CPU; here, in the host's thread, each upload's form parsing, signature check and
 * file writes, and each scan, waited in line with the requests. The server's events are passed on to `events`.
 */
export async function startS3ServerThread(port: number, dataDir?: string): Promise<S3Server> {
  const data: StorageThreadData = { s3Port: port, ...(dataDir && { dataDir }) };
  const worker = new Worker(new URL('./storage-thread.ts', import.meta.url), { workerData: data });
  const events = new EventEmitter();
  const waiting = new Map<FromStorageThread['kind'], () => void>();
  const send = (message: ToStorageThread) => worker.postMessage(message);
  const exited = once(worker, 'exit').then(() => {});
  /** The thread's answer to a request, or its end: a thread that failed answers nothing more. */
  const reply = (kind: FromStorageThread['kind']) =>
    Promise.race([new Promise<void>((resolve) => waiting.set(kind, resolve)), exited]);

  const started = new Promise<void>((resolve, reject) => {
    worker.on('message', (message: FromStorageThread) => {
      if (message.kind === 'event') events.emit('event', message.notification);
      else if (message.kind === 'failed') reject(new Error(message.message));
      else if (message.kind === 'ready') resolve();
      else waiting.get(message.kind)?.();
    });
    worker.on('error', (error) => {
      reject(error);
      console.error(`The S3 server thread failed: ${error.message}`);
    });
    void exited.then(() => reject(new Error('The S3 server thread stopped while starting.')));
  });
  try {
    await started;
  } catch (error) {
    await worker.terminate();
    throw error;
  }
  return {
    events,
    startMalwareScanner(scanned) {
      send({ kind: 'scan', scanned });
      return {
        async stop() {
          const stopped = reply('scan-stopped');
          send({ kind: 'stop-scan' });
          await stopped;
        },
      };
    },
    async close() {
      const closed = reply('closed');
      send({ kind: 'close' });
      await closed;
      await worker.terminate();
    },
  };
}
