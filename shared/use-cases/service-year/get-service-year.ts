import type { StaffPorts } from '../../ports/index.ts';
import type { ServiceYear } from '../../schemas/service-year.ts';
import type { ServiceYearResponse } from '../../schemas/service-year-api.ts';
import { roundRead } from '../staff/round-read.ts';

/**
 * A round's year of services as staff read it: the budget, the catalogue and the providers. A social worker
 * gets the providers of their own municipality only, the ones their participants choose from; an administrator
 * gets every one. A round whose year is not set up yet answers without one.
 */
export const getServiceYear = roundRead(
  async (ports, round): Promise<ServiceYearResponse> => {
    const stored = await ports.serviceYears.get(round.id);
    return { roundId: round.id, ...(stored && { serviceYear: inScope(ports, stored) }) };
  },
  ({ identity }) => (identity.role === 'social-worker' ? { municipalityCode: identity.municipalityCode } : {}),
);

function inScope(ports: StaffPorts, year: ServiceYear): ServiceYear {
  return {
    ...year,
    providers: year.providers.filter((provider) => ports.applications.covers(provider.municipalityCode)),
  };
}
