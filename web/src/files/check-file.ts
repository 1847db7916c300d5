import { detectContentType, MAX_DOCUMENT_BYTES, SIGNATURE_BYTES } from '../../../shared/domain/document-check.ts';

/** The limits the API states for every document; its own check after upload has the last word. */
export const MAX_FILE_BYTES = MAX_DOCUMENT_BYTES;

/** `.edoc` and `.asice` are e-signed containers (ASiC-E): a PDF or scan signed with eParaksts or an eID card. */
const EXTENSIONS = ['pdf', 'jpg', 'jpeg', 'png', 'edoc', 'asice'];
const MIME_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'application/vnd.etsi.asic-e+zip'];

/** What the file chooser offers: the same types, by name and by declared type. */
export const ACCEPTED_FILES = [...EXTENSIONS.map((extension) => `.${extension}`), ...MIME_TYPES].join(',');

export type FileProblem = 'empty' | 'too-large' | 'wrong-type';

/**
 * Checks a chosen file before anything is sent, so a person on a slow connection does not wait for an upload that
 * the server would refuse: the size, the name or declared type, and the first bytes, judged by the server's own
 * rule (so a ZIP that is not an e-signed container is refused here too).
 */
export async function checkFile(file: File): Promise<FileProblem | undefined> {
  if (file.size === 0) return 'empty';
  if (file.size > MAX_FILE_BYTES) return 'too-large';
  const extension = file.name.includes('.') ? (file.name.split('.').pop() ?? '').toLowerCase() : '';
  if (!EXTENSIONS.includes(extension) && !MIME_TYPES.includes(file.type)) return 'wrong-type';
  const first = new Uint8Array(await file.slice(0, SIGNATURE_BYTES).arrayBuffer());
  return detectContentType(first) ? undefined : 'wrong-type';
}
