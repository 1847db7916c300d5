import { RuleViolationError } from '../../domain/errors.ts';
import { checkScores, eligibilityViolations } from '../../domain/review-rules.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type {
  DocumentCheckRequest,
  EligibilityRequest,
  NoteRequest,
  ScoresRequest,
  StaffApplicationResponse,
} from '../../schemas/staff-api.ts';
import { changeReview } from './change-review.ts';
import { type StaffContext, staffRef } from './staff-context.ts';

/*
 * The decisions a social worker records on a submitted application. Each replaces its part of the review and
 * says who decided and when; the audit log keeps that it happened. A selection run stores a hash of its inputs,
 * so any of these after a run makes that run stale.
 */

function decided(staff: StaffContext) {
  return { by: staffRef(staff.identity), at: staff.at.toISOString() };
}

/** The documents are there, readable and show what the application says (or not, with a note). */
export function checkDocuments(
  ports: StaffPorts,
  staff: StaffContext,
  input: { reference: string; request: DocumentCheckRequest },
): Promise<StaffApplicationResponse> {
  return changeReview(ports, staff, input.reference, (review) => ({
    ...review,
    documentCheck: { ...input.request, ...decided(staff) },
  }));
}

export function decideEligibility(
  ports: StaffPorts,
  staff: StaffContext,
  input: { reference: string; request: EligibilityRequest },
): Promise<StaffApplicationResponse> {
  return changeReview(ports, staff, input.reference, (review, application) => {
    const violations = eligibilityViolations(input.request, application);
    if (violations.length > 0) throw new RuleViolationError(violations);
    const { decision, reason, explanation, messageForPerson } = input.request;
    return {
      ...review,
      // A reason and the words for the person belong to a refusal only; an explanation may go with either decision.
      eligibility: {
        decision,
        ...(decision === 'not-eligible' && { reason }),
        ...(explanation && { explanation }),
        ...(decision === 'not-eligible' && messageForPerson && { messageForPerson }),
        ...decided(staff),
      },
    };
  });
}

/** Points per criterion of the round; the total orders the queue and the selection. */
export function recordScores(
  ports: StaffPorts,
  staff: StaffContext,
  input: { reference: string; request: ScoresRequest },
): Promise<StaffApplicationResponse> {
  return changeReview(ports, staff, input.reference, (review, _application, round) => {
    const check = checkScores(round, input.request);
    if (!check.ok) throw new RuleViolationError(check.violations);
    return {
      ...review,
      scores: {
        points: input.request.points,
        total: check.total,
        justification: input.request.justification,
        ...decided(staff),
      },
    };
  });
}

export function addNote(
  ports: StaffPorts,
  staff: StaffContext,
  input: { reference: string; request: NoteRequest },
): Promise<StaffApplicationResponse> {
  return changeReview(ports, staff, input.reference, (review) => ({
    ...review,
    notes: [...(review.notes ?? []), { text: input.request.text, ...decided(staff) }],
  }));
}
