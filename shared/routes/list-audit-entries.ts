import type { StaffRoute } from '../http/route-declaration.ts';
import type { StaffRun } from '../http/route-run.ts';
import { AuditQuerySchema } from '../schemas/audit.ts';
import { AuditPageResponseSchema } from '../schemas/staff-api.ts';
import { listAuditEntries } from '../use-cases/staff/list-audit-entries.ts';

export const listAuditEntriesRoute = {
  method: 'GET',
  path: '/staff/audit',
  handler: 'list-audit-entries',
  access: 'administrator',
  action: 'audit.read',
  summary: 'Administrator: the audit log of staff reads and changes, newest first.',
  query: AuditQuerySchema,
  answers: { 200: { json: AuditPageResponseSchema } },
  refusals: [422],
  // The audit log itself: no application is read or changed here.
  needs: { audit: 'appendAndRead' },
} as const satisfies StaffRoute;

/** The audit log of staff reads and changes, newest first. */
export const run: StaffRun<typeof listAuditEntriesRoute> = async ({ query }, staff, ports) =>
  listAuditEntries(ports, staff, query);
