import type { LocalizedText } from '../api/types.ts';
import { useLanguage } from '../app-context.ts';

/** The error under a field's label; the hidden word makes a screen reader say that it is an error. */
export function ErrorMessage({ id, message }: { id: string; message: LocalizedText | undefined }) {
  const { t, language } = useLanguage();
  if (!message) return null;
  return (
    <p class="error-message" id={id}>
      <span class="visually-hidden">{t.common.errorTitlePrefix}</span>
      {message[language]}
    </p>
  );
}

/** The ids that `aria-describedby` lists: the hint first, then the error. */
export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}
