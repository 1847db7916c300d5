import type { Language, Round } from '../api/types.ts';
import { applicationPdf } from './application-pdf.ts';
import { downloadPdf, fetchFont } from './browser-pdf.ts';
import { type FormFilling, formContent } from './form-content.ts';

/**
 * Makes the application form in the browser and hands it to the person as a download. This module and everything
 * it imports (pdf-lib, the font engine, the font) load only when a person asks for the form: the first page stays
 * small, and the answers, the personal code among them, never leave the device to become a PDF.
 */
export async function downloadForm(round: Round, language: Language, filling?: FormFilling): Promise<void> {
  const content = formContent(round, language, filling);
  downloadPdf(await applicationPdf(content, await fetchFont()), content.fileName);
}
