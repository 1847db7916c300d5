import type { Application } from '../schemas/application.ts';
import { type ReviewState, ReviewStateSchema } from '../schemas/review.ts';
import type { Round } from '../schemas/round.ts';
import type { EligibilityRequest, ScoresRequest } from '../schemas/staff-api.ts';
import type { Violation } from './errors.ts';

/**
 * Where a submitted application stands in its review. A withdrawn application or a set-aside duplicate is out
 * whatever else was decided;
 * an unresolved possible duplicate waits for that decision before eligibility counts.
 */
export function reviewState(application: Application): ReviewState {
  const { review, flags } = application;
  if (application.withdrawal) return 'withdrawn';
  if (review?.duplicate?.outcome === 'set-aside') return 'set-aside';
  if (flags.possibleDuplicateOf && !review?.duplicate) return 'possible-duplicate';
  if (review?.eligibility) return review.eligibility.decision;
  return 'to-review';
}

/**
 * An eligible decision needs documents a social worker has verified; a refusal needs a reason the person can be
 * told, and "other" needs the words the person is told.
 */
export function eligibilityViolations(request: EligibilityRequest, application: Application): Violation[] {
  if (request.decision === 'eligible') {
    return application.review?.documentCheck?.verified ? [] : [{ code: 'DOCUMENTS_NOT_VERIFIED' }];
  }
  if (!request.reason) return [{ code: 'INELIGIBILITY_REASON_REQUIRED', field: 'reason' }];
  if (request.reason === 'other' && !request.messageForPerson) {
    return [{ code: 'EXPLANATION_REQUIRED', field: 'messageForPerson' }];
  }
  return [];
}

export type ScoreCheck = { ok: true; total: number } | { ok: false; violations: Violation[] };

/** Points for every criterion of the round and nothing else, each a whole number from 0 to its maximum. */
export function checkScores(round: Round, request: ScoresRequest): ScoreCheck {
  if (round.criteria.length === 0) return { ok: false, violations: [{ code: 'ROUND_HAS_NO_CRITERIA' }] };
  const violations: Violation[] = [];
  const known = new Set(round.criteria.map((criterion) => criterion.id));
  for (const id of Object.keys(request.points)) {
    if (!known.has(id)) violations.push({ code: 'CRITERION_UNKNOWN', field: `points.${id}` });
  }
  let total = 0;
  for (const criterion of round.criteria) {
    const points = request.points[criterion.id];
    if (points === undefined) violations.push({ code: 'CRITERION_MISSING', field: `points.${criterion.id}` });
    else if (!Number.isInteger(points) || points < 0 || points > criterion.maxPoints) {
      violations.push({ code: 'SCORE_OUT_OF_RANGE', field: `points.${criterion.id}` });
    } else total += points;
  }
  return violations.length > 0 ? { ok: false, violations } : { ok: true, total };
}

/** How many of the states are in each review state, every state present (zero when none). */
export function countByState(states: Iterable<ReviewState>): Record<ReviewState, number> {
  const counts = Object.fromEntries(ReviewStateSchema.options.map((state) => [state, 0])) as Record<
    ReviewState,
    number
  >;
  for (const state of states) counts[state] += 1;
  return counts;
}
