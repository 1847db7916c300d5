import { createHash } from 'node:crypto';
import {
  SUBMITTED_PREFIX,
  submittedObjectKey,
  UPLOADS_PREFIX,
  uploadObjectKey,
} from '../../shared/adapters/s3/s3-document-store.ts';
import type { ScanStatus } from '../../shared/domain/malware-scan.ts';
import type {
  DocumentKey,
  DocumentLinkOptions,
  DocumentStore,
  SubmittedDocumentKey,
  Upload,
  UploadForm,
  UploadLimits,
} from '../../shared/ports/document-store.ts';

/**
 * The documents bucket in Maps: uploads (which a test puts as the browser's form post would), and submitted
 * copies, which are checked against their SHA-256 on arrival as S3 checks them. A submitted copy's malware scan is
 * pending until the test says what the scan found.
 */
export class MemoryDocumentStore implements DocumentStore {
  readonly #uploads = new Map<string, Uint8Array>();
  readonly #submitted = new Map<string, { bytes: Uint8Array; contentType: string; scan: ScanStatus }>();
  /** The limits of every upload form handed out, by upload key. */
  readonly forms = new Map<string, UploadLimits>();

  /** What the applicant's browser posts with an upload form. */
  upload(key: DocumentKey, bytes: Uint8Array): void {
    this.#uploads.set(uploadObjectKey(key), bytes.slice());
  }

  /** What GuardDuty's scan tags the submitted copy with. */
  setScan(key: SubmittedDocumentKey, scan: ScanStatus): void {
    const stored = this.#submitted.get(submittedObjectKey(key));
    if (!stored) throw new Error(`No submitted document ${submittedObjectKey(key)}`);
    stored.scan = scan;
  }

  /** The bytes kept as a submitted document, for tests that check exactly what was kept. */
  submitted(key: SubmittedDocumentKey): Uint8Array | undefined {
    return this.#submitted.get(submittedObjectKey(key))?.bytes.slice();
  }

  async createUploadForm(key: DocumentKey, limits: UploadLimits): Promise<UploadForm> {
    this.forms.set(uploadObjectKey(key), limits);
    return { url: 'https://documents.example/', fields: { key: uploadObjectKey(key) } };
  }

  async hasUpload(key: DocumentKey): Promise<boolean> {
    return this.#uploads.has(uploadObjectKey(key));
  }

  async readUpload(key: DocumentKey, limits: { maxBytes: number }): Promise<Upload | undefined> {
    const bytes = this.#uploads.get(uploadObjectKey(key));
    if (!bytes) return undefined;
    return bytes.length > limits.maxBytes
      ? { sizeBytes: bytes.length }
      : { sizeBytes: bytes.length, bytes: bytes.slice() };
  }

  async deleteUpload(key: DocumentKey): Promise<void> {
    this.#uploads.delete(uploadObjectKey(key));
  }

  async keepSubmitted(key: SubmittedDocumentKey, bytes: Uint8Array, contentType: string): Promise<void> {
    if (createHash('sha256').update(bytes).digest('hex') !== key.sha256) {
      throw Object.assign(new Error('The checksum does not match the bytes'), { name: 'BadDigest' });
    }
    this.#submitted.set(submittedObjectKey(key), { bytes: bytes.slice(), contentType, scan: 'pending' });
  }

  async scanStatus(key: SubmittedDocumentKey): Promise<ScanStatus | undefined> {
    return this.#submitted.get(submittedObjectKey(key))?.scan;
  }

  async downloadLink(key: SubmittedDocumentKey, options: DocumentLinkOptions): Promise<string> {
    const query = new URLSearchParams({
      expires: String(options.expiresInSeconds),
      name: options.fileName,
      disposition: options.disposition,
      type: options.contentType,
    });
    return `https://documents.example/${submittedObjectKey(key)}?${query}`;
  }

  /** The eraser's deletion (`DocumentEraser`): every upload and submitted copy of the application, one version each. */
  async eraseDocuments({ roundId, reference }: { roundId: string; reference: string }): Promise<number> {
    const prefixes = [UPLOADS_PREFIX, SUBMITTED_PREFIX].map((prefix) => `${prefix}${roundId}/${reference}/`);
    const own = (key: string) => prefixes.some((prefix) => key.startsWith(prefix));
    let erased = 0;
    for (const documents of [this.#uploads, this.#submitted]) {
      for (const key of [...documents.keys()].filter(own)) {
        documents.delete(key);
        erased += 1;
      }
    }
    return erased;
  }

  /** Every object key stored, uploads and submitted copies, for tests that look at what is left. */
  keys(): string[] {
    return [...this.#uploads.keys(), ...this.#submitted.keys()];
  }
}
