/**
 * Errors the rules raise. Each carries a stable `code`; the words people read (Latvian and English, with how
 * to fix it) live in one catalogue, `shared/http/messages.ts`, and one table, `shared/http/error-table.ts`, says
 * how each error is answered and audited.
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
  | 'CONTACT_MISSING'
  | 'DOCUMENT_MISSING'
  | 'REPRESENTATIVE_AUTHORITY_MISSING'
  | 'DOCUMENT_TOO_LARGE'
  | 'DOCUMENT_TYPE_INVALID'
  | 'DOCUMENT_TYPE_NOT_REQUIRED'
  // The social service's review
  | 'DOCUMENTS_NOT_VERIFIED'
  | 'INELIGIBILITY_REASON_REQUIRED'
  | 'EXPLANATION_REQUIRED'
  | 'ROUND_HAS_NO_CRITERIA'
  | 'CRITERION_UNKNOWN'
  | 'CRITERION_MISSING'
  | 'SCORE_OUT_OF_RANGE'
  | 'NOT_A_DUPLICATE'
  | 'STANDING_NOT_IN_GROUP'
  | 'OFFICE_TIME_IN_FUTURE'
  | 'AUDIT_RANGE_INVALID'
  | 'CURSOR_INVALID'
  | 'SEARCH_TEXT_NOT_RECOGNISED'
  // The selection
  | 'INTAKE_NOT_CLOSED'
  | 'APPLICATION_UNDECIDED'
  // An administrator's rules of a round
  | 'ROUND_ID_INVALID'
  | 'LAST_DAY_BEFORE_FIRST_DAY'
  | 'TIME_ZONE_UNKNOWN'
  | 'MUNICIPALITY_DUPLICATE'
  | 'DOCUMENT_REQUIREMENT_DUPLICATE'
  | 'CRITERION_DUPLICATE'
  | 'CRITERIA_TOTAL_TOO_HIGH'
  | 'LAST_DAY_NOT_LATER'
  // Support plans and the year of services
  | 'PLAN_SERVICE_UNKNOWN'
  | 'PLAN_PROVIDER_UNKNOWN'
  | 'PLAN_MONTHS_TOO_MANY'
  | 'PLAN_REASON_REQUIRED'
  | 'PLAN_OVER_BUDGET'
  | 'PLAN_ENDED'
  | 'PLAN_NOT_AGREED'
  | 'DELIVERY_MONTH_OUTSIDE_PLAN'
  | 'DELIVERY_NOT_IN_PLAN'
  | 'DELIVERY_OVER_PLAN'
  | 'PLAN_DATE_IN_FUTURE'
  // An administrator's year of services of a round
  | 'SERVICE_DUPLICATE'
  | 'PROVIDER_DUPLICATE'
  | 'PROVIDER_SERVICE_UNKNOWN'
  | 'PROVIDER_SERVICE_DUPLICATE'
  | 'PROVIDER_MUNICIPALITY_NOT_IN_ROUND'
  | 'NEED_LEVELS_OUT_OF_ORDER'
  | 'SERVICE_IN_USE'
  | 'PROVIDER_IN_USE'
  // A correction of a person's details
  | 'NOTHING_TO_CORRECT'
  | 'REPRESENTATIVE_CANNOT_CHANGE'
  // Legal hold and erasure on request
  | 'HOLD_NOTE_REQUIRED'
  | 'IDENTITY_NOT_CHECKED';

export interface Violation {
  code: ViolationCode;
  /** Path of the field in the request, e.g. `person.personalCode`, when one field is at fault. */
  field?: string;
  /** How far past a budget the request goes, in euro cents: the message says it in euros. */
  overByCents?: number;
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

export type NotFoundCode =
  | 'ROUND_NOT_FOUND'
  | 'APPLICATION_NOT_FOUND'
  | 'DRAFT_EXPIRED'
  | 'SELECTION_NOT_RUN'
  // Told only to the holder of the access code: their application has no support plan (yet)
  | 'PLAN_NOT_READY';

