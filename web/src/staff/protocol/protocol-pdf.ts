import type { PDFDocument } from 'pdf-lib';
import {
  type Colour,
  GREY,
  INK,
  LINE,
  MARGIN,
  PAGE,
  PdfPages,
  SIGNATURE_LINES_HEIGHT,
  WIDTH,
} from '../../pdf/pdf-pages.ts';
import { newPdf } from '../../pdf/pdf-setup.ts';
import type { ContentTable, Fact, ProtocolContent } from './protocol-content.ts';

const SIZE = { title: 15, heading: 11.5, text: 10, note: 8.5, cell: 8.5 };
const CELL_PADDING = 4;

/** How wide each column of the protocol's tables is, as parts of the page's width. */
const RESULT_COLUMNS = [0.08, 0.15, 0.09, 0.23, 0.45];
const CONTACT_COLUMNS = [0.14, 0.2, 0.18, 0.25, 0.23];

/**
 * The selection protocol as an A4 PDF drawn from the same content the page shows: the title and facts, the
 * criteria and the order, the results (and the contacts, when they are there) as tables whose headings repeat on
 * each page, the run's details, and lines for the social service to sign on. Each page's foot names the protocol
 * and the page.
 */
export async function protocolPdf(content: ProtocolContent, fontBytes: Uint8Array): Promise<Uint8Array> {
  const { document, font } = await newPdf(fontBytes, content);
  const pages = new PdfPages(document, font);
  const write = new ProtocolWriter(pages);

  pages.centred(content.title, SIZE.title);
  pages.y -= 6;
  if (content.draft) write.boxed(content.draft);
  write.facts(content.facts);

  write.heading(content.criteria.title);
  for (const item of content.criteria.items) write.item(item);
  write.note(content.order);

  write.heading(content.results.title);
  if (content.results.empty) write.note(content.results.empty);
  else write.table(content.results.table, RESULT_COLUMNS);

  if (content.changes) {
    write.heading(content.changes.title);
    for (const item of content.changes.items) write.item(item);
  }

  if ('table' in content.contacts) {
    write.heading(content.contacts.title);
    write.note(content.contacts.note);
    write.table(content.contacts.table, CONTACT_COLUMNS);
  } else write.note(content.contacts.note);

  write.heading(content.run.title);
  write.facts(content.run.facts);
  write.note(content.run.note);

  write.signatures(content.signatures);

  write.feet(document, content.title, content.page);
  return document.save();
}

/** The protocol's kinds of block, placed top to bottom on `pages`; the copy of a person's data uses them too. */
export class ProtocolWriter {
  readonly #pages: PdfPages;

  constructor(pages: PdfPages) {
    this.#pages = pages;
  }

  /** At the foot of each page: the document's title on the left, which page of how many on the right. */
  feet(document: PDFDocument, title: string, page: (page: number, pages: number) => string): void {
    const { font } = this.#pages;
    const all = document.getPages();
    all.forEach((sheet, index) => {
      const foot = page(index + 1, all.length);
      const y = MARGIN.bottom / 2;
      sheet.drawText(title, { x: MARGIN.left, y, size: SIZE.note, font, color: GREY });
      const width = font.widthOfTextAtSize(foot, SIZE.note);
      sheet.drawText(foot, { x: PAGE.width - MARGIN.right - width, y, size: SIZE.note, font, color: GREY });
    });
  }

  heading(text: string): void {
    const pages = this.#pages;
    pages.room(SIZE.heading * LINE + 4 * SIZE.text * LINE);
    pages.y -= 10;
    pages.lines(text, SIZE.heading, MARGIN.left, WIDTH, INK);
    pages.rule(MARGIN.left, pages.y + 1, WIDTH, 0.6, INK);
    pages.y -= 4;
  }

  note(text: string): void {
    this.#pages.y -= 2;
    this.#pages.lines(text, SIZE.note, MARGIN.left, WIDTH, GREY);
    this.#pages.y -= 2;
  }

  item(text: string): void {
    const pages = this.#pages;
    pages.room(SIZE.text * LINE);
    pages.text('–', MARGIN.left + 4, SIZE.text, INK, pages.y - SIZE.text);
    pages.lines(text, SIZE.text, MARGIN.left + 16, WIDTH - 16, INK);
  }

