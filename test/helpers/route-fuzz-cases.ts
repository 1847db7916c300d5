import fc from 'fast-check';
import type { Route } from '../../shared/routes.ts';
import type { RawRequest } from './raw-http.ts';

/** What a route's path parameters are filled with when another part of the request is the odd one. */
export type PathValues = Record<string, string>;

export interface FuzzCase extends RawRequest {
  /** What is odd about it, to name the case when its answer is wrong. */
  label: string;
}

/** Fixed, so a failure can be run again exactly. */
const SEED = 20190801;
const MEGABYTE = 1024 * 1024;
/**
 * A header or query string six times the request line and headers that API Gateway reads (10 KB): refused by the
 * host before any route is chosen, as a megabyte is (`local-host-limits.test.ts` sends 1 MB and 3 MB). A megabyte
 * per route and caller was two thirds of the bytes the fuzzing sent, all to the same refusal.
 */
const BEYOND_HEAD_LIMIT = 64 * 1024;

/** UTF-8 bytes of `text` as a header value: Node sends a latin1 string byte for byte. */
const headerBytes = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

const RTL = '\u202E\u2067\u200F';
const NUL = '\u0000';

/** Odd path segments, already as they go on the wire. */
const ODD_SEGMENTS: readonly [string, string][] = [
  ['very long', 'A'.repeat(4000)],
  ['dot', '.'],
  ['dot dot', '..'],
  ['encoded dot dot', '%2E%2E'],
  ['encoded slashes', '..%2F..%2Fopenapi.json'],
  ['encoded backslash', '..%5C..%5C'],
  ['encoded NUL', 'KDMA-4729%00'],
  ['encoded RTL override', `${encodeURIComponent(RTL)}KDMA-4729`],
  ['unicode', encodeURIComponent('Āžūķ-漢字-💩')],
  ['invalid percent escape', '%E0%A4%A'],
  ['lone percent', '%'],
  ['overlong UTF-8', '%C0%AF'],
  ['lower case reference with spaces', '%20kdma-4729%20'],
  ['prototype name', '__proto__'],
  ['constructor', 'constructor'],
  ['encoded question mark', 'demo%3Fcursor%3D1'],
  ['semicolon parameters', 'demo;jsessionid=1'],
];

function cursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Odd query strings (without the `?`); `from`/`to` are valid where the odd part is elsewhere. */
function oddQueries(today: string): [string, string][] {
  const range = `from=${today}&to=${today}`;
  const far = '9999-12-31';
  // Each goes to every route as every caller. Three reach every route and caller with values nobody listed (the
  // named cases above cover each kind of odd value); eight made a tenth of the fuzzing's requests and reached no
  // route or case more.
  const randomValues = fc.sample(fc.string({ unit: 'binary', maxLength: 40 }), { seed: SEED, numRuns: 3 });
  return [
    ['cursor day not a date', `${range}&cursor=${cursor({ day: 'zzzz' })}`],
    ['cursor with empty key', `${range}&cursor=${cursor({ day: today, after: { pk: '', sk: '' } })}`],
    ['cursor with foreign key', `${range}&cursor=${cursor({ day: today, after: { foo: 'bar' } })}`],
    [
      'cursor key of another day',
      `${range}&cursor=${cursor({ day: today, after: { pk: 'DAY#2019-08-01', sk: 'x' } })}`,
    ],
    [
      'cursor with extra key attributes',
      `${range}&cursor=${cursor({ day: today, after: { pk: `DAY#${today}`, sk: `${today}T00:00:00.000Z#x`, reference: 'KDMA-4729' } })}`,
    ],
    [
      'cursor key of another table',
      `${range}&cursor=${cursor({ day: today, after: { pk: 'APP#KDMA-4729', sk: 'APP' } })}`,
    ],
    ['cursor day far in the future', `${range}&cursor=${cursor({ day: far })}`],
    ['cursor day before from', `${range}&cursor=${cursor({ day: '2019-08-01' })}`],
    ['cursor that is an array', `${range}&cursor=${cursor([1, 2])}`],
    ['cursor that is null', `${range}&cursor=${cursor(null)}`],
    ['cursor not base64', `${range}&cursor=%%%`],
    ['cursor with NUL and RTL', `${range}&cursor=${encodeURIComponent(`${NUL}${RTL}`)}`],
    ['cursor 10 KB', `${range}&cursor=${'A'.repeat(10_000)}`],
    ['range of 10,000 years', `from=0000-01-01&to=${far}`],
    ['range reversed', `from=${today}&to=2019-08-01`],
    ['impossible dates', 'from=2019-02-30&to=2019-02-31'],
    ['dates with time', `from=${today}T00:00:00Z&to=${today}T23:59:59Z`],
    ['repeated from', `${range}&from=${today}`],
    ['limit negative', 'limit=-1'],
    ['limit huge', 'limit=1e309'],
    ['limit not a number', 'limit=NaN'],
    ['limit with hex', 'limit=0x10'],
    ['state unknown', 'state=%00'],
    ['municipality with RTL', `municipality=${encodeURIComponent(`LV-016${RTL}`)}`],
    ['municipality repeated', 'municipality=LV-016&municipality=LV-016'],
    ['sensitive not boolean', 'sensitive=yes'],
    ['format unknown', 'format=xml'],
    ['prototype parameter', '__proto__=1&constructor=2&toString=3'],
    ['empty names and values', '=&&=x&a'],
    ['invalid percent escapes', '%ZZ=%E0%A4%A&cursor=%'],
    ['unknown parameter', `${range}&debug=true`],
    ['username 64 KB', `${range}&username=${'u'.repeat(BEYOND_HEAD_LIMIT)}`],
    ...randomValues.map((value, index): [string, string] => [
      `random cursor ${index}`,
      `${range}&cursor=${encodeURIComponent(value)}&username=${encodeURIComponent(value)}`,
    ]),
  ];
}

