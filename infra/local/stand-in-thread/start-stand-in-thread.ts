import { EventEmitter, once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { type SentMessageListener, tellListener } from '../mail/ses-send-recorder.ts';
import type { StandInServers } from './stand-in-servers.ts';
import type { FromStandInThread, StandInThreadData, ToStandInThread } from './stand-in-thread-messages.ts';

/**
 * The stand-in servers of stand-in-servers.ts in a worker thread of their own. In AWS, S3, GuardDuty and SES take
 * none of the functions' CPU; in the host's thread, each upload's form parsing, signature check and file writes,
 * each scan and each e-mail's two hops waited in line with the requests. Their objects' events and sent messages
 * are passed on to listeners in this thread.
 */
export async function startStandInThread(
  ports: { s3: number; ses: number },
  dataDir?: string,
): Promise<StandInServers> {
  const data: StandInThreadData = { ports, ...(dataDir && { dataDir }) };
  const worker = new Worker(new URL('./stand-in-thread.ts', import.meta.url), { workerData: data });
  const storageEvents = new EventEmitter();
  const sentListeners = new Set<SentMessageListener>();
  const waiting = new Map<FromStandInThread['kind'], () => void>();
  const send = (message: ToStandInThread) => worker.postMessage(message);
  const exited = once(worker, 'exit').then(() => {});
  /** The thread's answer to a request, or its end: a thread that failed answers nothing more. */
  const reply = (kind: FromStandInThread['kind']) =>
    Promise.race([new Promise<void>((resolve) => waiting.set(kind, resolve)), exited]);

  const started = new Promise<void>((resolve, reject) => {
    worker.on('message', (message: FromStandInThread) => {
      if (message.kind === 'storage-event') storageEvents.emit('event', message.notification);
      else if (message.kind === 'sent') for (const listener of sentListeners) tellListener(listener, message.message);
      else if (message.kind === 'failed') reject(new Error(message.message));
      else if (message.kind === 'ready') resolve();
      else waiting.get(message.kind)?.();
    });
    worker.on('error', (error) => {
      reject(error);
      console.error(`The stand-in thread failed: ${error.message}`);
    });
    void exited.then(() => reject(new Error('The stand-in thread stopped while starting.')));
  });
  try {
    await started;
  } catch (error) {
    await worker.terminate();
    throw error;
  }
  return {
    storageEvents,
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
    sentMail: {
      onSent(listener) {
        sentListeners.add(listener);
        return () => sentListeners.delete(listener);
      },
    },
    async close() {
      sentListeners.clear();
      const closed = reply('closed');
      send({ kind: 'close' });
      await closed;
      await worker.terminate();
    },
  };
}
