import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import type { FormBlock, FormContent } from './form-content.ts';

/** A4 in points, with margins wide enough for a hole punch. */
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { left: 62, right: 48, top: 56, bottom: 56 };
const WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const INK = rgb(0, 0, 0);
const GREY = rgb(0.35, 0.35, 0.35);
const SIZE = { title: 17, subtitle: 12, heading: 12, text: 10.5, note: 9.5 };
const LINE = 1.35;
const BOX = 9;

/**
 * The application form as a PDF, with `fontBytes` (a TrueType font with every Latvian letter) embedded as a subset
 * of the letters used, so the file stays small and shows ā, č, ģ, ķ, ļ, ņ, š, ž the same on every device. Plain
 * text on white, one column, large enough to read and to write on by hand.
 */
export async function applicationPdf(content: FormContent, fontBytes: Uint8Array): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.registerFontkit(fontkit);
  const font = await document.embedFont(fontBytes, { subset: true });
  document.setTitle(content.title, { showInWindowTitleBar: true });
  document.setLanguage(content.language === 'lv' ? 'lv-LV' : 'en-GB');
  document.setCreator('Intake and selection for community-based social services');
  document.setProducer('pdf-lib');

  const layout = new Layout(document, font);
  for (const block of content.blocks) layout.place(block);
  return document.save();
}

/** Places blocks top to bottom, starting a new page when one does not fit. */
class Layout {
  readonly #document: PDFDocument;
  readonly #font: PDFFont;
  #page!: PDFPage;
  #y = 0;

  constructor(document: PDFDocument, font: PDFFont) {
    this.#document = document;
    this.#font = font;
    this.#newPage();
  }

