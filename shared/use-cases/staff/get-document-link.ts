import { RuleViolationError } from '../../domain/errors.ts';
import type { Ports } from '../../ports/index.ts';
import type { DocumentType } from '../../schemas/round.ts';
import type { DownloadLinkResponse } from '../../schemas/staff-api.ts';
import { auditEntry, type StaffContext } from './staff-context.ts';
import { openStaffApplication } from './staff-scope.ts';

/** Long enough to start the download, short enough that a link copied elsewhere is soon useless. */
const LINK_SECONDS = 60;

const EXTENSIONS = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' } as const;

/** A short-lived link to one checked document of a submitted application; every link given is audited. */
export async function getDocumentLink(
  ports: Ports,
  staff: StaffContext,
  input: { reference: string; documentType: DocumentType },
): Promise<DownloadLinkResponse> {
  const application = await openStaffApplication(ports, staff.identity, input.reference);
  const document = application.documents?.find((candidate) => candidate.type === input.documentType);
  if (!document) throw new RuleViolationError([{ code: 'DOCUMENT_MISSING', field: 'documentType' }]);
  const url = await ports.documents.downloadLink(
    { roundId: application.roundId, reference: application.reference, type: document.type },
    {
      expiresInSeconds: LINK_SECONDS,
      fileName: `${application.reference}-${document.type}.${EXTENSIONS[document.contentType]}`,
    },
  );
  await ports.audit.append(
    auditEntry(staff, {
      roundId: application.roundId,
      reference: application.reference,
      municipalityCode: application.person.municipalityCode,
    }),
  );
  return { url, type: document.type, expiresAt: new Date(staff.at.getTime() + LINK_SECONDS * 1000).toISOString() };
}
