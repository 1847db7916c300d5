import { type PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';

/** A4 in points, with margins wide enough for a hole punch. */
export const PAGE = { width: 595.28, height: 841.89 };
export const MARGIN = { left: 62, right: 48, top: 56, bottom: 56 };
/** The width between the margins. */
export const WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
export const INK = rgb(0, 0, 0);
export const GREY = rgb(0.35, 0.35, 0.35);
/** Line height as a multiple of the font size. */
export const LINE = 1.35;

export type Colour = typeof INK;
/** The height `signatureLines` takes: room to sign above the lines, their labels below. */
export const SIGNATURE_LINES_HEIGHT = 70;

/**
 * A4 pages written top to bottom in one font: `y` is where the next thing starts, and a new page begins when what
 * comes next does not fit. The service's documents (the application form, the selection protocol) lay out their
 * own blocks with these.
 */
export class PdfPages {
  readonly font: PDFFont;
  readonly #document: PDFDocument;
  /** Called on each new page after the first, e.g. to repeat a table's heading. */
  onNewPage: (() => void) | undefined;
  page!: PDFPage;
  y = 0;

  constructor(document: PDFDocument, font: PDFFont) {
    this.#document = document;
    this.font = font;
    this.#start();
  }

  /** A new page when less than `height` is left on this one. */
  room(height: number): void {
    if (this.y - height < MARGIN.bottom) this.newPage();
  }

  newPage(): void {
    this.#start();
    this.onNewPage?.();
  }

  /** Wrapped text from the current position down, moving the position below it. */
  lines(text: string, size: number, x: number, width: number, color: Colour): void {
    for (const line of this.wrap(text, size, width)) {
      this.room(size * LINE);
      this.text(line, x, size, color, this.y - size);
      this.y -= size * LINE;
    }
  }

  centred(text: string, size: number): void {
    const width = this.font.widthOfTextAtSize(text, size);
    this.text(text, MARGIN.left + (WIDTH - width) / 2, size, INK, this.y - size);
    this.y -= size * LINE;
  }

  text(text: string, x: number, size: number, color: Colour, y: number): void {
    if (text) this.page.drawText(text, { x, y, size, font: this.font, color });
  }

  /** A horizontal line from `x`, `width` long, at `y`. */
  rule(x: number, y: number, width: number, thickness: number, color: Colour): void {
    this.page.drawLine({ start: { x, y }, end: { x: x + width, y }, thickness, color });
  }

  /**
   * Lines to sign on, side by side, each with what goes on it written small below it, and a value printed on it
   * when one is known (the signer's name).
   */
  signatureLines(
    columns: { label: string; x: number; width: number; value?: string }[],
    size: { text: number; note: number },
  ): void {
    this.room(SIGNATURE_LINES_HEIGHT);
    const lineY = this.y - 40;
    for (const column of columns) {
      if (column.value) this.text(column.value, column.x, size.text, INK, lineY + 5);
      this.rule(column.x, lineY, column.width, 0.6, INK);
      this.text(column.label, column.x, size.note, GREY, lineY - size.note - 3);
    }
    this.y -= SIGNATURE_LINES_HEIGHT;
  }

  /**
   * Words to lines no wider than `width`. A word longer than a line (a long e-mail address in a narrow column) is
   * broken where the line ends, so nothing runs into the next column or past the margin.
   */
  wrap(text: string, size: number, width: number): string[] {
    const fits = (candidate: string) => this.font.widthOfTextAtSize(candidate, size) <= width;
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      for (const character of word) {
        if (line && !fits(line + character)) {
          lines.push(line);
          line = '';
        }
        line += character;
      }
    }
    if (line) lines.push(line);
    return lines.length > 0 ? lines : [''];
  }

  #start(): void {
    this.page = this.#document.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - MARGIN.top;
  }
}
