/** The limits the API states for every document; its own check after upload has the last word. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const EXTENSIONS = ['pdf', 'jpg', 'jpeg', 'png'];
const MIME_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];

/** File signatures: what a file really is, whatever its name says. */
const SIGNATURES: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0xff, 0xd8, 0xff], // JPEG
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], // PNG
];

export type FileProblem = 'empty' | 'too-large' | 'wrong-type';

/**
 * Checks a chosen file before anything is sent, so a person on a slow connection does not wait for an upload that
 * the server would refuse: the size, the name or declared type, and the first bytes.
 */
export async function checkFile(file: File): Promise<FileProblem | undefined> {
  if (file.size === 0) return 'empty';
  if (file.size > MAX_FILE_BYTES) return 'too-large';
  const extension = file.name.includes('.') ? (file.name.split('.').pop() ?? '').toLowerCase() : '';
  if (!EXTENSIONS.includes(extension) && !MIME_TYPES.includes(file.type)) return 'wrong-type';
  const first = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  const known = SIGNATURES.some((signature) => signature.every((byte, index) => first[index] === byte));
  return known ? undefined : 'wrong-type';
}
