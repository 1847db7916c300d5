import { serviceYearFigures } from '../../domain/service-year-figures.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { Round } from '../../schemas/round.ts';
import type { ServiceYearFiguresResponse } from '../../schemas/service-year-api.ts';
import { auditEntry, type StaffContext } from '../staff/staff-context.ts';
import { readYearInputs, servicesNamed } from './year-inputs.ts';

/**
 * The ministry's view of a round's year of services: per municipality and overall, the participants, the plans
 * agreed, and the budget committed by the agreed plans and spent by the months delivered, by month and by kind
 * of service.
 */
export async function getServiceYearDashboard(
  ports: StaffPorts,
  staff: StaffContext,
  roundId: string,
): Promise<ServiceYearFiguresResponse> {
  const { round, year, plans } = await readYearInputs(ports, staff, roundId);
  const figures = serviceYearFigures(plans, year?.catalogue ?? [], await participantsOf(ports, round));
  await ports.audit.append(auditEntry(staff, { roundId: round.id }));
  return {
    roundId: round.id,
    serviceYearSet: year !== undefined,
    months: figures.months,
    services: servicesNamed(year, figures.serviceIds),
    municipalities: figures.municipalities,
    overall: figures.overall,
  };
}

/** Each municipality's participants: the people the published selection gave a place who have not withdrawn. */
async function participantsOf(ports: StaffPorts, round: Round) {
  const counts = [];
  for (const { code } of round.municipalities) {
    const queue = await ports.applications.queue(round.id, code);
    const participants = queue.filter(
      (application) => application.selection?.outcome === 'selected' && !application.withdrawal,
    ).length;
    counts.push({ code, participants });
  }
  return counts;
}
