import { staffRoute } from '../shared/http/staff-route.ts';
import { getDocumentLinkRoute } from '../shared/routes/get-document-link.ts';
import { getDocumentLink } from '../shared/use-cases/staff/get-document-link.ts';

/** A short-lived link that shows or downloads a submitted document the malware scan found clean. */
export const handler = staffRoute(getDocumentLinkRoute, async ({ params, query }, staff, ports) =>
  getDocumentLink(ports, staff, {
    reference: params.reference,
    documentType: params.documentType,
    disposition: query.disposition,
  }),
);
