import { evaluationReport } from '../../domain/service-year-figures.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { EvaluationResponse } from '../../schemas/service-year-api.ts';
import { auditEntry, type StaffContext } from '../staff/staff-context.ts';
import { readYearInputs, servicesNamed } from './year-inputs.ts';

/**
 * The evaluation of a round's year of services in anonymised aggregates (see `evaluationReport`): what can be
 * handed to evaluators without naming or pointing to anyone.
 */
export async function getServiceYearEvaluation(
  ports: StaffPorts,
  staff: StaffContext,
  roundId: string,
): Promise<EvaluationResponse> {
  const { round, year, plans } = await readYearInputs(ports, staff, roundId);
  const report = evaluationReport(
    plans,
    year?.catalogue ?? [],
    round.municipalities.map((municipality) => municipality.code),
  );
  await ports.audit.append(auditEntry(staff, { roundId: round.id }));
  return {
    roundId: round.id,
    services: servicesNamed(year, report.serviceIds),
    smallestGroup: report.smallestGroup,
    overall: report.overall,
    municipalities: report.municipalities,
  };
}
