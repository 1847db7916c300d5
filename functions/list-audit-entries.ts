import { staffRoute } from '../shared/http/staff-route.ts';
import { listAuditEntriesRoute } from '../shared/routes/list-audit-entries.ts';
import { listAuditEntries } from '../shared/use-cases/staff/list-audit-entries.ts';

/** The audit log of staff reads and changes, newest first. */
export const handler = staffRoute(listAuditEntriesRoute, async ({ query }, staff, ports) =>
  listAuditEntries(ports, staff, query),
);
