import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect } from 'vitest';
import { type Route, routes } from '../../shared/routes.ts';
import { legacyPersonalCode } from '../fixtures/personal-codes.ts';
import { validRequest } from '../fixtures/requests.ts';
import { apiClient } from './api-client.ts';
import { startTestSystem, type TestSystem } from './local-system.ts';
import { checkAnswer } from './openapi-contract.ts';
import { type RawAnswer, rawHttpClient } from './raw-http.ts';
import { type FuzzCase, fuzzCases, type PathValues } from './route-fuzz-cases.ts';
import { leafPaths, sampleOf, withLeaf } from './schema-samples.ts';
import { bearer, signInStaff } from './staff-tokens.ts';
import { storageProbe } from './storage.ts';

/*
 * Sends the odd requests of `route-fuzz-cases.ts` to a running system and holds every answer to what an answer
 * must be (see `problemsOf`) and to the OpenAPI document. The fuzzing is spread over more than one test file, so
 * that the files run side by side rather than one long file finishing last.
 */

export const CALLERS = ['anonymous', 'social worker', 'administrator'] as const;
export type Caller = (typeof CALLERS)[number];

/**
 * A caller's thousands of requests take about twenty seconds on two idle cores; on a machine busy with other work
 * they took over a minute, past the suite's 60 s for a test. The limit catches a hang, not a slow machine.
 */
export const FUZZ_TIMEOUT_MS = 180_000;

/** Requests in flight at once: enough to keep both cores busy, few enough not to starve DynamoDB Local. */
const CONCURRENCY = 6;

let system: TestSystem;
let client: ReturnType<typeof rawHttpClient>;
const auth = {} as Record<Caller, Record<string, string>>;
/** A real draft, so the public routes get past the format checks of reference and access code. */
const draft = { reference: '', accessCode: '' };

/**
 * Starts the system of a fuzzing file before its tests, with a real draft and every kind of caller signed in, and
 * stops it after them. The state below is the file's: every test file has modules of its own.
 */
export function startRouteFuzz(): void {
  beforeAll(startFuzzedSystem, 60_000);
  afterAll(async () => {
    client?.close();
    await system?.stop();
  });
}

async function startFuzzedSystem() {
  system = await startTestSystem();
  client = rawHttpClient(system.apiUrl, CONCURRENCY);
  const created = await apiClient(system.apiUrl).create(
    'demo',
    validRequest({ person: { ...validRequest().person, personalCode: legacyPersonalCode(4242) } }),
  );
  expect(created.status).toBe(201);
  Object.assign(draft, { reference: created.body.reference, accessCode: created.body.accessCode });
  // The draft's e-mail goes out through the stream: sent before the fuzzing, so the stored data it compares with
  // its own afterwards already holds it.
  await system.waitForIdle();
  auth.anonymous = { 'x-access-code': draft.accessCode };
  auth['social worker'] = bearer(await signInStaff(system, 'bauska'));
  auth.administrator = bearer(await signInStaff(system, 'admin'));
}

/**
 * Reads go to the demo round and the real draft, so they reach the use cases (the queue's cursor, the audit's
 * range). Staff changes aim at a round and an application that do not exist: an odd header on a request that is
 * otherwise valid (closing intake, running the selection) must not change the demo data the other cases read.
 */
function pathValues(route: Route): PathValues {
  const reads = route.method === 'GET' || route.access === 'public';
  return {
    roundId: reads ? 'demo' : 'fuzz-no-such-round',
    reference: reads ? draft.reference : 'ZZZZ-2222',
    documentType: 'application-form',
    runId: '0123456789abcdef0123',
  };
}

function casesFor(caller: Caller): { route: Route; request: FuzzCase }[] {
  const today = new Date().toISOString().slice(0, 10);
  // Staff tokens matter only on staff routes; the public routes are fuzzed once, anonymously.
  const reached = caller === 'anonymous' ? routes : routes.filter((route) => route.access !== 'public');
  return reached.flatMap((route) =>
    fuzzCases(route, pathValues(route), auth[caller], { today, refused: refuses(route, caller) }).map((request) => ({
      route,
      request,
    })),
  );
}

