import { Worker } from 'node:worker_threads';
import type { FunctionThreadData, Invocation, InvocationOutcome, ThrownError } from './function-thread-messages.ts';
import type { InvokeFunction } from './invoke-function.ts';

export interface FunctionPoolOptions extends FunctionThreadData {
  /** How many threads: each a warm container of every function. */
  size: number;
}

export interface FunctionPool {
  invoke: InvokeFunction;
  /** Ends the threads; invocations still running fail. */
  stop(): Promise<void>;
}

interface FunctionThread {
  worker: Worker;
  pending: Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>;
}

/**
 * The functions run in a few worker threads, as Lambda runs them in containers apart from API Gateway: each
 * thread imports every function once and keeps it warm, and an invocation goes to the thread with the fewest under
 * way. The host's thread is left with the HTTP and the stand-ins' work, and the functions' CPU spreads over the
 * machine's cores. The threads read the configuration from the environment as it is when the pool starts. A thread
 * that dies fails its invocations under way and is replaced, as Lambda replaces a crashed container.
 */
export function startFunctionPool(options: FunctionPoolOptions): FunctionPool {
  const data: FunctionThreadData = {
    functionsDir: options.functionsDir,
    region: options.region,
    preload: options.preload,
  };
  let nextId = 0;
  let stopping = false;
  const threads: FunctionThread[] = [];

  const startThread = (): FunctionThread => {
    const worker = new Worker(new URL('./function-thread.ts', import.meta.url), { workerData: data });
    const thread: FunctionThread = { worker, pending: new Map() };
    worker.on('message', (outcome: InvocationOutcome) => {
      const call = thread.pending.get(outcome.id);
      thread.pending.delete(outcome.id);
      if ('error' in outcome) call?.reject(rebuilt(outcome.error));
      else call?.resolve(outcome.result);
    });
    worker.on('error', (error) => console.error(`A function thread failed: ${error.message}`));
    worker.on('exit', () => {
      for (const call of thread.pending.values()) call.reject(new Error('The function thread stopped.'));
      thread.pending.clear();
      if (!stopping) threads.splice(threads.indexOf(thread), 1, startThread());
    });
    return thread;
  };
  for (let count = 0; count < options.size; count++) threads.push(startThread());

  return {
    invoke(name, event, requestId) {
      const thread = threads.reduce((least, candidate) =>
        candidate.pending.size < least.pending.size ? candidate : least,
      );
      const id = nextId++;
      return new Promise((resolve, reject) => {
        thread.pending.set(id, { resolve, reject });
        thread.worker.postMessage({ id, name, event, requestId } satisfies Invocation);
      });
    },
    async stop() {
      stopping = true;
      await Promise.all(threads.map((thread) => thread.worker.terminate()));
    },
  };
}

/** The function's error as the host's own log names it: its name, message and stack from the thread. */
function rebuilt(thrown: ThrownError): Error {
  const error = new Error(thrown.message);
  error.name = thrown.name;
  if (thrown.stack) error.stack = thrown.stack;
  return error;
}
