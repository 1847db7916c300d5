import type { StaffPorts } from '../../ports/index.ts';
import type { ServiceYear } from '../../schemas/service-year.ts';
import type { ServiceYearResponse } from '../../schemas/service-year-api.ts';
import { loadRound } from '../load-round.ts';
import { auditEntry, type StaffContext } from '../staff/staff-context.ts';

/**
 * A round's year of services as staff read it: the budget, the catalogue and the providers. A social worker
 * gets the providers of their own municipality only, the ones their participants choose from; an administrator
 * gets every one. A round whose year is not set up yet answers without one.
 */
export async function getServiceYear(
  ports: StaffPorts,
  staff: StaffContext,
  roundId: string,
): Promise<ServiceYearResponse> {
  const round = await loadRound(ports, roundId);
  const stored = await ports.serviceYears.get(round.id);
  const { identity } = staff;
  await ports.audit.append(
    auditEntry(staff, {
      roundId: round.id,
      ...(identity.role === 'social-worker' && { municipalityCode: identity.municipalityCode }),
    }),
  );
  return { roundId: round.id, ...(stored && { serviceYear: inScope(ports, stored) }) };
}

function inScope(ports: StaffPorts, year: ServiceYear): ServiceYear {
  return {
    ...year,
    providers: year.providers.filter((provider) => ports.applications.covers(provider.municipalityCode)),
  };
}
