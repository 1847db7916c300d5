import {
  type AccessCode,
  AccessError,
  ConflictError,
  NotFoundError,
  RuleViolationError,
  ServiceUnavailableError,
} from '../domain/errors.ts';
import type { LocalizedText } from '../schemas/common.ts';
import {
  ACCESS_ERROR_KIND,
  auditOutcomeOfStatus,
  ERROR_STATUS,
  type ErrorKind,
  REQUEST_ERROR_KIND,
} from './error-kinds.ts';
import { type HttpMessageCode, type MessageCode, violationMessage } from './messages.ts';
import { type FieldError, HttpRequestError } from './request-error.ts';

/** How one error is answered, audited and worded. */
export interface ErrorClassification {
  kind: ErrorKind;
  status: number;
  /** The code of the answer, which is also its key in the message catalogue (`messages.ts`). */
  code: MessageCode;
  /** A staff request that did not succeed: refused (the caller's, 4xx) or failed (ours, 5xx). */
  outcome: 'refused' | 'failed';
  /** The audit entry's reason: the answer's code, or what the answer hides (another municipality's application). */
  reason: string;
  /** The fields at fault, in the answer. */
  fields?: readonly FieldError[];
  /** The answer's words, when they say more than the code's own (by how much a budget is passed). */
  message?: LocalizedText;
  /** A 503's Retry-After. */
  retryAfterSeconds?: number;
}

// Every code of a request error and of an access error has its kind: a code left out does not compile.
const requestKind = REQUEST_ERROR_KIND satisfies Record<Exclude<HttpMessageCode, 'INTERNAL_ERROR'>, ErrorKind>;
const accessKind = ACCESS_ERROR_KIND satisfies Record<AccessCode, 'sign-in' | 'forbidden'>;

type Row = Omit<ErrorClassification, 'status' | 'outcome'>;

interface TableRow<E extends Error> {
  error: abstract new (...args: never[]) => E;
  classify: (error: E) => Row;
}

const row = <E extends Error>(error: TableRow<E>['error'], classify: (error: E) => Row): TableRow<E> => ({
  error,
  classify,
});

/**
 * THE error table: every error the system raises, in one place. The HTTP answer (`error-response.ts`), the staff
 * audit (`staff-handler.ts`) and, through `error-kinds.ts`, the browser read it; nothing else classifies errors.
 */
const table = [
  row(HttpRequestError, (error) => ({
    kind: requestKind[error.code],
    code: error.code,
    reason: error.code,
    ...(error.fields && { fields: error.fields }),
  })),
  row(RuleViolationError, (error) => {
    const [only] = error.violations;
    // One broken rule is answered with its own code; several with a summary, each listed by its field.
    const code = error.violations.length === 1 && only ? only.code : 'VALIDATION_FAILED';
    const fields = error.violations.flatMap(({ field, code, overByCents }) =>
      field ? [{ path: field, code, message: violationMessage(code, overByCents) }] : [],
    );
    const message = only?.overByCents !== undefined && code === only.code && violationMessage(code, only.overByCents);
    return {
      kind: 'rule-broken',
      code,
      reason: code,
      ...(fields.length > 0 && { fields }),
      ...(message && { message }),
    };
  }),
  // The audit names what a "not found" hides (another municipality's application); the answer never does.
  row(NotFoundError, (error) => ({ kind: 'not-found', code: error.code, reason: error.hiddenReason ?? error.code })),
  row(AccessError, (error) => ({ kind: accessKind[error.code], code: error.code, reason: error.code })),
  row(ConflictError, (error) => ({ kind: 'conflict', code: error.code, reason: error.code })),
  row(ServiceUnavailableError, (error) => ({
    kind: 'busy',
    code: error.code,
    reason: error.code,
    retryAfterSeconds: error.retryAfterSeconds,
  })),
] as const;

/** Anything else is a failure on our side, answered without a word of what happened. */
const unexpected: Row = { kind: 'internal', code: 'INTERNAL_ERROR', reason: 'INTERNAL_ERROR' };

export function classifyError(error: unknown): ErrorClassification {
  const matched = table.find((candidate) => error instanceof candidate.error);
  const classified = matched ? (matched.classify as (error: unknown) => Row)(error) : unexpected;
  const status = ERROR_STATUS[classified.kind];
  return { ...classified, status, outcome: auditOutcomeOfStatus(status) };
}
