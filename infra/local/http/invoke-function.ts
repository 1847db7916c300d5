import { loadHandler } from './handler-loading.ts';
import { lambdaContext } from './lambda-context.ts';

/** Runs the function `<name>.ts` with one event, as Lambda invokes it, under the request id given; its result. */
export type InvokeFunction = (name: string, event: unknown, requestId: string) => Promise<unknown>;

/** Invokes the functions of `functionsDir`, each file imported once, on first use, and kept warm. */
export function functionInvoker(functionsDir: string, region: string): InvokeFunction {
  return async (name, event, requestId) =>
    (await loadHandler(functionsDir, name))(event, lambdaContext(name, requestId, region));
}
