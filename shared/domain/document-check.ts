export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const ALLOWED_CONTENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type AllowedContentType = (typeof ALLOWED_CONTENT_TYPES)[number];

/** File signatures ("magic bytes"): what a file really is, whatever its name or declared type says. */
const SIGNATURES: ReadonlyArray<{ contentType: AllowedContentType; bytes: readonly number[] }> = [
  { contentType: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { contentType: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { contentType: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

export function detectContentType(firstBytes: Uint8Array): AllowedContentType | undefined {
  return SIGNATURES.find(({ bytes }) => bytes.every((byte, index) => firstBytes[index] === byte))?.contentType;
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
