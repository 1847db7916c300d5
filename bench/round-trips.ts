/** One request to a service: when it was sent and when its answer came (ms, performance clock). */
export interface TimedRequest {
  name: string;
  start: number;
  end: number;
}

interface WithMiddleware {
  middlewareStack: { add(middleware: unknown, options: Record<string, unknown>): void };
}

/** Times every command the clients send, from before the SDK's retries to the answer. */
export function timeRequests(clients: readonly WithMiddleware[]) {
  let timed: TimedRequest[] = [];
  for (const client of clients) {
    client.middlewareStack.add(
      (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) => async (args: unknown) => {
        const start = performance.now();
        try {
          return await next(args);
        } finally {
          timed.push({ name: context.commandName ?? 'command', start, end: performance.now() });
        }
      },
      { step: 'initialize', priority: 'high', name: 'timeRequests' },
    );
  }
  return {
    list: () => [...timed],
    clear: () => {
      timed = [];
    },
  };
}

/**
 * How many round trips happened one after another: a request sent after another's answer came waits for it, one
 * sent before it does not. The longest such chain is what a request's latency is made of.
 */
export function roundTripsOf(requests: readonly TimedRequest[]): number {
  const depth = new Map<TimedRequest, number>();
  const byStart = [...requests].sort((a, b) => a.start - b.start);
  for (const request of byStart) {
    const before = byStart.filter((other) => other.end <= request.start).map((other) => depth.get(other) ?? 0);
    depth.set(request, 1 + Math.max(0, ...before));
  }
  return Math.max(0, ...depth.values());
}
