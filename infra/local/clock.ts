/**
 * The local host's time: the receipt time it stamps on each request (API Gateway's `requestContext.timeEpoch`,
 * which every time rule of the functions reads) and the day the demo round's window is placed around. A test
 * hands the host a clock it can move forward, so a rule that takes effect later is tested without waiting.
 */
export interface Clock {
  now(): Date;
}

/** The machine's clock: what `npm start` runs on. */
export const systemClock: Clock = { now: () => new Date() };
