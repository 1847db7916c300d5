import { PdfPages } from '../../pdf/pdf-pages.ts';
import { newPdf } from '../../pdf/pdf-setup.ts';
import { ProtocolWriter } from '../protocol/protocol-pdf.ts';
import type { CopyContent } from './copy-content.ts';

const TITLE_SIZE = 15;

/**
 * A person's copy of their data as an A4 PDF, drawn from the same content the page shows, with the protocol's
 * blocks: facts, headings, lines and tables whose headings repeat on each page. Each page's foot names the copy
 * and the page.
 */
export async function copyPdf(content: CopyContent, fontBytes: Uint8Array): Promise<Uint8Array> {
  const { document, font } = await newPdf(fontBytes, content);
  const pages = new PdfPages(document, font);
  const write = new ProtocolWriter(pages);

  pages.centred(content.title, TITLE_SIZE);
  pages.y -= 6;
  write.facts(content.facts);
  for (const note of content.notes) write.note(note);

  for (const application of content.applications) {
    pages.y -= 8;
    write.heading(application.title);
    for (const part of application.parts) {
      write.heading(part.title);
      if (part.kind === 'facts') write.facts(part.facts);
      else if (part.kind === 'table')
        write.table(
          part.table,
          part.table.columns.map(() => 1 / part.table.columns.length),
        );
      else {
        if (part.note) write.note(part.note);
        for (const item of part.items) write.item(item);
      }
    }
  }

  write.feet(document, content.title, content.page);
  return document.save();
}