/** Odd bodies, with the content type they are sent with. */
function oddBodies(): [string, string, Buffer | string][] {
  const json = 'application/json';
  const deepArray = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
  const deepObject = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
  const deepWithinLimit = `{"person":${'['.repeat(5_000)}${']'.repeat(5_000)}}`;
  const strange = `${NUL}${RTL}Anna${NUL}`;
  const strangeFields = {
    text: strange,
    note: strange,
    reason: strange,
    justification: strange,
    verified: strange,
    decision: strange,
    standing: strange,
    points: { [strange]: 1, __proto__: 2 },
    person: { firstName: strange, lastName: strange, personalCode: strange, municipalityCode: strange },
    contact: { email: `${strange}@example.lv`, language: strange },
    consent: strange,
  };
  // As with the random query values: each goes to every route that takes a body, as every caller.
  const randomBodies = fc.sample(fc.jsonValue({ maxDepth: 4 }), { seed: SEED, numRuns: 4 });
  return [
    ['empty body', json, ''],
    ['truncated JSON', json, '{"person":'],
    ['trailing comma', json, '{"a":1,}'],
    ['single quotes', json, "{'a':1}"],
    ['JSON null', json, 'null'],
    ['JSON number', json, '1'],
    ['JSON string', json, '"text"'],
    ['JSON array', json, '[]'],
    ['empty object', json, '{}'],
    ['numbers beyond double', json, '{"points":{"a":1e400},"verified":-0,"disabilityGroup":1e-400}'],
    [
      'wrong types everywhere',
      json,
      JSON.stringify({ person: 1, contact: [], consent: 'yes', verified: 'true', text: 5 }),
    ],
    ['prototype keys', json, '{"__proto__":{"admin":true},"constructor":{"prototype":{}}}'],
    ['duplicate keys', json, '{"verified":true,"verified":"no"}'],
    ['NUL and RTL in every field', json, JSON.stringify(strangeFields)],
    [
      'NUL and RTL in the keys of a map',
      json,
      JSON.stringify({ points: { [strange]: -1 }, justification: 'Pamatojums' }),
    ],
    ['1 MB string', json, JSON.stringify({ text: 'a'.repeat(MEGABYTE), person: { firstName: 'a'.repeat(MEGABYTE) } })],
    ['nested 10,000 levels (array)', json, deepArray],
    ['nested 10,000 levels (object)', json, deepObject],
    ['nested 5,000 levels inside a field', json, deepWithinLimit],
    ['invalid UTF-8', json, Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0xff, 0x22, 0x7d])],
    ['UTF-16 with byte order mark', 'application/json; charset=utf-16', Buffer.from('\ufeff{"a":1}', 'utf16le')],
    ['byte order mark', json, '\ufeff{}'],
    ['no content type', '', '{}'],
    ['text content type', 'text/plain', '{}'],
    ['binary content type', 'application/octet-stream', Buffer.from([0, 1, 2, 255])],
    ['form content type', 'application/x-www-form-urlencoded', 'verified=true'],
    ['JSON-like content type', 'application/jsonp', '{}'],
    ...randomBodies.map((value, index): [string, string, string] => [
      `random JSON ${index}`,
      json,
      JSON.stringify(value),
    ]),
  ];
}

