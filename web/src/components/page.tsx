import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect } from 'preact/hooks';
import type { FieldError, LocalizedText } from '../api/types.ts';
import { useLanguage } from '../app-context.ts';
import { ErrorSummary } from './error-summary.tsx';
import { focusPageStart } from './focus.ts';

/** Whether the page shows "Step 3 of 9", which the h1 then names as its description. */
const HasStepCaption = createContext(false);

export interface PageProps {
  /** The page's name: the start of the <title>, and in most pages the h1. The service's own name is not repeated. */
  title: string;
  /** `{ step: 3, total: 9 }` for the steps of the form. */
  progress?: { step: number; total: number };
  backHref?: string;
  errors?: FieldError[];
  /** A problem that belongs to no field, e.g. a lost connection. */
  pageError?: LocalizedText | undefined;
  /** Changes whenever a failed "Continue" should move focus to the error summary again. */
  errorFocusKey?: number;
  children: ComponentChildren;
}

/** The frame of every page: back link, progress, error summary; the page brings its own h1 (see `Heading`). */
export function Page({ title, progress, backHref, errors = [], pageError, errorFocusKey = 0, children }: PageProps) {
  const { t } = useLanguage();
  const hasErrors = errors.length > 0 || pageError !== undefined;
  const step = progress ? t.common.stepOf(progress.step, progress.total) : undefined;

  useEffect(() => {
    const service = title === t.common.serviceName ? undefined : t.common.serviceName;
    document.title = [`${hasErrors ? t.common.errorTitlePrefix : ''}${title}`, step, service]
      .filter(Boolean)
      .join(' – ');
  });
  useEffect(focusPageStart, []);
  useEffect(() => {
    if (errorFocusKey > 0) document.getElementById('error-summary')?.focus();
  }, [errorFocusKey]);

  return (
    <>
      {backHref && (
        <a class="back-link" href={backHref}>
          {t.common.back}
        </a>
      )}
      {hasErrors && <ErrorSummary errors={errors} pageError={pageError} />}
      {step && (
        <p class="caption" id="step-caption">
          {step}
        </p>
      )}
      <HasStepCaption.Provider value={step !== undefined}>{children}</HasStepCaption.Provider>
    </>
  );
}

/** The page's h1. Focusable from script only, so focus can be put on it after a page change. */
export function Heading({ children }: { children: ComponentChildren }) {
  const hasStepCaption = useContext(HasStepCaption);
  return (
    <h1 id="page-heading" tabIndex={-1} aria-describedby={hasStepCaption ? 'step-caption' : undefined}>
      {children}
    </h1>
  );
}
