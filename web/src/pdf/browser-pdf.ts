// The parts of making a PDF that need the browser: the font fetched from the built app, and the download.
// The font ships in an npm package whose exports leave its files out, so it is reached by its path; Vite copies it
// to the built app as a file of its own, fetched only when a PDF is made.
import fontUrl from '../../../node_modules/@embedpdf/fonts-latin/fonts/NotoSans-Regular.ttf?url';
import { saveFile } from '../files/save-file.ts';

/** The bytes of the font every PDF of the service embeds (Noto Sans: every Latvian letter). */
export async function fetchFont(): Promise<Uint8Array> {
  const font = await fetch(fontUrl);
  if (!font.ok) throw new Error(`The font could not be loaded: ${font.status}`);
  return new Uint8Array(await font.arrayBuffer());
}

/** Hands a PDF made on this device to the browser as a download. */
export function downloadPdf(bytes: Uint8Array, fileName: string): void {
  saveFile(new Blob([bytes as BlobPart], { type: 'application/pdf' }), fileName);
}
