import { useState } from 'preact/hooks';
import type { FieldError, LocalizedText } from '../api/types.ts';
import { useSending } from '../api/use-data.ts';
import { required } from '../flow/field-errors.ts';
import type { Texts } from '../i18n/texts.ts';

/**
 * A page that asks the server one thing from a few text boxes (the status, a new link): the boxes, their errors
 * shown at the box and in the summary, and a button that sends once however often it is pressed.
 */
export function useLookup<Fields extends Record<string, string>>(initial: () => Fields) {
  const [fields, setFields] = useState(initial);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [pageError, setPageError] = useState<LocalizedText | undefined>(undefined);
  const [errorFocusKey, setErrorFocusKey] = useState(0);
  const { busy, send } = useSending();

  /** Shows these problems (none clears them) and takes the keyboard to the summary. */
  const showErrors = (shown: FieldError[], page?: LocalizedText) => {
    setErrors(shown);
    setPageError(page);
    if (shown.length > 0 || page) setErrorFocusKey((key) => key + 1);
  };

  /** True when every box named has something in it; otherwise shows what is missing, in the words given. */
  const filled = (values: Fields, missing: { [Path in keyof Fields & string]?: (t: Texts) => string }) => {
    const empty = Object.entries(missing)
      .filter(([path]) => !values[path]?.trim())
      .map(([path, words]) => required(path, words as (t: Texts) => string));
    showErrors(empty);
    return empty.length === 0;
  };

  /** What a `TextField` needs to show and change one box. */
  const box = (path: keyof Fields & string) => ({
    path,
    value: fields[path],
    onInput: (value: string) => setFields((current) => ({ ...current, [path]: value })),
    error: errors.find((error) => error.path === path)?.message,
  });

  /** The form's submit: the browser does not send the form, the page does. */
  const onSubmit = (ask: () => Promise<unknown>) => (event: Event) => {
    event.preventDefault();
    void ask();
  };

  return { fields, busy, send, box, filled, showErrors, onSubmit, feedback: { errors, pageError, errorFocusKey } };
}
