import { describe, expect, it } from 'vitest';
import {
  AccessError,
  ConflictError,
  NotFoundError,
  RuleViolationError,
  ServiceUnavailableError,
} from '../../shared/domain/errors.ts';
import { auditOutcomeOf } from '../../shared/http/staff-handler.ts';

describe('how a staff request that did not succeed is audited', () => {
  it.each([
    [new AccessError('STAFF_ROLE_FORBIDDEN'), { outcome: 'refused', reason: 'STAFF_ROLE_FORBIDDEN' }],
    [
      new NotFoundError('APPLICATION_NOT_FOUND', 'OTHER_MUNICIPALITY'),
      { outcome: 'refused', reason: 'OTHER_MUNICIPALITY' },
    ],
    [new ConflictError('APPLICATION_CHANGED'), { outcome: 'refused', reason: 'APPLICATION_CHANGED' }],
    [new RuleViolationError([{ code: 'SCORE_OUT_OF_RANGE' }]), { outcome: 'refused', reason: 'SCORE_OUT_OF_RANGE' }],
    [new ServiceUnavailableError({ cause: new Error('throttled') }), { outcome: 'failed', reason: 'SERVICE_BUSY' }],
    [new Error('unexpected'), { outcome: 'failed', reason: 'INTERNAL_ERROR' }],
  ])('%s is audited as %o', (error, expected) => {
    expect(auditOutcomeOf(error)).toEqual(expected);
  });
});
