/**
 * One warm Lambda container of the function pool (function-pool.ts): a worker thread that imports each function
 * file once and runs the invocations it is sent, each with its Lambda context, answering with the result or the
 * error thrown.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadHandler } from '../http/handler-loading.ts';
import type { FunctionThreadData, Invocation, InvocationOutcome, ThrownError } from './function-thread-messages.ts';
import { invokeInThisThread } from './invoke-function.ts';

const port = parentPort;
if (!port) throw new Error('function-thread.ts runs as a worker thread only.');
const { functionsDir, region, preload } = workerData as FunctionThreadData;
const invoke = invokeInThisThread(functionsDir, region);
// A function that cannot load fails again, and is logged, on the invocation that needs it.
for (const name of preload) loadHandler(functionsDir, name).catch(() => {});

port.on('message', async ({ id, name, event, requestId }: Invocation) => {
  let outcome: InvocationOutcome;
  try {
    outcome = { id, result: await invoke(name, event, requestId) };
  } catch (error) {
    outcome = { id, error: thrown(error) };
  }
  try {
    port.postMessage(outcome);
  } catch (error) {
    // A result that cannot be copied across (a function, say) is the function's fault, as a malformed one is.
    port.postMessage({ id, error: thrown(error) } satisfies InvocationOutcome);
  }
});

function thrown(error: unknown): ThrownError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  return { name: error.name, message: error.message, ...(error.stack && { stack: error.stack }) };
}
