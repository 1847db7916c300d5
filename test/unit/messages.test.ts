import { describe, expect, it } from 'vitest';
import type {
  AccessCode,
  ConflictCode,
  NotFoundCode,
  UnavailableCode,
  ViolationCode,
} from '../../shared/domain/errors.ts';
import { type HttpMessageCode, type MessageCode, messages } from '../../shared/http/messages.ts';

/** `satisfies Record<…, true>` fails to compile when a code of the union is left out or misspelt. */
const violationCodes = {
  INTAKE_NOT_YET_OPEN: true,
  INTAKE_CLOSED: true,
  MUNICIPALITY_NOT_IN_ROUND: true,
  DISABILITY_GROUP_NOT_ELIGIBLE: true,
  MENTAL_DISORDER_NOT_CONFIRMED: true,
  PERSONAL_CODE_MALFORMED: true,
  PERSONAL_CODE_DATE_INVALID: true,
  DATE_OF_BIRTH_REQUIRED: true,
  DATE_OF_BIRTH_MISMATCH: true,
  DATE_OF_BIRTH_INVALID: true,
  CONSENT_MISSING: true,
  CONTACT_MISSING: true,
  DOCUMENT_MISSING: true,
  REPRESENTATIVE_AUTHORITY_MISSING: true,
  DOCUMENT_TOO_LARGE: true,
  DOCUMENT_TYPE_INVALID: true,
  DOCUMENT_TYPE_NOT_REQUIRED: true,
  DOCUMENTS_NOT_VERIFIED: true,
  INELIGIBILITY_REASON_REQUIRED: true,
  EXPLANATION_REQUIRED: true,
  ROUND_HAS_NO_CRITERIA: true,
  CRITERION_UNKNOWN: true,
  CRITERION_MISSING: true,
  SCORE_OUT_OF_RANGE: true,
  NOT_A_DUPLICATE: true,
  STANDING_NOT_IN_GROUP: true,
  OFFICE_TIME_IN_FUTURE: true,
  AUDIT_RANGE_INVALID: true,
  CURSOR_INVALID: true,
  SEARCH_TEXT_NOT_RECOGNISED: true,
  INTAKE_NOT_CLOSED: true,
  APPLICATION_UNDECIDED: true,
  ROUND_ID_INVALID: true,
  LAST_DAY_BEFORE_FIRST_DAY: true,
  TIME_ZONE_UNKNOWN: true,
  MUNICIPALITY_DUPLICATE: true,
  DOCUMENT_REQUIREMENT_DUPLICATE: true,
  CRITERION_DUPLICATE: true,
  CRITERIA_TOTAL_TOO_HIGH: true,
  LAST_DAY_NOT_LATER: true,
  PLAN_SERVICE_UNKNOWN: true,
  PLAN_PROVIDER_UNKNOWN: true,
  PLAN_MONTHS_TOO_MANY: true,
  PLAN_REASON_REQUIRED: true,
  PLAN_OVER_BUDGET: true,
  PLAN_ENDED: true,
  PLAN_NOT_AGREED: true,
  DELIVERY_MONTH_OUTSIDE_PLAN: true,
  DELIVERY_NOT_IN_PLAN: true,
  DELIVERY_OVER_PLAN: true,
  PLAN_DATE_IN_FUTURE: true,
  SERVICE_DUPLICATE: true,
  PROVIDER_DUPLICATE: true,
  PROVIDER_SERVICE_UNKNOWN: true,
  PROVIDER_SERVICE_DUPLICATE: true,
  PROVIDER_MUNICIPALITY_NOT_IN_ROUND: true,
  NEED_LEVELS_OUT_OF_ORDER: true,
  SERVICE_IN_USE: true,
  PROVIDER_IN_USE: true,
  NOTHING_TO_CORRECT: true,
  REPRESENTATIVE_CANNOT_CHANGE: true,
  HOLD_NOTE_REQUIRED: true,
  IDENTITY_NOT_CHECKED: true,
} satisfies Record<ViolationCode, true>;
const notFoundCodes = {
  ROUND_NOT_FOUND: true,
  APPLICATION_NOT_FOUND: true,
  DRAFT_EXPIRED: true,
  SELECTION_NOT_RUN: true,
  PLAN_NOT_READY: true,
} satisfies Record<NotFoundCode, true>;
const conflictCodes = {
  IDEMPOTENCY_KEY_REUSED: true,
  APPLICATION_ALREADY_SUBMITTED: true,
  APPLICATION_CHANGED: true,
  SELECTION_STALE: true,
  SELECTION_ALREADY_PUBLISHED: true,
  INTAKE_FINAL_AFTER_PUBLICATION: true,
  ROUND_FROZEN: true,
  INTAKE_NOT_OPEN_NOW: true,
  ROUND_CHANGED: true,
  PLAN_CHANGED: true,
  NOT_A_PARTICIPANT: true,
  SERVICE_YEAR_MISSING: true,
  PLAN_VERSION_CHANGED: true,
  DOCUMENT_SCAN_PENDING: true,
  DOCUMENT_THREAT_FOUND: true,
  DOCUMENT_SCAN_FAILED: true,
  ERASURE_REFUSED_ON_HOLD: true,
  ERASURE_REFUSED_PUBLISHED_SELECTION: true,
  ERASURE_IN_PROGRESS: true,
  APPLICATION_ANONYMISED: true,
} satisfies Record<ConflictCode, true>;
const accessCodes = {
  STAFF_SIGN_IN_REQUIRED: true,
  STAFF_SESSION_EXPIRED: true,
  STAFF_TOKEN_INVALID: true,
  STAFF_ROLE_FORBIDDEN: true,
  MUNICIPALITY_FILTER_FORBIDDEN: true,
  PAPER_NEEDS_SOCIAL_WORKER: true,
  PLAN_NEEDS_SOCIAL_WORKER: true,
  DUPLICATES_SPAN_MUNICIPALITIES: true,
} satisfies Record<AccessCode, true>;
const unavailableCodes = { SERVICE_BUSY: true } satisfies Record<UnavailableCode, true>;
const httpCodes = {
  VALIDATION_FAILED: true,
  BODY_NOT_JSON: true,
  BODY_TOO_LARGE: true,
  UNSUPPORTED_MEDIA_TYPE: true,
  IDEMPOTENCY_KEY_MISSING: true,
  ACCESS_CODE_MISSING_OR_WRONG: true,
  ROUTE_NOT_FOUND: true,
  METHOD_NOT_ALLOWED: true,
  NOT_THROUGH_SITE: true,
  INTERNAL_ERROR: true,
} satisfies Record<HttpMessageCode, true>;