/** Odd headers, for every route: the secrets in headers, the sign-in, and sizes. */
function oddHeaders(): [string, Record<string, string>][] {
  return [
    ['Idempotency-Key empty', { 'idempotency-key': '' }],
    ['Idempotency-Key 8 KB', { 'idempotency-key': 'k'.repeat(8 * 1024) }],
    ['Idempotency-Key with RTL bytes', { 'idempotency-key': headerBytes(`key-${RTL}-12345678`) }],
    ['Idempotency-Key with latin1 bytes', { 'idempotency-key': 'key-\u00ff\u00fe\u00c0-12345678' }],
    ['x-access-code empty', { 'x-access-code': '' }],
    ['x-access-code lower case with spaces', { 'x-access-code': '  abcde-23456  ' }],
    ['x-access-code 8 KB', { 'x-access-code': 'A'.repeat(8 * 1024) }],
    ['x-access-code with RTL bytes', { 'x-access-code': headerBytes(`ABCDE-${RTL}23456`) }],
    ['authorization without token', { authorization: 'Bearer' }],
    ['authorization of another scheme', { authorization: 'Basic YWRtaW46YWRtaW4=' }],
    ['authorization not a JWT', { authorization: 'Bearer a.b.c' }],
    ['authorization with alg none', { authorization: `Bearer ${unsignedToken()}` }],
    ['authorization 9 KB', { authorization: `Bearer ${'a'.repeat(9 * 1024)}` }],
    ['authorization with RTL bytes', { authorization: headerBytes(`Bearer ${RTL}`) }],
    ['header 64 KB', { 'x-padding': 'p'.repeat(BEYOND_HEAD_LIMIT) }],
    ['origin secret sent by the caller', { 'x-origin-verify': 'guess' }],
    ['forwarded host', { 'x-forwarded-host': 'evil.example', host: 'evil.example' }],
  ];
}

function unsignedToken(): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ 'cognito:username': 'admin', 'custom:role': 'administrator' })}.`;
}

/**
 * The odd parts are the same for every route and caller (the seed is fixed): made once, not once per route, as
 * the random samples and the megabyte strings cost more to make than most requests take to answer.
 */
const oddParts = {
  bodies: once(oddBodies),
  headers: once(oddHeaders),
  queries: new Map<string, [string, string][]>(),
};

function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}

function oddQueriesOf(today: string): [string, string][] {
  let queries = oddParts.queries.get(today);
  if (!queries) {
    queries = oddQueries(today);
    oddParts.queries.set(today, queries);
  }
  return queries;
}

function pathOf(route: Route, values: PathValues, odd?: { name: string; segment: string }): string {
  return route.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    odd?.name === name ? odd.segment : encodeURIComponent(values[name] ?? 'x'),
  );
}

/**
 * What a caller the route refuses (the anonymous on a staff route, a social worker on an administrator's) is sent
 * of the odd bodies and queries. The refusal is decided from the token alone, before the body or query is read, so
 * every odd body would only take the same path again: these reach the limits checked before the refusal (the size
 * of a body and of the request's head) and the strangest text. Odd paths and headers, which choose the route and
 * carry the token, all go to every route as every caller.
 */
const SENT_WHEN_REFUSED = {
  bodies: new Set(['1 MB string', 'NUL and RTL in every field', 'prototype keys']),
  queries: new Set(['username 64 KB', 'prototype parameter', 'invalid percent escapes']),
};

/** The cases of these labels, every one of which must be there: a renamed case would silently go unsent. */
function only<T extends readonly [string, ...unknown[]]>(cases: readonly T[], labels: ReadonlySet<string>): T[] {
  const chosen = cases.filter(([label]) => labels.has(label));
  if (chosen.length !== labels.size) throw new Error(`No odd case is named each of ${[...labels].join(', ')}`);
  return chosen;
}

/** Every odd request for one route, as one caller sends them (`auth` is that caller's headers). */
export function fuzzCases(
  route: Route,
  values: PathValues,
  auth: Record<string, string>,
  options: { today: string; refused: boolean },
): FuzzCase[] {
  const cases: FuzzCase[] = [];
  const sendsBody = route.method === 'POST' || route.method === 'PUT' || route.method === 'PATCH';
  const base = pathOf(route, values);
  const jsonHeaders: Record<string, string> = sendsBody ? { 'content-type': 'application/json' } : {};
  const add = (label: string, request: Omit<FuzzCase, 'label'>) => cases.push({ label, ...request });

  for (const name of route.path.match(/\{([^}]+)\}/g)?.map((part) => part.slice(1, -1)) ?? []) {
    for (const [label, segment] of ODD_SEGMENTS) {
      add(`path ${name}: ${label}`, {
        method: route.method,
        path: pathOf(route, values, { name, segment }),
        headers: { ...auth, ...jsonHeaders },
        ...(sendsBody && { body: '{}' }),
      });
    }
  }
  if (sendsBody) {
    const bodies = oddParts.bodies();
    for (const [label, contentType, body] of options.refused ? only(bodies, SENT_WHEN_REFUSED.bodies) : bodies) {
      add(`body: ${label}`, {
        method: route.method,
        path: base,
        headers: { ...auth, ...(contentType && { 'content-type': contentType }), 'idempotency-key': 'fuzz-key-0001' },
        body,
      });
    }
  }
  const queries = oddQueriesOf(options.today);
  for (const [label, query] of options.refused ? only(queries, SENT_WHEN_REFUSED.queries) : queries) {
    add(`query: ${label}`, { method: route.method, path: `${base}?${query}`, headers: { ...auth, ...jsonHeaders } });
  }
  for (const [label, headers] of oddParts.headers()) {
    add(`header: ${label}`, {
      method: route.method,
      path: base,
      headers: { ...auth, ...jsonHeaders, ...headers },
      ...(sendsBody && { body: '{}' }),
    });
  }
  return cases;
}
