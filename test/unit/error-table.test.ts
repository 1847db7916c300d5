import { describe, expect, it } from 'vitest';
import { type AccessCode, AccessError } from '../../shared/domain/errors.ts';
import { ERROR_STATUS, type ErrorKind, errorKindOf } from '../../shared/http/error-kinds.ts';
import { classifyError } from '../../shared/http/error-table.ts';
import { HttpRequestError } from '../../shared/http/request-error.ts';

const kinds = Object.keys(ERROR_STATUS) as ErrorKind[];

describe('the error table', () => {
  it('gives each kind of error answer a status of its own, so the browser reads the kind back from the status', () => {
    for (const kind of kinds) expect(errorKindOf(ERROR_STATUS[kind])).toBe(kind);
  });

  it('audits a 4xx as the caller’s refusal and a 5xx as our failure', () => {
    const errors = [new HttpRequestError(413, 'BODY_TOO_LARGE'), new AccessError('STAFF_TOKEN_INVALID'), new Error()];
    expect(errors.map((error) => [classifyError(error).status, classifyError(error).outcome])).toEqual([
      [413, 'refused'],
      [401, 'refused'],
      [500, 'failed'],
    ]);
  });

  it.each<[AccessCode, number]>([
    ['STAFF_SIGN_IN_REQUIRED', 401],
    ['STAFF_SESSION_EXPIRED', 401],
    ['STAFF_TOKEN_INVALID', 401],
    ['STAFF_ROLE_FORBIDDEN', 403],
    ['MUNICIPALITY_FILTER_FORBIDDEN', 403],
    ['PAPER_NEEDS_SOCIAL_WORKER', 403],
    ['DUPLICATES_SPAN_MUNICIPALITIES', 403],
  ])('answers %s with %i: no valid sign-in is 401, signed in but not allowed is 403', (code, status) => {
    expect(classifyError(new AccessError(code)).status).toBe(status);
  });

  it('refuses to compile a request error whose status is not the one its code has', () => {
    // @ts-expect-error A body too large is a 413, never a 404.
    const mismatched = new HttpRequestError(404, 'BODY_TOO_LARGE');
    expect(classifyError(mismatched).status).toBe(413);
  });
});
