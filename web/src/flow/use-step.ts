import { useState } from 'preact/hooks';
import type { ApiError, FieldError, LocalizedText, Round } from '../api/types.ts';
import { useApp } from '../app-context.ts';
import type { Answers, Draft } from '../draft/draft.ts';
import { needsSaving, saveApplication } from '../draft/save-application.ts';
import { navigate, useLocation } from './router.ts';
import { paths, type ReturnTo, returnToOf } from './routes.ts';
import { errorsOfStep, ineligibility, type StepId, stepOfPath, stepsFor } from './steps.ts';
import { checkStep } from './validate.ts';

/** Where "Continue" leads: the next step, or, after a change or a fix, back to where the person came from. */
function nextTarget(step: StepId, draft: Draft, round: Round, returnTo: ReturnTo | undefined) {
  const steps = stepsFor(draft.answers);
  if (returnTo) {
    // A change can open a new question (e.g. "for someone else" needs the representative's page), and the server
    // may have found problems on several pages: visit each before going back.
    const pending = steps
      .slice(0, steps.indexOf(returnTo))
      .find(
        (other) =>
          other !== step && (errorsOfStep(draft, other).length > 0 || checkStep(other, draft, round).length > 0),
      );
    return pending ? { step: pending, returnTo } : { step: returnTo };
  }
  return { step: steps[steps.indexOf(step) + 1] ?? 'check' };
}

function firstIncompleteBefore(draft: Draft, round: Round, end: StepId) {
  const steps = stepsFor(draft.answers);
  return steps.slice(0, steps.indexOf(end)).find((step) => checkStep(step, draft, round).length > 0);
}

const keepDocumentErrors = (errors: FieldError[], replacedBy: FieldError[] = []) =>
  errors.filter(
    (error) => stepOfPath(error.path) === 'documents' && !replacedBy.some((newer) => newer.path === error.path),
  );

/**
 * Everything a step page needs: its place in the flow, its errors, and "Continue", which checks that nothing
 * required is empty, saves the answers when the server must have them, and routes the server's errors to the
 * pages where they can be fixed.
 */
export function useStep(step: StepId) {
  const { draft, updateDraft, round, language } = useApp();
  const location = useLocation();
  const returnTo = returnToOf(location.search);
  const [pageError, setPageError] = useState<LocalizedText | undefined>(undefined);
  const [errorFocusKey, setErrorFocusKey] = useState(0);
  const [busy, setBusy] = useState(false);

  const steps = stepsFor(draft.answers);
  const index = steps.indexOf(step);
  const previous = index > 0 ? steps[index - 1] : undefined;
  const backHref =
    returnTo === 'check'
      ? paths.step(round.id, 'check')
      : previous
        ? paths.step(round.id, previous)
        : paths.start(round.id);

  const go = (target: StepId, targetReturn?: ReturnTo) => {
    navigate(paths.step(round.id, target, targetReturn));
  };

  const showErrorsHere = () => setErrorFocusKey((key) => key + 1);

  /** Shows each error of the server on its page: the first such page opens, the others follow on "Continue". */
  const routeServerError = (after: Draft, error: ApiError, back: ReturnTo) => {
    const fieldErrors = error.fields.filter((field) => stepOfPath(field.path) !== undefined);
    updateDraft(() => ({ ...after, errors: [...keepDocumentErrors(after.errors, fieldErrors), ...fieldErrors] }));
    const first = stepsFor(after.answers).find((other) =>
      fieldErrors.some((field) => stepOfPath(field.path) === other),
    );
    if (!first || first === step) {
      if (fieldErrors.length === 0) setPageError(error.message);
      showErrorsHere();
      return;
    }
    go(first, back);
  };

  const onContinue = async (event?: Event) => {
    event?.preventDefault();
    if (busy) return;
    setPageError(undefined);
    const own = checkStep(step, draft, round);
    let next: Draft = {
      ...draft,
      errors: [...draft.errors.filter((error) => stepOfPath(error.path) !== step), ...own],
    };
    updateDraft(() => next);
    if (own.length > 0) return showErrorsHere();

    if (ineligibility(round, next.answers, step)) {
      return navigate(paths.cannotApply(round.id));
    }

    let target = nextTarget(step, next, round, returnTo);
    let saveAt: ReturnTo | undefined;
    // After a save, the server's problems are fixed page by page and lead back to where the save was asked for.
    if (step === 'consent') saveAt = returnTo === 'check' ? 'check' : 'consent';
    else if (target.step === 'consent' && returnTo === 'consent' && next.answers.consent) {
      // The last problem the server found is fixed and consent was given: send again at once, on to documents.
      saveAt = 'consent';
      target = { step: 'documents' };
    } else if (target.step === 'check' && next.created && needsSaving(next, language)) saveAt = 'check';
    if (saveAt) {
      const incomplete = firstIncompleteBefore(next, round, 'consent');
      if (incomplete) {
        next = { ...next, errors: [...next.errors, ...checkStep(incomplete, next, round)] };
        updateDraft(() => next);
        return go(incomplete, saveAt);
      }
      setBusy(true);
      const saved = await saveApplication(next, language);
      setBusy(false);
      if (!saved.ok) return routeServerError(saved.draft, saved.error, saveAt);
      next = { ...saved.draft, errors: keepDocumentErrors(saved.draft.errors) };
      updateDraft(() => next);
    }
    go(target.step, target.returnTo);
  };

  const setAnswers = (change: (answers: Answers) => Answers) =>
    updateDraft((current) => ({ ...current, answers: change(current.answers) }));

  const errorOf = (path: string) => draft.errors.find((error) => error.path === path)?.message;

  return {
    draft,
    round,
    answers: draft.answers,
    setAnswers,
    errors: errorsOfStep(draft, step),
    errorOf,
    pageError,
    errorFocusKey,
    busy,
    progress: index >= 0 ? { step: index + 1, total: steps.length } : undefined,
    backHref,
    returnTo,
    onContinue,
    go,
    routeServerError,
    setPageError,
    showErrorsHere,
    setBusy,
  };
}
