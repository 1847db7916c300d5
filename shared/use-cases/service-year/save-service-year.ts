import { ConflictError, RuleViolationError } from '../../domain/errors.ts';
import { checkServiceYearRules, inUseBy } from '../../domain/service-year-rules.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { ServiceYear } from '../../schemas/service-year.ts';
import type { ServiceYearResponse, ServiceYearSaveRequest } from '../../schemas/service-year-api.ts';
import { loadRound } from '../load-round.ts';
import { auditEntry, type StaffContext, staffRef } from '../staff/staff-context.ts';
import { requireAdministrator } from './administrators-only.ts';

/**
 * Sets up or replaces a round's year of services: its budget, catalogue and providers. The change is stored only
 * over the revision the administrator read; when another change came first, nothing is stored and they are asked
 * to reload (`ROUND_CHANGED`) rather than overwrite it unseen. Plans keep their own copy of each price, so
 * changing prices never changes an agreed plan; only what a running plan names must stay (see `inUseBy`).
 */
export async function saveServiceYear(
  ports: StaffPorts,
  staff: StaffContext,
  input: { roundId: string; request: ServiceYearSaveRequest },
): Promise<ServiceYearResponse> {
  requireAdministrator(staff);
  const round = await loadRound(ports, input.roundId);
  const { revision, ...rules } = input.request;
  const stored = await ports.serviceYears.get(round.id);
  if (stored?.revision !== revision) throw new ConflictError('ROUND_CHANGED');

  const problems = checkServiceYearRules(rules, {
    municipalityCodes: round.municipalities.map((municipality) => municipality.code),
    // A round without a year has no plans: a plan is drawn up from the year.
    inUse: inUseBy(stored ? await ports.supportPlans.list(round.id) : []),
  });
  if (problems.length > 0) throw new RuleViolationError(problems);

  const year: ServiceYear = {
    ...rules,
    roundId: round.id,
    revision: stored?.revision ?? 0,
    updatedAt: staff.at.toISOString(),
    updatedBy: staffRef(staff.identity),
  };
  const saved = await ports.serviceYears.saveChange(year, {
    isNew: !stored,
    audit: auditEntry(staff, { roundId: round.id }),
  });
  if (!saved) throw new ConflictError('ROUND_CHANGED');
  return { roundId: round.id, serviceYear: saved };
}
