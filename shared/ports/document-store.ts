import type { ScanStatus } from '../domain/malware-scan.ts';
import type { DocumentType } from '../schemas/round.ts';
import type { DocumentDisposition } from '../schemas/staff-api.ts';

/** One document of one application, before it is submitted: where its upload form writes. */
export interface DocumentKey {
  roundId: string;
  reference: string;
  type: DocumentType;
}

/**
 * A submitted document: the copy taken at submission of the bytes that were checked, named by their SHA-256. No
 * upload form can write it, so what staff open is exactly what the stored record describes.
 */
export interface SubmittedDocumentKey extends DocumentKey {
  sha256: string;
}

/** How a link to a submitted document answers the browser that follows it. */
export interface DocumentLinkOptions {
  expiresInSeconds: number;
  /** The name the file is saved under. */
  fileName: string;
  /** `inline`: the browser may show it; `attachment`: the browser saves it. */
  disposition: DocumentDisposition;
  /** The type the answer declares, so a page reading the bytes knows what it got. */
  contentType: string;
}

export interface UploadLimits {
  maxBytes: number;
  contentTypes: readonly string[];
  expiresInSeconds: number;
}

export interface UploadForm {
  url: string;
  fields: Record<string, string>;
}

/** What arrived under an upload key: its real size, and its bytes unless it is larger than the limit asked. */
export interface Upload {
  sizeBytes: number;
  /** Absent when the upload is larger than the limit: it is refused unread. */
  bytes?: Uint8Array;
}

/**
 * Applicants' documents, in two places: uploads, which a presigned form writes until the application is
 * submitted, and submitted documents, copied from the checked bytes at submission and never written again. Keys
 * carry only the round, the reference, the document type and the content's hash.
 */
export interface DocumentStore {
  /** A form that writes only the upload of `key`. */
  createUploadForm(key: DocumentKey, limits: UploadLimits): Promise<UploadForm>;
  /** Whether anything was uploaded under the key. */
  hasUpload(key: DocumentKey): Promise<boolean>;
  /** `undefined` when nothing was uploaded under the key. */
  readUpload(key: DocumentKey, limits: { maxBytes: number }): Promise<Upload | undefined>;
  /** Removes a refused upload, so the applicant uploads it again. */
  deleteUpload(key: DocumentKey): Promise<void>;
  /** Stores the checked bytes as the submitted document; storage verifies them against the SHA-256 on arrival. */
  keepSubmitted(key: SubmittedDocumentKey, bytes: Uint8Array, contentType: string): Promise<void>;
  /** What the malware scan found in a submitted document; `undefined` when there is no such document. */
  scanStatus(key: SubmittedDocumentKey): Promise<ScanStatus | undefined>;
  /** A link that reads a submitted document for `expiresInSeconds`, shown or saved as `options` say. */
  downloadLink(key: SubmittedDocumentKey, options: DocumentLinkOptions): Promise<string>;
}