const allCodes = Object.keys({
  ...violationCodes,
  ...notFoundCodes,
  ...conflictCodes,
  ...accessCodes,
  ...unavailableCodes,
  ...httpCodes,
}) as MessageCode[];
const texts = allCodes.flatMap((code) => [
  { code, language: 'lv', text: messages[code].lv },
  { code, language: 'en', text: messages[code].en },
]);
const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-ZĀČĒĢĪĶĻŅŠŪŽ])/u);

describe('the message catalogue', () => {
  it('has a message for every code of the error unions and the HTTP layer, and nothing else', () => {
    expect(Object.keys(messages).sort()).toEqual([...allCodes].sort());
  });

  it.each(allCodes)('%s has different, non-empty Latvian and English text', (code) => {
    const { lv, en } = messages[code];
    expect(lv.trim()).not.toBe('');
    expect(en.trim()).not.toBe('');
    expect(lv).not.toBe(en);
  });

  it.each(texts)('$code ($language) has no placeholder left over and ends a full sentence', ({ text }) => {
    expect(text).not.toMatch(/[{}]|\bundefined\b|\bnull\b/);
    expect(text).toMatch(/^[A-ZĀČĒĢĪĶĻŅŠŪŽ]/u);
    expect(text).toMatch(/[.!?]$/);
    expect(text).not.toMatch(/\s{2,}/);
  });

  it.each(texts)('$code ($language) is easy to read: no sentence has more than 22 words', ({ text }) => {
    for (const sentence of sentencesOf(text)) expect(sentence.split(/\s+/).length).toBeLessThanOrEqual(22);
  });

  it.each(allCodes)('%s writes Latvian with its diacritics', (code) => {
    expect(messages[code].lv).toMatch(/[āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ]/u);
  });

  it('never tells whether the reference or the access code was wrong', () => {
    expect(messages.ACCESS_CODE_MISSING_OR_WRONG).toEqual(messages.APPLICATION_NOT_FOUND);
    expect(messages.ACCESS_CODE_MISSING_OR_WRONG.en).toContain('reference number and the access code');
  });

  it('states the limits people must keep to', () => {
    expect(messages.BODY_TOO_LARGE.en).toContain('16 KB');
    expect(messages.DOCUMENT_TOO_LARGE.en).toContain('10 MB');
    expect(messages.DOCUMENT_TYPE_INVALID.en).toMatch(/PDF, JPEG or PNG/);
    // A concrete example of each format, not a pattern of letters, and "svītriņa" for the hyphen (easy to read).
    expect(messages.PERSONAL_CODE_MALFORMED.en).toMatch(/11 digits, for example 010190-12345 or 321234-56789/);
    expect(messages.PERSONAL_CODE_MALFORMED.lv).toMatch(/piemēram, 010190-12345 vai 321234-56789\. Svītriņu/);
    expect(messages.PERSONAL_CODE_MALFORMED.lv).not.toMatch(/DDMMGG|NNNNN|Defis/);
    expect(messages.DATE_OF_BIRTH_INVALID.lv).toMatch(/dienu, mēnesi un gadu/);
    expect(messages.DATE_OF_BIRTH_INVALID.en).toMatch(/the day, the month and the year/);
  });

  it('points people who cannot apply to the social service of their municipality', () => {
    for (const code of ['INTAKE_CLOSED', 'DISABILITY_GROUP_NOT_ELIGIBLE', 'MENTAL_DISORDER_NOT_CONFIRMED'] as const) {
      expect(messages[code].lv).toContain('pašvaldības sociālajā dienestā');
      expect(messages[code].en).toContain('social service of your municipality');
    }
  });

  it('tells staff what to do with a document the malware scan has not found clean', () => {
    expect(messages.DOCUMENT_SCAN_PENDING.en).toContain('try again in a minute');
    expect(messages.DOCUMENT_THREAT_FOUND.en).toMatch(/Do not open it\..*new copy/);
    expect(messages.DOCUMENT_SCAN_FAILED.en).toContain('contact the administrator');
  });

  it('tells people, when the system is too busy, that nothing was lost and to try again in a minute', () => {
    expect(messages.SERVICE_BUSY.en).toContain('Nothing was lost');
    expect(messages.SERVICE_BUSY.en).toContain('try again in a minute');
    expect(messages.SERVICE_BUSY.lv).toContain('Nekas netika zaudēts');
    expect(messages.SERVICE_BUSY.lv).toContain('mēģiniet vēlreiz pēc minūtes');
    expect(messages.SERVICE_BUSY.en).not.toMatch(/stack|exception|database|dynamo|throttl/i);
  });

  it('gives no details of a server failure', () => {
    expect(messages.INTERNAL_ERROR.en).not.toMatch(/stack|exception|database|dynamo/i);
    expect(messages.INTERNAL_ERROR.en).toContain('requestId');
  });
});
