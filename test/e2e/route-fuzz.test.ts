import { describe, expect, it } from 'vitest';
import {
  bodyCases,
  expectOddRequestsAnswered,
  FUZZ_TIMEOUT_MS,
  sendAndReport,
  startRouteFuzz,
} from '../helpers/route-fuzz-run.ts';

/**
 * Every route of the route table, as every kind of caller, against odd input of every kind: malformed and huge
 * bodies, deep nesting, NUL and bidi characters, odd path segments, query strings and headers. Generated from the
 * route table, so a new route is fuzzed the day it is added. No answer may be a server error or show how the
 * system is built, every refusal says what is wrong in Latvian and English, and every answer is one the OpenAPI
 * document describes for the route (status, content type and body). The staff callers' part is in
 * `route-fuzz-staff.test.ts`, so that the two run side by side.
 */
startRouteFuzz();

describe('every route against odd input', () => {
  it(
    'answers every odd request of the anonymous with a clear 4xx or a success, never a 5xx',
    () => expectOddRequestsAnswered('anonymous'),
    FUZZ_TIMEOUT_MS,
  );
});

describe('every request body, well-formed but for one field', () => {
  it('is answered with a clear 4xx or a success, never a 5xx', async () => {
    const requests = bodyCases();
    const { serverErrors, failures } = await sendAndReport('one odd field', requests);
    expect(failures.slice(0, 400)).toEqual([]);
    expect(serverErrors).toBe(0);
  });
});
