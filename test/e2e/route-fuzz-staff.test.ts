import { describe, it } from 'vitest';
import { expectOddRequestsAnswered, FUZZ_TIMEOUT_MS, startRouteFuzz } from '../helpers/route-fuzz-run.ts';

/**
 * Every staff route, as a social worker and as an administrator, against odd input of every kind: the part of
 * `route-fuzz.test.ts` that goes past sign-in, in a file of its own so that the two run side by side.
 */
startRouteFuzz();

describe('every staff route against odd input', () => {
  it.each(['social worker', 'administrator'] as const)(
    'answers every odd request of the %s with a clear 4xx or a success, never a 5xx',
    (caller) => expectOddRequestsAnswered(caller),
    FUZZ_TIMEOUT_MS,
  );
});
