/** What a function thread is started with. */
export interface FunctionThreadData {
  functionsDir: string;
  region: string;
  /** Imported at start, as a warm container has its handler loaded before the first request. */
  preload: readonly string[];
}

export interface Invocation {
  id: number;
  name: string;
  event: unknown;
  requestId: string;
}

/** A thrown error's parts that survive the thread's border, for the host's own log of it. */
export interface ThrownError {
  name: string;
  message: string;
  stack?: string;
}

export type InvocationOutcome = { id: number; result: unknown } | { id: number; error: ThrownError };
