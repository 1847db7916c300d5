import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';

/** The fonts a PDF embeds: each one's name and its font program (the TrueType file), decompressed. */
export async function embeddedFonts(bytes: Uint8Array): Promise<{ name: string; program: Uint8Array }[]> {
  const parsed = await PDFDocument.load(bytes);
  return parsed.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .filter((object): object is PDFDict => object instanceof PDFDict)
    .filter((dict) => dict.get(PDFName.of('Type')) === PDFName.of('FontDescriptor'))
    .map((descriptor) => {
      const file = descriptor.lookup(PDFName.of('FontFile2'));
      if (!(file instanceof PDFRawStream)) throw new Error('The font descriptor has no TrueType font program');
      return { name: String(descriptor.get(PDFName.of('FontName'))), program: decodePDFRawStream(file).decode() };
    });
}
