/**
 * Errors the rules raise. Each carries a stable `code`; the words people read (Latvian and English, with how
 * to fix it) live in one catalogue, `shared/http/messages.ts`, and one place maps errors to HTTP.
 */
export type ViolationCode =
  | 'INTAKE_NOT_YET_OPEN'
  | 'INTAKE_CLOSED'
  | 'MUNICIPALITY_NOT_IN_ROUND'
  | 'DISABILITY_GROUP_NOT_ELIGIBLE'
  | 'MENTAL_DISORDER_NOT_CONFIRMED'
  | 'PERSONAL_CODE_MALFORMED'
  | 'PERSONAL_CODE_DATE_INVALID'
  | 'DATE_OF_BIRTH_REQUIRED'
  | 'DATE_OF_BIRTH_MISMATCH'
  | 'DATE_OF_BIRTH_INVALID'
  | 'CONSENT_MISSING'
  | 'EMAIL_MISSING'
  | 'DOCUMENT_MISSING'
  | 'DOCUMENT_TOO_LARGE'
  | 'DOCUMENT_TYPE_INVALID'
  | 'DOCUMENT_TYPE_NOT_REQUIRED';

export interface Violation {
  code: ViolationCode;
  /** Path of the field in the request, e.g. `person.personalCode`, when one field is at fault. */
  field?: string;
}

/** The request breaks one or more rules; nothing was stored. */
export class RuleViolationError extends Error {
  readonly violations: readonly Violation[];
  constructor(violations: readonly Violation[]) {
    super(`Rule violations: ${violations.map((violation) => violation.code).join(', ')}`);
    this.name = 'RuleViolationError';
    this.violations = violations;
  }
}

export type NotFoundCode = 'ROUND_NOT_FOUND' | 'APPLICATION_NOT_FOUND';

/** Not found, or not yours: the answer never tells which. */
export class NotFoundError extends Error {
  readonly code: NotFoundCode;
  constructor(code: NotFoundCode) {
    super(code);
    this.name = 'NotFoundError';
    this.code = code;
  }
}

export type ConflictCode = 'IDEMPOTENCY_KEY_REUSED' | 'APPLICATION_ALREADY_SUBMITTED';

/** The request contradicts the stored state. */
export class ConflictError extends Error {
  readonly code: ConflictCode;
  constructor(code: ConflictCode) {
    super(code);
    this.name = 'ConflictError';
    this.code = code;
  }
}
