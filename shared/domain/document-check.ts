export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** The type of an e-signed container (ASiC-E): Latvia's `.edoc` files and `.asice` files are both this format. */
export const ASIC_E_CONTENT_TYPE = 'application/vnd.etsi.asic-e+zip';

export const ALLOWED_CONTENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png', ASIC_E_CONTENT_TYPE] as const;
export type AllowedContentType = (typeof ALLOWED_CONTENT_TYPES)[number];

/**
 * How many first bytes tell the type: enough for an e-signed container's `mimetype` entry (its header, its name,
 * a short extra field and its content). A container whose first entry has a longer extra field is not recognised
 * from this many bytes; the server, which reads the whole file, still recognises it.
 */
export const SIGNATURE_BYTES = 1024;

/** File signatures ("magic bytes"): what a file really is, whatever its name or declared type says. */
const SIGNATURES: ReadonlyArray<{ contentType: AllowedContentType; bytes: readonly number[] }> = [
  { contentType: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { contentType: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { contentType: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4
const ZIP_STORED = 0;

/**
 * An ASiC-E container is a ZIP whose first entry is named `mimetype`, stored uncompressed, and holds exactly the
 * container's type (ETSI EN 319 162-1, 4.4.4), so its first bytes tell it apart from any other ZIP. Any other ZIP
 * (a folder of files, an office document) is not a signed document and is refused.
 */
function isAsicE(firstBytes: Uint8Array): boolean {
  if (!ZIP_LOCAL_HEADER.every((byte, index) => firstBytes[index] === byte)) return false;
  const u16 = (offset: number) => (firstBytes[offset] ?? 0) | ((firstBytes[offset + 1] ?? 0) << 8);
  if (u16(8) !== ZIP_STORED) return false;
  const nameLength = u16(26);
  const extraLength = u16(28);
  const name = new TextDecoder().decode(firstBytes.subarray(30, 30 + nameLength));
  if (name !== 'mimetype') return false;
  const contentStart = 30 + nameLength + extraLength;
  const expected = new TextEncoder().encode(ASIC_E_CONTENT_TYPE);
  const content = firstBytes.subarray(contentStart, contentStart + expected.length);
  return content.length === expected.length && expected.every((byte, index) => content[index] === byte);
}

export function detectContentType(firstBytes: Uint8Array): AllowedContentType | undefined {
  const known = SIGNATURES.find(({ bytes }) => bytes.every((byte, index) => firstBytes[index] === byte));
  if (known) return known.contentType;
  return isAsicE(firstBytes) ? ASIC_E_CONTENT_TYPE : undefined;
}

export type DocumentVerdict =
  /** `bytes`: those judged, to be kept as they are. */
  | { ok: true; contentType: AllowedContentType; sizeBytes: number; bytes: Uint8Array }
  | { ok: false; problem: 'DOCUMENT_MISSING' | 'DOCUMENT_TOO_LARGE' | 'DOCUMENT_TYPE_INVALID' };

/**
 * Judges what actually arrived in storage; the upload policy alone is not trusted. `bytes` are the file's bytes (its
 * first ones suffice), absent when the file was too large to be read.
 */
export function checkDocument(upload: { sizeBytes: number; bytes?: Uint8Array } | undefined): DocumentVerdict {
  if (!upload || upload.sizeBytes === 0) return { ok: false, problem: 'DOCUMENT_MISSING' };
  if (upload.sizeBytes > MAX_DOCUMENT_BYTES || !upload.bytes) return { ok: false, problem: 'DOCUMENT_TOO_LARGE' };
  const contentType = detectContentType(upload.bytes);
  if (!contentType) return { ok: false, problem: 'DOCUMENT_TYPE_INVALID' };
  return { ok: true, contentType, sizeBytes: upload.sizeBytes, bytes: upload.bytes };
}