  place(block: FormBlock): void {
    switch (block.kind) {
      case 'title':
        this.#room(SIZE.title * 2);
        this.#centred(block.text, SIZE.title);
        this.#y -= 4;
        return;
      case 'subtitle':
        for (const line of this.#wrap(block.text, SIZE.subtitle, WIDTH)) this.#centred(line, SIZE.subtitle);
        this.#y -= 8;
        return;
      case 'heading':
        this.#room(SIZE.heading * LINE + 3 * SIZE.text * LINE);
        this.#y -= 10;
        this.#lines(block.text, SIZE.heading, MARGIN.left, WIDTH, INK);
        this.#page.drawLine({
          start: { x: MARGIN.left, y: this.#y + 3 },
          end: { x: MARGIN.left + WIDTH, y: this.#y + 3 },
          thickness: 0.6,
          color: INK,
        });
        this.#y -= 4;
        return;
      case 'note':
        this.#lines(block.text, SIZE.note, MARGIN.left, WIDTH, GREY);
        this.#y -= 2;
        return;
      case 'field':
        this.#field(block.label, block.value);
        return;
      case 'choice':
        this.#choice(block.label, block.options);
        return;
      case 'statement':
        this.#room(SIZE.text * LINE);
        this.#text('–', MARGIN.left + 4, SIZE.text, INK, this.#y - SIZE.text);
        this.#lines(block.text, SIZE.text, MARGIN.left + 16, WIDTH - 16, INK);
        return;
      case 'box':
        this.#room(SIZE.text * LINE + 2);
        this.#box(MARGIN.left + 2, this.#y - SIZE.text, block.ticked);
        this.#lines(block.text, SIZE.text, MARGIN.left + 18, WIDTH - 18, INK);
        this.#y -= 3;
        return;
      case 'signature':
        this.#signature(block);
        return;
    }
  }

  /** A label and a line to write on; the value, when there is one, printed on the line. */
  #field(label: string, value: string): void {
    const labelWidth = Math.min(this.#font.widthOfTextAtSize(label, SIZE.text) + 8, WIDTH * 0.45);
    const labelLines = this.#wrap(label, SIZE.text, labelWidth - 8);
    const valueLines = value ? this.#wrap(value, SIZE.text + 0.5, WIDTH - labelWidth) : [''];
    const height = Math.max(labelLines.length, valueLines.length) * SIZE.text * LINE + 8;
    this.#room(height);
    const top = this.#y - 6;
    labelLines.forEach((line, index) => {
      this.#text(line, MARGIN.left, SIZE.text, GREY, top - SIZE.text - index * SIZE.text * LINE);
    });
    valueLines.forEach((line, index) => {
      this.#text(line, MARGIN.left + labelWidth, SIZE.text + 0.5, INK, top - SIZE.text - index * SIZE.text * LINE);
    });
    const bottom = this.#y - height;
    this.#page.drawLine({
      start: { x: MARGIN.left + labelWidth, y: bottom + 3 },
      end: { x: MARGIN.left + WIDTH, y: bottom + 3 },
      thickness: 0.5,
      color: GREY,
    });
    this.#y = bottom;
  }

  /** A label, then each option with its box, on as many rows as they need. */
  #choice(label: string, options: { text: string; chosen: boolean }[]): void {
    this.#room(SIZE.text * LINE * 2 + 6);
    this.#y -= 6;
    this.#lines(label, SIZE.text, MARGIN.left, WIDTH, GREY);
    let x = MARGIN.left;
    this.#y -= 2;
    for (const option of options) {
      const width = BOX + 6 + this.#font.widthOfTextAtSize(option.text, SIZE.text) + 18;
      if (x > MARGIN.left && x + width > MARGIN.left + WIDTH) {
        x = MARGIN.left;
        this.#y -= SIZE.text * LINE + 2;
      }
      const baseline = this.#y - SIZE.text;
      this.#box(x + 2, baseline, option.chosen);
      this.#text(option.text, x + BOX + 8, SIZE.text, INK, baseline);
      x += width;
    }
    this.#y -= SIZE.text * LINE + 4;
  }

  #signature(block: Extract<FormBlock, { kind: 'signature' }>): void {
    const height = 70;
    this.#room(height);
    const lineY = this.#y - 40;
    const columns = [
      { label: block.date, x: MARGIN.left, width: WIDTH * 0.25, value: '' },
      { label: block.signature, x: MARGIN.left + WIDTH * 0.3, width: WIDTH * 0.3, value: '' },
      { label: block.name, x: MARGIN.left + WIDTH * 0.65, width: WIDTH * 0.35, value: block.nameValue },
    ];
    for (const column of columns) {
      if (column.value) this.#text(column.value, column.x, SIZE.text, INK, lineY + 5);
      this.#page.drawLine({
        start: { x: column.x, y: lineY },
        end: { x: column.x + column.width, y: lineY },
        thickness: 0.6,
        color: INK,
      });
      this.#text(column.label, column.x, SIZE.note, GREY, lineY - SIZE.note - 3);
    }
    this.#y -= height;
  }

  #box(x: number, baseline: number, ticked: boolean): void {
    this.#page.drawRectangle({ x, y: baseline - 1, width: BOX, height: BOX, borderWidth: 0.8, borderColor: INK });
    if (!ticked) return;
    const [left, right, bottom, top] = [x + 1.8, x + BOX - 1.8, baseline + 0.8, baseline + BOX - 2.8];
    this.#page.drawLine({ start: { x: left, y: bottom }, end: { x: right, y: top }, thickness: 1.2, color: INK });
    this.#page.drawLine({ start: { x: left, y: top }, end: { x: right, y: bottom }, thickness: 1.2, color: INK });
  }

  /** Wrapped text from the current position down, moving the position below it. */
  #lines(text: string, size: number, x: number, width: number, color: typeof INK): void {
    for (const line of this.#wrap(text, size, width)) {
      this.#room(size * LINE);
      this.#text(line, x, size, color, this.#y - size);
      this.#y -= size * LINE;
    }
  }

  #centred(text: string, size: number): void {
    const width = this.#font.widthOfTextAtSize(text, size);
    this.#text(text, MARGIN.left + (WIDTH - width) / 2, size, INK, this.#y - size);
    this.#y -= size * LINE;
  }

  #text(text: string, x: number, size: number, color: typeof INK, y: number): void {
    if (text) this.#page.drawText(text, { x, y, size, font: this.#font, color });
  }

  /** Words to lines no wider than `width`; a word longer than a line (a long e-mail address) gets a line of its own. */
  #wrap(text: string, size: number, width: number): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && this.#font.widthOfTextAtSize(candidate, size) > width) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    if (line) lines.push(line);
    return lines.length > 0 ? lines : [''];
  }

  /** A new page when less than `height` is left on this one. */
  #room(height: number): void {
    if (this.#y - height < MARGIN.bottom) this.#newPage();
  }

  #newPage(): void {
    this.#page = this.#document.addPage([PAGE.width, PAGE.height]);
    this.#y = PAGE.height - MARGIN.top;
  }
}
