import type { StaffRoute } from '../http/route-declaration.ts';
import { documentType, reference } from '../http/route-parts.ts';
import type { StaffRun } from '../http/route-run.ts';
import { DocumentLinkQuerySchema, DownloadLinkResponseSchema } from '../schemas/staff-api.ts';
import { getDocumentLink } from '../use-cases/staff/get-document-link.ts';
import { applicationPath } from './staff-paths.ts';

export const getDocumentLinkRoute = {
  method: 'GET',
  path: `${applicationPath}/documents/{documentType}`,
  handler: 'get-document-link',
  access: 'staff',
  action: 'document.download',
  summary:
    'Staff: a link to one document, valid for 60 seconds, once the malware scan has found it clean ' +
    '(409 DOCUMENT_SCAN_PENDING, DOCUMENT_THREAT_FOUND or DOCUMENT_SCAN_FAILED until then): `disposition=inline` ' +
    'for showing it in the page with its own content type, `attachment` (the default) for saving it. Audited.',
  params: { reference, documentType },
  query: DocumentLinkQuerySchema,
  answers: { 200: { json: DownloadLinkResponseSchema } },
  refusals: [409, 422],
  // Presigns a download, which is only as good as the signer's own s3:GetObject: clean documents only.
  needs: { table: 'read', repositories: ['applications'], bucket: ['readClean'] },
} as const satisfies StaffRoute;

/** A short-lived link that shows or downloads a submitted document the malware scan found clean. */
export const run: StaffRun<typeof getDocumentLinkRoute> = async ({ params, query }, staff, ports) =>
  getDocumentLink(ports, staff, {
    reference: params.reference,
    documentType: params.documentType,
    disposition: query.disposition,
  });
