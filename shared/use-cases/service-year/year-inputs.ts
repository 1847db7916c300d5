import type { StaffPorts } from '../../ports/index.ts';
import type { Round } from '../../schemas/round.ts';
import type { ServiceYear } from '../../schemas/service-year.ts';
import type { ServiceYearFiguresResponse } from '../../schemas/service-year-api.ts';
import type { SupportPlan } from '../../schemas/support-plan.ts';
import { loadRound } from '../load-round.ts';
import type { StaffContext } from '../staff/staff-context.ts';
import { requireAdministrator } from './administrators-only.ts';

/** What the figures of a round's year are computed from: the round, its year (if set up) and every plan. */
export interface YearInputs {
  round: Round;
  year: ServiceYear | undefined;
  plans: SupportPlan[];
}

/** Reads the inputs of the administrators' figures; every plan of every municipality, so administrators only. */
export async function readYearInputs(ports: StaffPorts, staff: StaffContext, roundId: string): Promise<YearInputs> {
  requireAdministrator(staff);
  const round = await loadRound(ports, roundId);
  const [year, plans] = await Promise.all([ports.serviceYears.get(round.id), ports.supportPlans.list(round.id)]);
  return { round, year, plans };
}

/** The kinds of service as the figures name them: the catalogue's name and unit, the id alone for one it has not. */
export function servicesNamed(
  year: ServiceYear | undefined,
  serviceIds: readonly string[],
): ServiceYearFiguresResponse['services'] {
  return serviceIds.map((id) => {
    const listed = year?.catalogue.find((service) => service.id === id);
    return listed ? { id, name: listed.name, unit: listed.unit } : { id };
  });
}