  /** A line that must be seen first (the draft's warning), in a frame. */
  boxed(text: string): void {
    const pages = this.#pages;
    const lines = pages.wrap(text, SIZE.text, WIDTH - 16);
    const height = lines.length * SIZE.text * LINE + 10;
    pages.room(height);
    pages.page.drawRectangle({
      x: MARGIN.left,
      y: pages.y - height,
      width: WIDTH,
      height,
      borderWidth: 1.2,
      borderColor: INK,
    });
    pages.y -= 5;
    pages.lines(text, SIZE.text, MARGIN.left + 8, WIDTH - 16, INK);
    pages.y -= 9;
  }

  /** Labels on the left, values beside them. */
  facts(facts: Fact[]): void {
    const pages = this.#pages;
    const labelWidth = WIDTH * 0.32;
    for (const { label, value } of facts) {
      const valueLines = pages.wrap(value, SIZE.text, WIDTH - labelWidth);
      const height = valueLines.length * SIZE.text * LINE + 2;
      pages.room(height);
      pages.text(label, MARGIN.left, SIZE.note + 0.5, GREY, pages.y - SIZE.text);
      valueLines.forEach((line, index) => {
        pages.text(line, MARGIN.left + labelWidth, SIZE.text, INK, pages.y - SIZE.text - index * SIZE.text * LINE);
      });
      pages.y -= height;
    }
  }

  /** A table with its headings, which repeat at the top of each page the rows go on to. */
  table(table: ContentTable, parts: number[]): void {
    const pages = this.#pages;
    const widths = parts.map((part) => part * WIDTH);
    const lefts = widths.map((_, index) => MARGIN.left + widths.slice(0, index).reduce((sum, width) => sum + width, 0));
    const cellLines = (cells: string[]) =>
      cells.map((cell, index) => pages.wrap(cell, SIZE.cell, (widths[index] ?? 0) - CELL_PADDING));
    const row = (cells: string[], text: Colour, rule: { color: Colour; thickness: number }) => {
      const lines = cellLines(cells);
      const height = Math.max(...lines.map((cell) => cell.length)) * SIZE.cell * LINE + 5;
      lines.forEach((cell, index) => {
        cell.forEach((line, number) => {
          pages.text(line, lefts[index] ?? 0, SIZE.cell, text, pages.y - SIZE.cell - 1 - number * SIZE.cell * LINE);
        });
      });
      pages.y -= height;
      pages.rule(MARGIN.left, pages.y + 1, WIDTH, rule.thickness, rule.color);
    };
    const header = () => row(table.columns, GREY, { color: INK, thickness: 0.8 });

    const first = table.rows[0]?.cells ?? [];
    pages.room(2 * (Math.max(...cellLines(first).map((cell) => cell.length), 1) * SIZE.cell * LINE + 5));
    header();
    pages.onNewPage = header;
    for (const { cells } of table.rows) {
      pages.room(Math.max(...cellLines(cells).map((cell) => cell.length)) * SIZE.cell * LINE + 5);
      row(cells, INK, { color: GREY, thickness: 0.3 });
    }
    pages.onNewPage = undefined;
    pages.y -= 4;
  }

  /** For each signer, a line to write the name, the position, the signature and the date on. */
  signatures(signatures: ProtocolContent['signatures']): void {
    const pages = this.#pages;
    // The signatures start on a page they all fit on, so none is left alone on a page of its own.
    const perSigner = SIZE.text * LINE + 8 + SIGNATURE_LINES_HEIGHT;
    pages.room(SIZE.heading * LINE + 14 + 2 * SIZE.text * LINE + signatures.signers.length * perSigner);
    this.heading(signatures.title);
    if (signatures.service) pages.lines(signatures.service, SIZE.text, MARGIN.left, WIDTH, INK);
    const [name, position, signature, date] = signatures.columns;
    for (const signer of signatures.signers) {
      pages.room(perSigner);
      pages.y -= 8;
      pages.lines(signer, SIZE.text, MARGIN.left, WIDTH, INK);
      pages.signatureLines(
        [
          { label: name, x: MARGIN.left, width: WIDTH * 0.3 },
          { label: position, x: MARGIN.left + WIDTH * 0.33, width: WIDTH * 0.25 },
          { label: signature, x: MARGIN.left + WIDTH * 0.61, width: WIDTH * 0.2 },
          { label: date, x: MARGIN.left + WIDTH * 0.84, width: WIDTH * 0.16 },
        ],
        SIZE,
      );
    }
  }
}
