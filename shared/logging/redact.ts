/**
 * What a log line must never hold: personal codes, names, e-mail addresses, phone numbers, health data, access
 * codes and sign-in tokens. Log lines are written to name ids and outcomes only; this is the net under that
 * habit, so a whole application, request or error logged by mistake still gives nothing away.
 */
export const REDACTED = '[redacted]';

/**
 * Keys whose value is withheld whole, compared without case, `-` or `_`. Whole objects go (`person`, `contact`,
 * `representative`, a request's `body` and `headers`), so whatever they hold need not be listed.
 */
const SENSITIVE_KEYS = new Set(
  [
    'personalCode',
    'personalCodeHash',
    'firstName',
    'lastName',
    'fullName',
    'surname',
    'dateOfBirth',
    'email',
    'phone',
    'to',
    'cc',
    'bcc',
    'replyTo',
    'disabilityGroup',
    'mentalDisorderConfirmed',
    'ineligibilityReason',
    'explanation',
    'messageForPerson',
    'note',
    'notes',
    'text',
    'person',
    'persons',
    'contact',
    'representative',
    'accessCode',
    'x-access-code',
    'authorization',
    'cookie',
    'token',
    'idToken',
    'accessToken',
    'refreshToken',
    'password',
    'secret',
    'body',
    'rawBody',
    'headers',
    'multiValueHeaders',
    'queryStringParameters',
  ].map(normalize),
);

/** Values that give a person away wherever they stand, even inside an error's message. */
const SENSITIVE_PATTERNS: ReadonlyArray<readonly [RegExp, string]> = [
  // Sign-in tokens (JWTs): three base64url parts, the first a JSON header.
  [/\beyJ[\w-]*\.[\w-]+\.[\w-]*/g, '[token]'],
  // Not a path such as node_modules/@scope/package.js: no slash on either side of the @.
  [/[^\s@"'<>(),;:/]+@[^\s@"'<>(),;:/]+\.[^\s@"'<>(),;:/]+/g, '[e-mail]'],
  // Phone numbers in international form (+371 2123 4567, 00371…), before their digits pass for a personal code:
  // a country code never starts with 0 and a number has at most 15 digits, so a zero-padded sequence number stays.
  [/(?:\+|\b00)[1-9](?: ?\d){6,14}\b/g, '[phone]'],
  // Latvian personal codes, old (DDMMYY-NNNNN) and new (32NNNN-NNNNN), with or without the hyphen.
  [/(?<![\w-])\d{6}-?\d{5}(?![\w-])/g, '[personal code]'],
  // Access codes: ABCDE-23456.
  [/(?<![\w-])[A-Z0-9]{5}-[A-Z0-9]{5}(?![\w-])/g, '[access code]'],
  // Latvian 8-digit phone numbers: mobile (2…) and landline (6…).
  [/(?<![\w-])[26]\d{3} ?\d{4}(?![\w-])/g, '[phone]'],
];

function normalize(key: string): string {
  return key.toLowerCase().replace(/[-_]/g, '');
}

/** A string with every personal value found in it replaced by a placeholder naming what stood there. */
export function redactText(text: string): string {
  return SENSITIVE_PATTERNS.reduce((result, [pattern, placeholder]) => result.replace(pattern, placeholder), text);
}

/**
 * A JSON replacer (`JSON.stringify(value, redactForLog)`): withholds the value of a sensitive key, and scrubs
 * every string that is left. Numbers and booleans under a sensitive key (a disability group) go as well.
 */
export function redactForLog(key: string, value: unknown): unknown {
  if (value === undefined) return value;
  if (key !== '' && SENSITIVE_KEYS.has(normalize(key))) return REDACTED;
  return typeof value === 'string' ? redactText(value) : value;
}
