import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ConflictError,
  NotFoundError,
  RuleViolationError,
  ServiceUnavailableError,
} from '../../shared/domain/errors.ts';
import { errorResponse } from '../../shared/http/error-response.ts';
import { HttpRequestError } from '../../shared/http/request-error.ts';

const body = (response: { body?: string }) => JSON.parse(response.body ?? '{}');

describe('error answers', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gives one broken rule its own code and field, in both languages', () => {
    const response = errorResponse(new RuleViolationError([{ code: 'CONSENT_MISSING', field: 'consent' }]), 'req-1');
    expect(response.statusCode).toBe(422);
    expect(body(response)).toMatchObject({
      error: { code: 'CONSENT_MISSING', fields: [{ path: 'consent', code: 'CONSENT_MISSING' }] },
      requestId: 'req-1',
    });
    expect(body(response).error.message.lv).not.toEqual(body(response).error.message.en);
  });

  it('says by how much a plan passes the budget, in euros as each language writes them', () => {
    const overBudget = { code: 'PLAN_OVER_BUDGET' as const, field: 'services', overByCents: 123_450 };
    const response = errorResponse(new RuleViolationError([overBudget]), 'req-3');
    expect(response.statusCode).toBe(422);
    const { error } = body(response);
    expect(error.message.lv).toMatch(/Pārsniegums: 1\s?234,50 €\.$/);
    expect(error.message.en).toMatch(/Over by €1,234\.50\.$/);
    expect(error.fields[0].message).toEqual(error.message);
  });

  it('sums up several broken rules as VALIDATION_FAILED with each field listed', () => {
    const response = errorResponse(
      new RuleViolationError([
        { code: 'CONSENT_MISSING', field: 'consent' },
        { code: 'CONTACT_MISSING', field: 'contact.email' },
      ]),
      'req-2',
    );
    expect(body(response).error.code).toBe('VALIDATION_FAILED');
    expect(body(response).error.fields).toHaveLength(2);
  });

  it.each([
    [new NotFoundError('APPLICATION_NOT_FOUND'), 404],
    [new ConflictError('IDEMPOTENCY_KEY_REUSED'), 409],
    [new HttpRequestError(413, 'BODY_TOO_LARGE'), 413],
  ])('maps %s to %i', (error, status) => {
    expect(errorResponse(error, 'req').statusCode).toBe(status);
  });

  it('answers a data store too busy after retrying with 503, Retry-After and a bilingual try-again message', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const cause = Object.assign(new Error('Rate of requests exceeds the allowed throughput. table intake-prod'), {
      name: 'ProvisionedThroughputExceededException',
    });
    const response = errorResponse(new ServiceUnavailableError({ cause, retryAfterSeconds: 60 }), 'req-4');
    expect(response.statusCode).toBe(503);
    expect(response.headers?.['retry-after']).toBe('60');
    expect(body(response)).toMatchObject({
      error: { code: 'SERVICE_BUSY', message: { en: expect.stringContaining('try again in a minute') } },
      requestId: 'req-4',
    });
    expect(body(response).error.message.lv).toContain('Nekas netika zaudēts');
    expect(response.body).not.toContain('intake-prod');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('ProvisionedThroughputExceededException'));
    expect(warn.mock.calls.join('\n')).not.toContain('intake-prod');
  });

  it('answers anything unexpected with a generic 500 that reveals nothing, and logs it with the request id', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = errorResponse(new Error('connect ECONNREFUSED 10.0.0.7:8000 table intake-prod'), 'req-3');
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('ECONNREFUSED');
    expect(body(response).error.code).toBe('INTERNAL_ERROR');
    expect(log).toHaveBeenCalledWith(expect.stringContaining('req-3'));
  });
});
