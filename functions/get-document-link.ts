import { staffRoute } from '../shared/http/route-handler.ts';
import { getDocumentLink } from '../shared/use-cases/staff/get-document-link.ts';

/** A short-lived link that shows or downloads a submitted document the malware scan found clean. */
export const handler = staffRoute('get-document-link', async ({ params, query }, staff, ports) =>
  getDocumentLink(ports, staff, {
    reference: params.reference,
    documentType: params.documentType,
    disposition: query.disposition,
  }),
);
