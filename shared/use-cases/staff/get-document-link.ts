import type { AllowedContentType } from '../../domain/document-check.ts';
import { type ConflictCode, ConflictError, RuleViolationError } from '../../domain/errors.ts';
import type { ScanStatus } from '../../domain/malware-scan.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { StoredDocument } from '../../schemas/application.ts';
import type { DocumentType } from '../../schemas/round.ts';
import type { DocumentDisposition, DownloadLinkResponse } from '../../schemas/staff-api.ts';
import { auditEntry, type StaffContext } from './staff-context.ts';

/** Long enough to start the download or read the bytes, short enough that a link copied elsewhere is soon useless. */
const LINK_SECONDS = 60;

/** An e-signed container gets `.edoc`, the name Latvia's e-signature software opens (it is the ASiC-E format). */
const EXTENSIONS: Record<AllowedContentType, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/vnd.etsi.asic-e+zip': 'edoc',
};

/** The name a document is saved under: the reference and the document type, never the person's name. */
export function documentFileName(reference: string, document: Pick<StoredDocument, 'type' | 'contentType'>): string {
  return `${reference}-${document.type}.${EXTENSIONS[document.contentType]}`;
}

/** Why a document the malware scan has not found clean is not handed out. */
const NOT_CLEAN: Record<Exclude<ScanStatus, 'clean'>, ConflictCode> = {
  pending: 'DOCUMENT_SCAN_PENDING',
  threat: 'DOCUMENT_THREAT_FOUND',
  failed: 'DOCUMENT_SCAN_FAILED',
};

/**
 * A short-lived link to one checked document of a submitted application; every link given is audited, whether it
 * shows the document in the staff page (`inline`, with the document's own content type, so a PDF or an image is
 * read and shown without a file landing on the office computer) or saves it (`attachment`, the default). Only a
 * document the malware scan found clean is handed out: a pending, failed or infected one is refused (409) with the
 * reason, and the refusal is audited with it like any other.
 */
export async function getDocumentLink(
  ports: StaffPorts,
  staff: StaffContext,
  input: { reference: string; documentType: DocumentType; disposition?: DocumentDisposition | undefined },
): Promise<DownloadLinkResponse> {
  const application = await ports.applications.open(input.reference);
  const document = application.documents?.find((candidate) => candidate.type === input.documentType);
  const missing = () => new RuleViolationError([{ code: 'DOCUMENT_MISSING', field: 'documentType' }]);
  if (!document) throw missing();
  const key = {
    roundId: application.roundId,
    reference: application.reference,
    type: document.type,
    sha256: document.sha256,
  };
  const scan = await ports.documents.scanStatus(key);
  if (!scan) throw missing();
  if (scan !== 'clean') throw new ConflictError(NOT_CLEAN[scan]);
  const url = await ports.documents.downloadLink(key, {
    expiresInSeconds: LINK_SECONDS,
    fileName: documentFileName(application.reference, document),
    disposition: input.disposition ?? 'attachment',
    contentType: document.contentType,
  });
  await ports.audit.append(
    auditEntry(staff, {
      roundId: application.roundId,
      reference: application.reference,
      municipalityCode: application.person.municipalityCode,
    }),
  );
  return { url, type: document.type, expiresAt: new Date(staff.at.getTime() + LINK_SECONDS * 1000).toISOString() };
}
