import { downloadPdf, fetchFont } from '../../pdf/browser-pdf.ts';
import type { CopyContent } from './copy-content.ts';
import { copyPdf } from './copy-pdf.ts';

/**
 * Makes the copy's PDF on this device from what the page shows, and hands it over as a download. Loaded only when
 * asked for, with pdf-lib and the font; nothing is sent anywhere to make it.
 */
export async function downloadCopy(content: CopyContent): Promise<void> {
  downloadPdf(await copyPdf(content, await fetchFont()), content.fileName);
}
