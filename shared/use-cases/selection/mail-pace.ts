import type { Ports } from '../../ports/index.ts';
import type { Mailer } from '../../ports/mailer.ts';

/** When a pacer may let the next e-mail go, by its own clock and sleep (a test's, or the real ones). */
export interface PaceClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/**
 * Spaces e-mails at `ratePerSecond`: the n-th turn it gives out starts no earlier than n / rate seconds after the
 * first, whoever waits for it, so e-mails prepared side by side still leave one by one. An infinite rate never waits.
 */
export function mailPacer(ratePerSecond: number, clock: PaceClock) {
  const interval = Number.isFinite(ratePerSecond) ? 1000 / ratePerSecond : 0;
  let first: number | undefined;
  let turns = 0;
  return {
    async turn(): Promise<void> {
      first ??= clock.now();
      const at = first + turns * interval;
      turns += 1;
      const wait = at - clock.now();
      if (wait > 0) await clock.sleep(wait);
    },
    /** How long the turns given out so far take at the rate. */
    scheduledMs: (): number => turns * interval,
  };
}

/** The mailer, each e-mail waiting for its turn first. */
export function pacedMailer(mailer: Mailer, pacer: ReturnType<typeof mailPacer>): Mailer {
  return {
    async send(message) {
      await pacer.turn();
      await mailer.send(message);
    },
  };
}

/**
 * The same ports with another mailer. The others are inherited, not copied: a port is made only when first used,
 * so a function is never asked for the configuration of one it does not use.
 */
export function withMailer(ports: Ports, mailer: Mailer): Ports {
  return Object.create(ports, { mailer: { value: mailer, enumerable: true } }) as Ports;
}
