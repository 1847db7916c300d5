import { queryParameters } from '../shared/http/request.ts';
import { json } from '../shared/http/responses.ts';
import { staffHandler } from '../shared/http/staff-handler.ts';
import { AuditQuerySchema } from '../shared/schemas/audit.ts';
import { listAuditEntries } from '../shared/use-cases/staff/list-audit-entries.ts';

/** GET /staff/audit: the audit log, for administrators only. */
export const handler = staffHandler('list-audit-entries', async (event, staff, ports) => {
  return json(200, await listAuditEntries(ports, staff, queryParameters(event, AuditQuerySchema)));
});
