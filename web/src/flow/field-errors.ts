import type { DocumentRequirement, FieldError, LocalizedText } from '../api/types.ts';
import { bothLanguages, type Texts, texts } from '../i18n/texts.ts';

/**
 * A problem the browser finds before sending, in the shape of the server's `fields[]`, so the page shows both
 * alike: next to the field its path names, and in the error summary.
 */
export function fieldError(path: string, message: LocalizedText, code = 'FIELD_REQUIRED'): FieldError {
  return { path, code, message };
}

/** Nothing typed but spaces, or nothing at all. */
export const blank = (value: string | undefined) => (value ?? '').trim() === '';

/** "Nothing was given", in the applicant form's words. */
export function required(path: string, pick: (t: Texts) => string): FieldError {
  return fieldError(path, bothLanguages(pick));
}

/** Each needed document that is not uploaded yet, named in each language as the round names it. */
export function missingDocuments(
  needed: readonly DocumentRequirement[],
  uploaded: Record<string, unknown>,
): FieldError[] {
  return needed
    .filter((document) => !uploaded[document.type])
    .map((document) =>
      fieldError(`documents.${document.type}`, {
        lv: texts.lv.documents.required(document.name.lv),
        en: texts.en.documents.required(document.name.en),
      }),
    );
}
