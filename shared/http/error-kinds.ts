/**
 * The kinds of error answer the API gives, each with its one HTTP status: the part of the error table
 * (`error-table.ts`) the browser needs too, to tell answers apart. It imports nothing, so the web bundle takes it
 * as it is; the error table checks its codes against the codes of the errors.
 */
export const ERROR_STATUS = {
  /** The request itself cannot be used: not JSON, a field of the wrong form, a header missing. */
  malformed: 400,
  /** No valid staff sign-in: missing, expired or not ours. */
  'sign-in': 401,
  /** Signed in (or not through the site), but not allowed to do this. */
  forbidden: 403,
  /** Not found, or not the caller's: the answer never tells which. */
  'not-found': 404,
  'method-not-allowed': 405,
  /** The request contradicts what is stored now (someone changed it, a scan not finished). */
  conflict: 409,
  'too-large': 413,
  'unsupported-media-type': 415,
  /** Readable, but it breaks rules of the call: the answers need fixing. */
  'rule-broken': 422,
  /** Something failed on our side. */
  internal: 500,
  /** The data store was too busy, even after retrying: the same request later is safe. */
  busy: 503,
} as const;

export type ErrorKind = keyof typeof ERROR_STATUS;

/** The kind of each problem of the request itself (`HttpRequestError`), found before any rule of the call. */
export const REQUEST_ERROR_KIND = {
  VALIDATION_FAILED: 'malformed',
  BODY_NOT_JSON: 'malformed',
  IDEMPOTENCY_KEY_MISSING: 'malformed',
  BODY_TOO_LARGE: 'too-large',
  UNSUPPORTED_MEDIA_TYPE: 'unsupported-media-type',
  NOT_THROUGH_SITE: 'forbidden',
  // A wrong access code reads exactly like an application that does not exist.
  ACCESS_CODE_MISSING_OR_WRONG: 'not-found',
  // A document type in the path that the round does not ask for: no such address.
  DOCUMENT_TYPE_NOT_REQUIRED: 'not-found',
  ROUTE_NOT_FOUND: 'not-found',
  METHOD_NOT_ALLOWED: 'method-not-allowed',
} as const satisfies Record<string, ErrorKind>;

export type RequestErrorCode = keyof typeof REQUEST_ERROR_KIND;

/** The HTTP status of a problem of the request itself. */
export type RequestErrorStatus<C extends RequestErrorCode> = (typeof ERROR_STATUS)[(typeof REQUEST_ERROR_KIND)[C]];

/** No valid sign-in (sign in again) or signed in but not allowed. */
export const ACCESS_ERROR_KIND = {
  STAFF_SIGN_IN_REQUIRED: 'sign-in',
  STAFF_SESSION_EXPIRED: 'sign-in',
  STAFF_TOKEN_INVALID: 'sign-in',
  STAFF_ROLE_FORBIDDEN: 'forbidden',
  MUNICIPALITY_FILTER_FORBIDDEN: 'forbidden',
  PAPER_NEEDS_SOCIAL_WORKER: 'forbidden',
  PLAN_NEEDS_SOCIAL_WORKER: 'forbidden',
  DUPLICATES_SPAN_MUNICIPALITIES: 'forbidden',
} as const satisfies Record<string, 'sign-in' | 'forbidden'>;

const KIND_OF_STATUS: ReadonlyMap<number, ErrorKind> = new Map(
  Object.entries(ERROR_STATUS).map(([kind, status]) => [status, kind as ErrorKind]),
);

/** The kind of an error answer by its status; `undefined` for a status the API's own errors never carry. */
export function errorKindOf(status: number): ErrorKind | undefined {
  return KIND_OF_STATUS.get(status);
}

/** A refusal of what was sent, which the sender can fix: it belongs next to the answers of the form. */
export function isFormRefusal(status: number): boolean {
  const kind = errorKindOf(status);
  return kind === 'malformed' || kind === 'rule-broken';
}

/**
 * Worth sending again unchanged: no answer came (status 0), or our side (or a gateway in front of it) failed.
 * Every other refusal answers the same until something changes.
 */
export function isWorthRetrying(status: number): boolean {
  return status === 0 || status >= ERROR_STATUS.internal;
}

/** The audit outcome of a request that did not succeed: 4xx is the caller's refusal, 5xx our failure. */
export function auditOutcomeOfStatus(status: number): 'refused' | 'failed' {
  return status >= ERROR_STATUS.internal ? 'failed' : 'refused';
}
