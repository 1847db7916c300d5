import type { FormBlock, FormContent } from './form-content.ts';
import { GREY, INK, LINE, MARGIN, PdfPages, WIDTH } from './pdf-pages.ts';
import { newPdf } from './pdf-setup.ts';

const SIZE = { title: 17, subtitle: 12, heading: 12, text: 10.5, note: 9.5 };
const BOX = 9;

/**
 * The application form as a PDF, the font embedded (`newPdf`). Plain text on white, one column, large enough to
 * read and to write on by hand.
 */
export async function applicationPdf(content: FormContent, fontBytes: Uint8Array): Promise<Uint8Array> {
  const { document, font } = await newPdf(fontBytes, content);
  const layout = new Layout(new PdfPages(document, font));
  for (const block of content.blocks) layout.place(block);
  return document.save();
}

/** Places blocks top to bottom, starting a new page when one does not fit. */
class Layout {
  readonly #pages: PdfPages;

  constructor(pages: PdfPages) {
    this.#pages = pages;
  }

  place(block: FormBlock): void {
    switch (block.kind) {
      case 'title':
        this.#pages.room(SIZE.title * 2);
        this.#pages.centred(block.text, SIZE.title);
        this.#pages.y -= 4;
        return;
      case 'subtitle':
        for (const line of this.#pages.wrap(block.text, SIZE.subtitle, WIDTH)) this.#pages.centred(line, SIZE.subtitle);
        this.#pages.y -= 8;
        return;
      case 'heading':
        this.#pages.room(SIZE.heading * LINE + 3 * SIZE.text * LINE);
        this.#pages.y -= 10;
        this.#pages.lines(block.text, SIZE.heading, MARGIN.left, WIDTH, INK);
        this.#pages.rule(MARGIN.left, this.#pages.y + 3, WIDTH, 0.6, INK);
        this.#pages.y -= 4;
        return;
      case 'note':
        this.#pages.lines(block.text, SIZE.note, MARGIN.left, WIDTH, GREY);
        this.#pages.y -= 2;
        return;
      case 'field':
        this.#field(block.label, block.value);
        return;
      case 'choice':
        this.#choice(block.label, block.options);
        return;
      case 'statement':
        this.#pages.room(SIZE.text * LINE);
        this.#pages.text('–', MARGIN.left + 4, SIZE.text, INK, this.#pages.y - SIZE.text);
        this.#pages.lines(block.text, SIZE.text, MARGIN.left + 16, WIDTH - 16, INK);
        return;
      case 'box':
        this.#pages.room(SIZE.text * LINE + 2);
        this.#box(MARGIN.left + 2, this.#pages.y - SIZE.text, block.ticked);
        this.#pages.lines(block.text, SIZE.text, MARGIN.left + 18, WIDTH - 18, INK);
        this.#pages.y -= 3;
        return;
      case 'signature':
        this.#signature(block);
        return;
    }
  }

  /** A label and a line to write on; the value, when there is one, printed on the line. */
  #field(label: string, value: string): void {
    const labelWidth = Math.min(this.#pages.font.widthOfTextAtSize(label, SIZE.text) + 8, WIDTH * 0.45);
    const labelLines = this.#pages.wrap(label, SIZE.text, labelWidth - 8);
    const valueLines = value ? this.#pages.wrap(value, SIZE.text + 0.5, WIDTH - labelWidth) : [''];
    const height = Math.max(labelLines.length, valueLines.length) * SIZE.text * LINE + 8;
    this.#pages.room(height);
    const top = this.#pages.y - 6;
    labelLines.forEach((line, index) => {
      this.#pages.text(line, MARGIN.left, SIZE.text, GREY, top - SIZE.text - index * SIZE.text * LINE);
    });
    valueLines.forEach((line, index) => {
      this.#pages.text(
        line,
        MARGIN.left + labelWidth,
        SIZE.text + 0.5,
        INK,
        top - SIZE.text - index * SIZE.text * LINE,
      );
    });
    const bottom = this.#pages.y - height;
    this.#pages.rule(MARGIN.left + labelWidth, bottom + 3, WIDTH - labelWidth, 0.5, GREY);
    this.#pages.y = bottom;
  }

  /** A label, then each option with its box, on as many rows as they need. */
  #choice(label: string, options: { text: string; chosen: boolean }[]): void {
    this.#pages.room(SIZE.text * LINE * 2 + 6);
    this.#pages.y -= 6;
    this.#pages.lines(label, SIZE.text, MARGIN.left, WIDTH, GREY);
    let x = MARGIN.left;
    this.#pages.y -= 2;
    for (const option of options) {
      const width = BOX + 6 + this.#pages.font.widthOfTextAtSize(option.text, SIZE.text) + 18;
      if (x > MARGIN.left && x + width > MARGIN.left + WIDTH) {
        x = MARGIN.left;
        this.#pages.y -= SIZE.text * LINE + 2;
      }
      const baseline = this.#pages.y - SIZE.text;
      this.#box(x + 2, baseline, option.chosen);
      this.#pages.text(option.text, x + BOX + 8, SIZE.text, INK, baseline);
      x += width;
    }
    this.#pages.y -= SIZE.text * LINE + 4;
  }

  #signature(block: Extract<FormBlock, { kind: 'signature' }>): void {
    this.#pages.signatureLines(
      [
        { label: block.date, x: MARGIN.left, width: WIDTH * 0.25 },
        { label: block.signature, x: MARGIN.left + WIDTH * 0.3, width: WIDTH * 0.3 },
        { label: block.name, x: MARGIN.left + WIDTH * 0.65, width: WIDTH * 0.35, value: block.nameValue },
      ],
      SIZE,
    );
  }

  #box(x: number, baseline: number, ticked: boolean): void {
    this.#pages.page.drawRectangle({ x, y: baseline - 1, width: BOX, height: BOX, borderWidth: 0.8, borderColor: INK });
    if (!ticked) return;
    const [left, right, bottom, top] = [x + 1.8, x + BOX - 1.8, baseline + 0.8, baseline + BOX - 2.8];
    this.#pages.page.drawLine({ start: { x: left, y: bottom }, end: { x: right, y: top }, thickness: 1.2, color: INK });
    this.#pages.page.drawLine({ start: { x: left, y: top }, end: { x: right, y: bottom }, thickness: 1.2, color: INK });
  }
}
