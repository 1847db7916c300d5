import { downloadPdf, fetchFont } from '../../pdf/browser-pdf.ts';
import type { ProtocolContent } from './protocol-content.ts';
import { protocolPdf } from './protocol-pdf.ts';

/**
 * Makes the protocol's PDF on this device from what the page shows, and hands it over as a download. Loaded only
 * when asked for, with pdf-lib and the font, so the staff pages stay light; nothing is sent anywhere to make it.
 */
export async function downloadProtocol(content: ProtocolContent): Promise<void> {
  downloadPdf(await protocolPdf(content, await fetchFont()), content.fileName);
}
