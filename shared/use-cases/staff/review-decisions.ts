import { RuleViolationError } from '../../domain/errors.ts';
import { checkScores, eligibilityViolations } from '../../domain/review-rules.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { Application } from '../../schemas/application.ts';
import type { Review } from '../../schemas/review.ts';
import type { Round } from '../../schemas/round.ts';
import type {
  DocumentCheckRequest,
  EligibilityRequest,
  NoteRequest,
  ScoresRequest,
  StaffApplicationResponse,
} from '../../schemas/staff-api.ts';
import type { StaffRef } from '../../schemas/staff-ref.ts';
import { changeReview } from './change-review.ts';
import { type StaffContext, staffRef } from './staff-context.ts';

/*
 * The decisions a social worker records on a submitted application. Each replaces its part of the review and
 * says who decided and when; the audit log keeps that it happened. A selection run stores a hash of its inputs,
 * so any of these after a run makes that run stale.
 */

/** Who decided and when, as each part of the review keeps it. */
type Decided = { by: StaffRef; at: string };

/**
 * A decision as a use case: the request applied to the review by `changeReview`, with who decided and when. The
 * application and its round are there for the rules a decision must meet.
 */
function reviewDecision<Request>(
  apply: (review: Review, request: Request, decided: Decided, application: Application, round: Round) => Review,
) {
  return (
    ports: StaffPorts,
    staff: StaffContext,
    input: { reference: string; request: Request },
  ): Promise<StaffApplicationResponse> =>
    changeReview(ports, staff, input.reference, (review, application, round) =>
      apply(review, input.request, { by: staffRef(staff.identity), at: staff.at.toISOString() }, application, round),
    );
}

/** The documents are there, readable and show what the application says (or not, with a note). */
export const checkDocuments = reviewDecision<DocumentCheckRequest>((review, request, decided) => ({
  ...review,
  documentCheck: { ...request, ...decided },
}));

export const decideEligibility = reviewDecision<EligibilityRequest>((review, request, decided, application) => {
  const violations = eligibilityViolations(request, application);
  if (violations.length > 0) throw new RuleViolationError(violations);
  const { decision, reason, explanation, messageForPerson } = request;
  return {
    ...review,
    // A reason and the words for the person belong to a refusal only; an explanation may go with either decision.
    eligibility: {
      decision,
      ...(decision === 'not-eligible' && { reason }),
      ...(explanation && { explanation }),
      ...(decision === 'not-eligible' && messageForPerson && { messageForPerson }),
      ...decided,
    },
  };
});

/** Points per criterion of the round; the total orders the queue and the selection. */
export const recordScores = reviewDecision<ScoresRequest>((review, request, decided, _application, round) => {
  const check = checkScores(round, request);
  if (!check.ok) throw new RuleViolationError(check.violations);
  return {
    ...review,
    scores: { points: request.points, total: check.total, justification: request.justification, ...decided },
  };
});

export const addNote = reviewDecision<NoteRequest>((review, request, decided) => ({
  ...review,
  notes: [...(review.notes ?? []), { text: request.text, ...decided }],
}));