/** Whether the route refuses the caller whatever the request: a staff route the anonymous, an administrator's a social worker. */
function refuses(route: Route, caller: Caller): boolean {
  if (caller === 'anonymous') return route.access !== 'public';
  return caller === 'social worker' && route.access === 'administrator';
}

/** What an answer must never show: how the system is built. */
function internalsIn(answer: RawAnswer): string[] {
  const { body } = answer;
  const env = system.env;
  // An upload form names its bucket: the browser posts the file there. No refusal has any reason to.
  const bucket: [string, string][] = answer.status >= 300 ? [['the bucket name', env.DOCUMENTS_BUCKET]] : [];
  const forbidden: [string, RegExp | string][] = [
    ['a stack trace', /\n\s+at\s/],
    ['a stack frame', 'at /'],
    ['a file URL', 'file://'],
    ['a source file', /\.(ts|js|mjs|cjs):\d+/],
    ['node_modules', 'node_modules'],
    ['a Node internal', 'node:internal'],
    ['a working directory', process.cwd()],
    ['the table name', env.TABLE_NAME],
    ['the audit table name', env.AUDIT_TABLE_NAME],
    ...bucket,
    ...[
      'ValidationException',
      'ConditionalCheckFailed',
      'ResourceNotFoundException',
      'TransactionCanceled',
      'ProvisionedThroughputExceeded',
      'SerializationException',
      'NoSuchKey',
      'NoSuchBucket',
      'TypeError',
      'RangeError',
      'SyntaxError',
      'ZodError',
    ].map((name): [string, string] => [name, name]),
  ];
  return forbidden
    .filter(([, pattern]) => (typeof pattern === 'string' ? body.includes(pattern) : pattern.test(body)))
    .map(([name]) => name);
}

/** Empty when the answer is fine; otherwise what is wrong with it. */
function problemsOf(answer: RawAnswer): string[] {
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`answered ${answer.status}`);
  const internals = internalsIn(answer);
  if (internals.length > 0) problems.push(`shows ${internals.join(', ')}`);
  // The odd characters the cases send: a refusal that repeats them repeats input, which may be a personal code.
  if (answer.status >= 400 && /[\u202E\u2067\u200F]|\\u0000/.test(answer.body)) problems.push('repeats the input');
  if (answer.status >= 400 && answer.status < 500) {
    let body: { error?: { code?: unknown; message?: { lv?: unknown; en?: unknown } } } | undefined;
    try {
      body = JSON.parse(answer.body);
    } catch {
      problems.push(`answered ${answer.status} with a body that is not JSON`);
    }
    const message = body?.error?.message;
    const said = (text: unknown) => typeof text === 'string' && text.trim().length > 0;
    if (body && (typeof body.error?.code !== 'string' || !said(message?.lv) || !said(message?.en))) {
      problems.push(`answered ${answer.status} without an error code and a message in lv and en`);
    }
  }
  return problems;
}

