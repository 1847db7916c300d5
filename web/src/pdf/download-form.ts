// The font ships in an npm package whose exports leave its files out, so it is reached by its path; Vite copies it
// to the built app as a file of its own, fetched only when a form is made.
import fontUrl from '../../../node_modules/@embedpdf/fonts-latin/fonts/NotoSans-Regular.ttf?url';
import type { Language, Round } from '../api/types.ts';
import { applicationPdf } from './application-pdf.ts';
import { type FormFilling, formContent } from './form-content.ts';

/**
 * Makes the application form in the browser and hands it to the person as a download. This module and everything
 * it imports (pdf-lib, the font engine, the font) load only when a person asks for the form: the first page stays
 * small, and the answers, the personal code among them, never leave the device to become a PDF.
 */
export async function downloadForm(round: Round, language: Language, filling?: FormFilling): Promise<void> {
  const content = formContent(round, language, filling);
  const font = await fetch(fontUrl);
  if (!font.ok) throw new Error(`The font could not be loaded: ${font.status}`);
  const bytes = await applicationPdf(content, new Uint8Array(await font.arrayBuffer()));
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = content.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Long enough for a slow device to start saving it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
