import type { ScanStatus } from '../domain/malware-scan.ts';
import type { DocumentType } from '../schemas/round.ts';

export interface DocumentKey {
  roundId: string;
  reference: string;
  type: DocumentType;
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

/** What the server needs to judge an uploaded file: its real size and its first bytes. */
export interface DocumentSample {
  sizeBytes: number;
  firstBytes: Uint8Array;
}

/** Applicants' documents. Object keys carry only the round, the reference and the document type. */
export interface DocumentStore {
  createUploadForm(key: DocumentKey, limits: UploadLimits): Promise<UploadForm>;
  /** `undefined` when nothing was uploaded under the key. */
  sample(key: DocumentKey): Promise<DocumentSample | undefined>;
  /** What the malware scan found in the document; `undefined` when nothing was uploaded under the key. */
  scanStatus(key: DocumentKey): Promise<ScanStatus | undefined>;
  delete(key: DocumentKey): Promise<void>;
  /** A link that downloads the file for `expiresInSeconds`, saved under `fileName`. */
  downloadLink(key: DocumentKey, options: { expiresInSeconds: number; fileName: string }): Promise<string>;
}
