import type { ScheduledJob } from '../../../shared/routes.ts';
import type { Clock } from '../clock.ts';

export interface JobTimersOptions {
  jobs: readonly Pick<ScheduledJob, 'handler'>[];
  /** How often each job runs; 0 never runs one on its own (tests run them with `run`). */
  everyMs: number;
  /** Whose time each run is told it was due at: the host's. */
  clock: Clock;
  /** Calls the job's function with the event EventBridge Scheduler sends it. */
  invoke(handler: string, event: { scheduledTime: string }): Promise<unknown>;
}

export interface JobTimers {
  /** Runs the job now, by the host's clock, and answers what its function returned. */
  run(handler: string): Promise<unknown>;
  stop(): Promise<void>;
}

/**
 * EventBridge Scheduler for the local host: each scheduled job's function is called on a timer with the instant
 * the run was due, as the schedule's input names it in AWS. A run still going when the next is due is not run a
 * second time beside it; a failed run is logged, and the next one does what is left.
 */
export function startJobTimers(options: JobTimersOptions): JobTimers {
  const running = new Map<string, Promise<unknown>>();
  const run = (handler: string) => {
    const started = options.invoke(handler, { scheduledTime: options.clock.now().toISOString() });
    running.set(handler, started);
    return started.finally(() => running.delete(handler));
  };
  const timers =
    options.everyMs > 0
      ? options.jobs.map(({ handler }) => {
          const timer = setInterval(() => {
            if (running.has(handler)) return;
            run(handler).catch((error: unknown) => console.error(`The scheduled job ${handler} failed:`, error));
          }, options.everyMs);
          timer.unref();
          return timer;
        })
      : [];
  return {
    run,
    async stop() {
      for (const timer of timers) clearInterval(timer);
      await Promise.allSettled(running.values());
    },
  };
}
