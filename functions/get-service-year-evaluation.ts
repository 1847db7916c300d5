import { fileAnswer } from '../shared/http/route-answer.ts';
import { staffRoute } from '../shared/http/staff-route.ts';
import { getServiceYearEvaluationRoute } from '../shared/routes/get-service-year-evaluation.ts';
import { evaluationCsv } from '../shared/use-cases/service-year/figures-csv.ts';
import { getServiceYearEvaluation } from '../shared/use-cases/service-year/get-evaluation.ts';

/** The evaluation in anonymised aggregates, as JSON or as a CSV file. */
export const handler = staffRoute(getServiceYearEvaluationRoute, async ({ params, query }, staff, ports) => {
  const report = await getServiceYearEvaluation(ports, staff, params.roundId);
  if (query.format !== 'csv') return report;
  const { fileName, csv } = evaluationCsv(report, staff.at);
  return fileAnswer(fileName, csv);
});
