import type { StaffApplicationResponse } from '../api/types.ts';
import { ReviewSection } from '../components/review-section.tsx';
import { readableTime } from '../format/readable-time.ts';
import { type StaffTexts, useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { documentCheckLine } from './decided-by.tsx';
import { type ReviewStep, reviewSteps, stepCounts } from './review-steps.ts';
import { outcomeText } from './selection-outcome.tsx';

/**
 * The top of an application's page: each step of the review in the order of the work, what it came to (the
 * decision, the total, who checked the documents and when) or what is left to do, and its state in words ("Done",
 * "To do", "Not needed"); the colour of the state only repeats them. Each step's name links to the step's own page,
 * and the link is described by its state and line, so a screen reader's list of links says it all.
 */
export function TaskList({ view }: { view: StaffApplicationResponse }) {
  const { s } = useStaffTexts();
  const { application } = view;
  const steps = reviewSteps(application, view.round.criteria.length);
  if (steps.length === 0) return <p class="notice">{s.application.notSubmitted}</p>;
  const { done, needed } = stepCounts(steps);
  const href = (step: ReviewStep['name']) =>
    step === 'duplicates'
      ? staffPaths.duplicates(application.reference)
      : staffPaths.applicationStep(application.reference, step);

  return (
    <ReviewSection id="tasks" title={s.application.tasksTitle}>
      {needed > 0 && <p data-testid="tasks-count">{s.application.tasksCount(done, needed)}</p>}
      <ol class="task-list" data-testid="task-list">
        {steps.map((step) => {
          const id = `task-${step.name}`;
          return (
            <li class="task" key={step.name} data-step={step.name}>
              <span class="task-text">
                <a class="task-name" href={href(step.name)} aria-describedby={`${id}-status ${id}-line`}>
                  {s.application.stepNames[step.name]}
                </a>
                <span class="task-line" id={`${id}-line`}>
                  {stepLine(s, view, step)}
                </span>
              </span>
              <strong class={`task-status task-${step.status}`} id={`${id}-status`}>
                {s.application.stepStatuses[step.status]}
              </strong>
            </li>
          );
        })}
      </ol>
    </ReviewSection>
  );
}

/** What a step came to, what is left to do, or why it is not needed. */
function stepLine(s: StaffTexts, { application, round }: StaffApplicationResponse, step: ReviewStep): string {
  const { review, state } = application;
  const out = state === 'withdrawn' || state === 'set-aside' ? s.application.outOfSelection[state] : undefined;
  switch (step.name) {
    case 'documents': {
      const check = review?.documentCheck;
      return check ? documentCheckLine(s, check) : (out ?? s.application.documentsToDo);
    }
    case 'eligibility': {
      const decision = review?.eligibility?.decision;
      if (decision) {
        return s.application.currentDecision(
          decision === 'eligible' ? s.application.eligible : s.application.notEligible,
        );
      }
      return out ?? s.application.eligibilityToDo;
    }
    case 'points': {
      if (review?.scores) return s.application.total(review.scores.total);
      if (out) return out;
      if (round.criteria.length === 0) return s.application.noCriteria;
      return state === 'not-eligible' ? s.application.pointsNotEligible : s.application.pointsToDo;
    }
    case 'duplicates': {
      if (review?.duplicate) return s.application.duplicatesDone(review.duplicate.standing);
      if (out) return out;
      const same = application.flags.possibleDuplicateOf;
      return same ? `${s.application.sameCodeAs(same)} ${s.application.duplicatesToDo}` : s.application.duplicatesToDo;
    }
    case 'result':
      return application.selection ? outcomeText(s, application.selection) : '';
    case 'withdrawal':
      return application.withdrawal ? s.application.withdrawnAt(readableTime(s, application.withdrawal.at)) : '';
  }
}
