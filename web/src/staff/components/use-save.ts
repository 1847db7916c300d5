import { useState } from 'preact/hooks';
import type { ApiResult } from '../../api/client.ts';
import type { FieldError } from '../../api/types.ts';
import { useSending } from '../../api/use-data.ts';
import { type FormFeedback, showApiError } from './use-form-feedback.ts';

export interface SaveOptions {
  /** The form's name, which its fields' paths start with (`eligibility` → `eligibility.reason`). */
  form: string;
  /** Where a refusal that names no field is shown: the form's first field. */
  fallbackPath: string;
}

/**
 * Sending one of the small forms of a staff page: the browser's own "nothing given" checks first, then the
 * request, then either what the API answered (and a "saved" line next to the button) or the errors, shown by
 * the page's error summary.
 */
export function useSave<T>(feedback: FormFeedback, onSaved: (data: T) => void, options: SaveOptions) {
  const { busy, send } = useSending();
  const [saved, setSaved] = useState(false);

  const run = async (ownErrors: FieldError[], request: () => Promise<ApiResult<T>>): Promise<boolean> => {
    if (busy) return false;
    setSaved(false);
    if (ownErrors.length > 0) {
      feedback.fail(ownErrors);
      return false;
    }
    feedback.clear();
    const answer = await send(request);
    if (!answer) return false;
    if (!answer.ok) {
      showApiError(feedback, answer.error, options.form, options.fallbackPath);
      return false;
    }
    onSaved(answer.data);
    setSaved(true);
    return true;
  };

  return { busy, saved, run };
}

export type Save<T> = ReturnType<typeof useSave<T>>;