/** Why a "not found" was really answered; only the audit log, which administrators read, is told. */
export type HiddenReason = 'OTHER_MUNICIPALITY' | 'NOT_SUBMITTED' | 'NOT_PAPER';

/**
 * An error known by its code alone, which is also its message. The name is given, not taken from the class:
 * the functions' bundles are minified, and their logs name the kind of error.
 */
abstract class CodedError<Code extends string> extends Error {
  readonly code: Code;
  constructor(name: string, code: Code) {
    super(code);
    this.name = name;
    this.code = code;
  }
}

/** Not found, or not yours: the answer never tells which. */
export class NotFoundError extends CodedError<NotFoundCode> {
  readonly hiddenReason: HiddenReason | undefined;
  constructor(code: NotFoundCode, hiddenReason?: HiddenReason) {
    super('NotFoundError', code);
    this.hiddenReason = hiddenReason;
  }
}

/** No valid sign-in, or a signed-in person who may not do this (`shared/http/error-table.ts` says which is which). */
export type AccessCode =
  | 'STAFF_SIGN_IN_REQUIRED'
  | 'STAFF_SESSION_EXPIRED'
  | 'STAFF_TOKEN_INVALID'
  | 'STAFF_ROLE_FORBIDDEN'
  | 'MUNICIPALITY_FILTER_FORBIDDEN'
  | 'PAPER_NEEDS_SOCIAL_WORKER'
  | 'PLAN_NEEDS_SOCIAL_WORKER'
  | 'DUPLICATES_SPAN_MUNICIPALITIES';

/** A staff request without a valid sign-in, or one the signed-in person may not make. */
export class AccessError extends CodedError<AccessCode> {
  constructor(code: AccessCode) {
    super('AccessError', code);
  }
}

export type ConflictCode =
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'APPLICATION_ALREADY_SUBMITTED'
  | 'APPLICATION_CHANGED'
  | 'SELECTION_STALE'
  | 'SELECTION_ALREADY_PUBLISHED'
  // Intake cannot be extended or opened again once the results are out: nobody new may join a final round
  | 'INTAKE_FINAL_AFTER_PUBLICATION'
  | 'ROUND_FROZEN'
  | 'INTAKE_NOT_OPEN_NOW'
  | 'ROUND_CHANGED'
  // The year of services
  | 'PLAN_CHANGED'
  | 'NOT_A_PARTICIPANT'
  | 'SERVICE_YEAR_MISSING'
  // The person agreed to a version of their plan the social worker has replaced since
  | 'PLAN_VERSION_CHANGED'
  // The malware scan of a document has not (yet) found it clean
  | 'DOCUMENT_SCAN_PENDING'
  | 'DOCUMENT_THREAT_FOUND'
  | 'DOCUMENT_SCAN_FAILED'
  // Erasure on request, refused where the law requires keeping the data, and holds
  | 'ERASURE_REFUSED_ON_HOLD'
  | 'ERASURE_REFUSED_PUBLISHED_SELECTION'
  | 'ERASURE_IN_PROGRESS'
  // The application's personal data was removed: nothing of the person is left to read or change
  | 'APPLICATION_ANONYMISED';

/** The request contradicts the stored state. */
export class ConflictError extends CodedError<ConflictCode> {
  constructor(code: ConflictCode) {
    super('ConflictError', code);
  }
}

export type UnavailableCode = 'SERVICE_BUSY';

/**
 * The data store could not be reached or was too busy, even after retrying. The request may or may not have been
 * stored; either way the same request sent again is safe and gets the right answer, so the caller is asked to
 * retry after `retryAfterSeconds`.
 */
export class ServiceUnavailableError extends Error {
  readonly code: UnavailableCode = 'SERVICE_BUSY';
  readonly retryAfterSeconds: number;
  constructor(options: { cause: unknown; retryAfterSeconds?: number }) {
    super('SERVICE_BUSY', { cause: options.cause });
    this.name = 'ServiceUnavailableError';
    this.retryAfterSeconds = options.retryAfterSeconds ?? 60;
  }
}
