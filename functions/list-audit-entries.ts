import { staffRoute } from '../shared/http/route-handler.ts';
import { listAuditEntries } from '../shared/use-cases/staff/list-audit-entries.ts';

/** The audit log of staff reads and changes, newest first. */
export const handler = staffRoute('list-audit-entries', async ({ query }, staff, ports) =>
  listAuditEntries(ports, staff, query),
);
