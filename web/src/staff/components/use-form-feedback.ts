import { useState } from 'preact/hooks';
import { belongsToForm, isConflict } from '../../api/error-kinds.ts';
import type { ApiError, FieldError, LocalizedText } from '../../api/types.ts';

/**
 * What a page shows after a failed save: the errors next to their fields and in the error summary at the top,
 * which takes focus, as on the applicant pages. A page with several small forms shares one, so the summary
 * always lists the problems of the form just sent.
 */
export function useFormFeedback() {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [pageError, setPageError] = useState<LocalizedText | undefined>(undefined);
  const [errorFocusKey, setErrorFocusKey] = useState(0);
  /** The last failure was a conflict: someone else changed the data, so the page offers to load it again. */
  const [conflict, setConflict] = useState(false);

  const errorOf = (path: string) => errors.find((error) => error.path === path)?.message;
  const fail = (fieldErrors: FieldError[], message?: LocalizedText, isConflict = false) => {
    setErrors(fieldErrors);
    setPageError(message);
    setConflict(isConflict);
    setErrorFocusKey((key) => key + 1);
  };
  const clear = () => {
    setErrors([]);
    setPageError(undefined);
    setConflict(false);
  };

  return {
    errors,
    pageError,
    errorFocusKey,
    conflict,
    errorOf,
    /*
     * The props that tie a field to this form: its path, which names it and finds its error here, its value and
     * what changes it. The path is written once, so an error cannot land next to another field.
     */
    bindText: (path: string, value: string, onInput: (value: string) => void) => ({
      path,
      value,
      onInput,
      error: errorOf(path),
    }),
    bindChoice: (path: string, value: string | undefined, onChange: (value: string) => void) => ({
      path,
      value,
      onChange,
      error: errorOf(path),
    }),
    bindTick: (path: string, checked: boolean, onChange: (checked: boolean) => void) => ({
      path,
      checked,
      onChange,
      error: errorOf(path),
    }),
    fail,
    clear,
    /**
     * Shows what the page's own check of the form found, or clears the last errors when it found nothing: whether
     * the form may be sent.
     */
    passes(own: FieldError[]) {
      if (own.length > 0) fail(own);
      else clear();
      return own.length === 0;
    },
  };
}

export type FormFeedback = ReturnType<typeof useFormFeedback>;

/**
 * Shows an API error on the form that caused it. The server names fields by their path in the request body
 * (`reason`, `points.support-need`); `prefix` places them in this form (`eligibility.reason`), and an empty
 * prefix keeps them as they are, for a form whose fields are named like the request's. A refusal that
 * names no field belongs to the form as a whole and is shown at `fallbackPath`, its first field; anything else
 * (no connection, a server failure, a conflict) is a problem of the page.
 */
export function showApiError(feedback: FormFeedback, error: ApiError, prefix: string, fallbackPath: string): void {
  const fields = error.fields.map((field) => ({ ...field, path: prefix ? `${prefix}.${field.path}` : field.path }));
  if (fields.length > 0) feedback.fail(fields);
  else if (isConflict(error)) feedback.fail([], error.message, true);
  else if (belongsToForm(error)) {
    feedback.fail([{ path: fallbackPath, code: error.code, message: error.message }]);
  } else feedback.fail([], error.message);
}
