import type { FieldError, LocalizedText } from '../api/types.ts';
import { useLanguage } from '../app-context.ts';
import { fieldId } from '../flow/steps.ts';
import { focusField } from './focus.ts';

/** The list of everything to fix, at the top of the page; each entry leads to its field. */
export function ErrorSummary({ errors, pageError }: { errors: FieldError[]; pageError?: LocalizedText | undefined }) {
  const { t, language } = useLanguage();
  return (
    <section class="error-summary" id="error-summary" tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" class="error-summary-title">
        {t.common.errorSummaryTitle}
      </h2>
      <ul class="error-summary-list">
        {pageError && <li>{pageError[language]}</li>}
        {errors.map((error) => (
          <li key={`${error.path}-${error.code}`}>
            <a
              href={`#${fieldId(error.path)}`}
              onClick={(event) => {
                event.preventDefault();
                focusField(fieldId(error.path));
              }}
            >
              {error.message[language]}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
