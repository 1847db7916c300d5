/**
 * Draws a PDF into the page with PDF.js: each page a canvas, with PDF.js's text layer over it, so the words can be
 * selected and a screen reader reads them. This module and PDF.js are a chunk of their own, loaded only when a
 * staff member views a PDF; the worker that parses the file is a file of the app's own origin (the page's
 * `script-src 'self'` covers it), and nothing is evaluated from strings, fetched from elsewhere or handed to a plugin.
 */
import { GlobalWorkerOptions, getDocument, type PDFPageProxy, TextLayer } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?worker&url';

GlobalWorkerOptions.workerSrc = workerUrl;

export interface RenderedPdf {
  /** Settles once every page is drawn, with how many there are; rejects when the file cannot be read as a PDF. */
  drawn: Promise<number>;
  /** Stops drawing and lets go of the document and its worker. */
  close(): void;
}

/**
 * Draws every page of `bytes` into `into`, as wide as `into` is. `pageLabel` names each page's canvas for screen
 * readers ("Iesniegums, page 1 of 2").
 */
export function renderPdf(
  bytes: Uint8Array,
  into: HTMLElement,
  pageLabel: (page: number, pages: number) => string,
): RenderedPdf {
  const task = getDocument({ data: bytes });
  let closed = false;
  const drawn = (async () => {
    const pdf = await task.promise;
    for (let number = 1; number <= pdf.numPages && !closed; number += 1) {
      await drawPage(await pdf.getPage(number), into, pageLabel(number, pdf.numPages));
    }
    return pdf.numPages;
  })();
  return {
    drawn,
    close: () => {
      closed = true;
      void task.destroy();
    },
  };
}

async function drawPage(page: PDFPageProxy, into: HTMLElement, label: string): Promise<void> {
  const natural = page.getViewport({ scale: 1 });
  const viewport = page.getViewport({ scale: (into.clientWidth || natural.width) / natural.width });
  // Sharp on high-density screens: the canvas has the screen's pixels, its box the page's CSS size.
  const ratio = window.devicePixelRatio || 1;

  const sheet = document.createElement('div');
  sheet.className = 'pdf-page';
  // The text layer sizes its words by this factor (PDF.js's own viewer sets it the same way).
  sheet.style.setProperty('--total-scale-factor', String(viewport.scale));
  const canvas = document.createElement('canvas');
  canvas.width = Math.floor(viewport.width * ratio);
  canvas.height = Math.floor(viewport.height * ratio);
  canvas.style.width = `${Math.floor(viewport.width)}px`;
  canvas.style.height = `${Math.floor(viewport.height)}px`;
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', label);
  const text = document.createElement('div');
  text.className = 'pdf-text';
  sheet.append(canvas, text);
  into.append(sheet);

  await page.render({ canvas, viewport, ...(ratio !== 1 && { transform: [ratio, 0, 0, ratio, 0, 0] }) }).promise;
  await new TextLayer({ textContentSource: page.streamTextContent(), container: text, viewport }).render();
}
