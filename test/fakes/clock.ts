import type { Clock } from '../../infra/local/clock.ts';

/**
 * The machine's clock moved forward by what the test asks: time keeps flowing (requests keep their order, a
 * token signed now stays valid), and a rule that takes effect later is reached at once, without waiting.
 */
export class AdvancingClock implements Clock {
  #offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.#offsetMs);
  }

  /** Moves the clock forward by `ms`; it never goes back. */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`The clock only moves forward, not by ${ms} ms`);
    this.#offsetMs += ms;
  }

  /** Moves the clock forward to `instant` (epoch milliseconds); an instant already past leaves it as it is. */
  advanceTo(instant: number): void {
    this.advance(Math.max(0, instant - this.now().getTime()));
  }
}
