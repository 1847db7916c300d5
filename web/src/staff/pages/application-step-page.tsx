import { ApplicationSubpage } from '../application/application-subpage.tsx';
import { DocumentsStep } from '../application/documents-step.tsx';
import { EligibilityForm } from '../application/eligibility-form.tsx';
import { mayDecide, mayWithdraw } from '../application/review-steps.ts';
import { ScoresForm } from '../application/scores-form.tsx';
import { SelectionOutcomeSection } from '../application/selection-outcome.tsx';
import { type LoadedApplication, WithApplication } from '../application/with-application.tsx';
import { WithdrawLink } from '../application/withdraw-link.tsx';
import { WithdrawalSection } from '../application/withdrawal-section.tsx';
import { useStaffTexts } from '../i18n/texts.ts';
import type { ApplicationStep } from '../routes.ts';

/**
 * One step of an application on a page of its own (`/office/applications/{reference}/{step}`): one thing in view,
 * an address of its own, and the browser's Back (or the back link) returns to the task list. Its h1 names the step;
 * the line above says which application and whose.
 */
export function ApplicationStepPage({ reference, step }: { reference: string; step: ApplicationStep }) {
  return <WithApplication reference={reference}>{(loaded) => <StepPage step={step} {...loaded} />}</WithApplication>;
}

function StepPage({ step, ...loaded }: LoadedApplication & { step: ApplicationStep }) {
  const { s } = useStaffTexts();
  return (
    <ApplicationSubpage name={s.application.stepNames[step]} loaded={loaded}>
      <StepContent step={step} {...loaded} />
    </ApplicationSubpage>
  );
}

/** The steps that record a decision of the review, each with its form. */
const DECISION_STEPS = { documents: DocumentsStep, eligibility: EligibilityForm, points: ScoresForm };

/** The step itself, or why there is nothing to do in it. */
function StepContent({ step, ...loaded }: LoadedApplication & { step: ApplicationStep }) {
  const { s } = useStaffTexts();
  const { application } = loaded.view;
  if (application.status !== 'submitted') return <p class="notice">{s.application.notSubmitted}</p>;
  const Decision = DECISION_STEPS[step as keyof typeof DECISION_STEPS];
  if (Decision) {
    // A decision already recorded stays in view; only the form to change it goes.
    return (
      <>
        {!mayDecide(application) && <p class="notice">{s.application.outOfSelection.withdrawn}</p>}
        <Decision {...loaded} />
      </>
    );
  }
  switch (step) {
    case 'result':
      return application.selection ? (
        <>
          <SelectionOutcomeSection outcome={application.selection} withdrawnAt={application.withdrawal?.at} />
          {mayWithdraw(application) && (
            <p>
              <WithdrawLink reference={application.reference} />
            </p>
          )}
        </>
      ) : (
        <p>{s.outcome.notPublished}</p>
      );
    case 'withdrawal':
      return mayWithdraw(application) || application.withdrawal ? (
        <WithdrawalSection {...loaded} />
      ) : (
        <p class="notice">{s.withdrawal.notPossible}</p>
      );
  }
}
