import { inject } from 'vitest';
import { type LocalSystem, type LocalSystemOptions, startLocalSystem } from '../../infra/local/system.ts';
import { AdvancingClock } from '../fakes/clock.ts';

/** An e-mail as the SES stand-in keeps it. */
export interface SentEmail {
  messageId: string;
  from: string;
  destination: { to: string[]; cc: string[]; bcc: string[] };
  subject: string;
  body: { html?: string; text?: string };
  /** Epoch seconds. */
  at: number;
}

export interface TestSystem extends LocalSystem {
  /**
   * The time the host stamps on requests: move it forward (`clock.advance(31_000)`) to reach a rule that takes
   * effect later, such as an early closing, without waiting.
   */
  clock: AdvancingClock;
  /** Every e-mail sent since the start (or the last `clearMail`). */
  mail(): Promise<SentEmail[]>;
  clearMail(): Promise<void>;
  /** Waits until every stored change has reached the stream consumers, so e-mails can be counted exactly. */
  waitForIdle(timeoutMs?: number): Promise<void>;
}

/**
 * The whole system in this test process, on free ports, with nothing written to disk, its tables in the run's
 * shared DynamoDB Local. One per test file: functions read their configuration once, at import.
 */
export async function startTestSystem(
  options: Partial<Omit<LocalSystemOptions, 'ports' | 'clock'>> = {},
): Promise<TestSystem> {
  const clock = new AdvancingClock();
  const system = await startLocalSystem({
    log: () => {},
    // The tests run the scheduled jobs when they choose, by the clock they moved (`applyRetention`).
    jobEveryMs: 0,
    ...options,
    clock,
    dynamodbEndpoint: inject('dynamodbEndpoint'),
    ports: { api: 0, dynamodb: 0, s3: 0, ses: 0, auth: 0 },
  });
  return {
    ...system,
    clock,
    async mail() {
      const response = await fetch(`${system.mailUrl}/store`);
      return ((await response.json()) as { emails: SentEmail[] }).emails;
    },
    async clearMail() {
      await fetch(`${system.mailUrl}/clear-store`, { method: 'POST' });
    },
    // A stuck consumer fails with this message before the test's own 60 s; a busy machine takes tens of seconds to
    // deliver the e-mails and queue entries of 50 submissions at once.
    waitForIdle(timeoutMs = 45_000) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () =>
            reject(new Error(`The stream consumers did not catch up within ${timeoutMs} ms: see the errors logged.`)),
          timeoutMs,
        );
      });
      return Promise.race([system.idle(), timeout]).finally(() => clearTimeout(timer));
    },
  };
}
