import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont } from 'pdf-lib';
import type { Language } from '../api/types.ts';

/** What a PDF of the service says about itself: its title (shown in the reader's title bar) and its language. */
export interface PdfDescription {
  title: string;
  language: Language;
}

/**
 * A new PDF with `fontBytes` (a TrueType font with every Latvian letter) embedded whole, so it shows ā, č, ģ, ķ,
 * ļ, ņ, š, ž the same on every device. Every PDF the service makes starts here.
 *
 * Whole, not as a subset of the letters used: @pdf-lib/fontkit writes a subset's glyph offsets in the short format
 * without padding odd-sized glyphs, so in Noto Sans most letters after the first odd one come out blank in PDF
 * readers (pdf.js, FreeType), while the text still extracts. The file is about 300 KB larger; it stays far below
 * the upload limit.
 */
export async function newPdf(
  fontBytes: Uint8Array,
  description: PdfDescription,
): Promise<{ document: PDFDocument; font: PDFFont }> {
  const document = await PDFDocument.create();
  document.registerFontkit(fontkit);
  const font = await document.embedFont(fontBytes, { subset: false });
  document.setTitle(description.title, { showInWindowTitleBar: true });
  document.setLanguage(description.language === 'lv' ? 'lv-LV' : 'en-GB');
  document.setCreator('Intake and selection for community-based social services');
  document.setProducer('pdf-lib');
  return { document, font };
}
