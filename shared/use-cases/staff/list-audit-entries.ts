import { RuleViolationError } from '../../domain/errors.ts';
import { windowInstants } from '../../domain/intake-window.ts';
import { RIGA_TIME_ZONE } from '../../domain/riga-time.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { AuditQuery } from '../../schemas/audit.ts';
import type { AuditPageResponse } from '../../schemas/staff-api.ts';
import { auditEntry, type StaffContext } from './staff-context.ts';

const PAGE_SIZE = 100;
/** About a quarter: enough for a review of one intake round, small enough to page through by days. */
const MAX_DAYS = 92;

/**
 * The audit log for administrators, newest first, filtered by Riga days and by who, what, which and how it ended.
 * The days become instants as an intake window's days do: from midnight in Riga on `from` to midnight after `to`,
 * summer time included, so a day filter holds exactly the entries the page shows with that date.
 */
export async function listAuditEntries(
  ports: StaffPorts,
  staff: StaffContext,
  query: AuditQuery,
): Promise<AuditPageResponse> {
  const days = (Date.parse(query.to) - Date.parse(query.from)) / 86_400_000 + 1;
  if (!(days >= 1 && days <= MAX_DAYS)) throw new RuleViolationError([{ code: 'AUDIT_RANGE_INVALID', field: 'from' }]);
  const { from, to, ...filters } = query;
  const span = windowInstants({ firstDay: from, lastDay: to, timeZone: RIGA_TIME_ZONE });
  const page = await ports.audit.list(
    { ...filters, since: span.opensAt.toISOString(), until: span.closesAt.toISOString() },
    PAGE_SIZE,
  );
  await ports.audit.append(auditEntry(staff, {}));
  return page;
}