/** Sends the cases and prints what came back, so the counts can be quoted. */
export async function sendAndReport(label: string, requests: { route: Route; request: FuzzCase }[]) {
  const started = Date.now();
  const result = await sendAll(requests);
  const { sent, serverErrors, failures, statuses } = result;
  const byStatus = [...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`);
  console.log(
    `route fuzz (${label}): ${sent} requests to ${new Set(requests.map(({ route }) => route)).size} routes, ` +
      `${serverErrors} answered 5xx, ${failures.length} answers wrong, ${Date.now() - started} ms; by status: ` +
      byStatus.join(' '),
  );
  return result;
}

async function sendAll(requests: { route: Route; request: FuzzCase }[]) {
  const failures: string[] = [];
  const statuses = new Map<number, number>();
  let serverErrors = 0;
  let next = 0;
  async function worker() {
    while (next < requests.length) {
      const { route, request } = requests[next++] as { route: Route; request: FuzzCase };
      const name = `${route.method} ${route.path} — ${request.label}`;
      let answer: RawAnswer;
      try {
        answer = await client.send(request);
      } catch (error) {
        // No answer at all is as bad as a wrong one: the caller learns nothing about what to fix.
        failures.push(`${name}: no answer (${error instanceof Error ? error.message : String(error)})`);
        continue;
      }
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      if (answer.status >= 500) serverErrors += 1;
      const problems = [
        ...problemsOf(answer),
        ...checkAnswer({ method: route.method, path: request.path, ...answer }, route.path),
      ];
      if (problems.length > 0) failures.push(`${name}: ${problems.join('; ')} ${answer.body.slice(0, 200)}`);
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { sent: requests.length, serverErrors, failures, statuses };
}

/** The one kind of caller a route lets in, so the body reaches the rules behind sign-in and role. */
const callerOf = (route: Route): Caller =>
  route.access === 'public' ? 'anonymous' : route.access === 'staff' ? 'social worker' : 'administrator';

/** Odd values for one field of an otherwise well-formed body: bidi and NUL around it, long, extreme, of another kind. */
function oddLeaves(leaf: unknown): [string, unknown][] {
  const text = typeof leaf === 'string' ? leaf : String(leaf);
  return [
    ['wrapped in RTL and NUL', `\u202E${text}\u0000`],
    ['5,000 characters', 'x'.repeat(5000)],
    ['at the far end', typeof leaf === 'number' ? Number.MAX_VALUE : '9999-12-31'],
    ['at the near end', typeof leaf === 'number' ? -1 : '0000-01-01'],
  ];
}

export function bodyCases(): { route: Route; request: FuzzCase }[] {
  const today = new Date().toISOString().slice(0, 10);
  const later = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  let person = 5000;
  const nextPerson = () => {
    person += 1;
    return person;
  };
  const byName = () => ({
    personalCode: legacyPersonalCode(nextPerson()),
    dateOfBirth: undefined,
    municipalityCode: 'LV-016',
    standing: draft.reference,
    firstDay: today,
    lastDay: later,
    receivedOn: today,
    timeZone: 'Europe/Riga',
  });
  return routes.flatMap((route) => {
    const schema = (route as Route).body;
    if (!schema) return [];
    // The real demo round and draft, so the rules behind the schema run; save-round makes a round of its own.
    const values: PathValues = {
      ...pathValues(route),
      roundId: route.handler === 'save-round' ? 'fuzz-round' : 'demo',
      reference: draft.reference,
    };
    const path = route.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? 'x'));
    const sample = sampleOf(schema, byName());
    const request = (label: string, body: unknown): { route: Route; request: FuzzCase } => ({
      route,
      request: {
        label,
        method: route.method,
        path,
        headers: { ...auth[callerOf(route)], 'content-type': 'application/json', 'idempotency-key': randomUUID() },
        body: JSON.stringify(body),
      },
    });
    return [
      request('well-formed sample', sample),
      ...leafPaths(sample).flatMap((leafPath) =>
        oddLeaves(leafPath.reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], sample)).map(
          ([label, odd]) =>
            request(`${leafPath.join('.')} ${label}`, withLeaf(sampleOf(schema, byName()), leafPath, odd)),
        ),
      ),
    ];
  });
}

/**
 * Sends every odd request of one kind of caller to every route it reaches: no 5xx, every answer fine and as
 * documented, the staff token accepted where the case leaves it alone, and nothing stored changed.
 */
export async function expectOddRequestsAnswered(caller: Caller): Promise<void> {
  const storage = storageProbe(system);
  const before = await storage.snapshot();
  const requests = casesFor(caller);
  const { sent, serverErrors, failures, statuses } = await sendAndReport(caller, requests);
  expect(failures.slice(0, 400)).toEqual([]);
  expect(serverErrors).toBe(0);
  if (caller !== 'anonymous') {
    // Only the cases that replace the token may be refused as unsigned: the rest got past sign-in.
    expect(statuses.get(401) ?? 0, 'the staff token was accepted').toBeLessThan(sent / 10);
  }
  expect(await storage.snapshot(), 'odd requests change no application and no document').toEqual(before);
}
