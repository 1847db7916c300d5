import { fileAnswer } from '../http/route-answer.ts';
import type { StaffRoute } from '../http/route-declaration.ts';
import { roundId } from '../http/route-parts.ts';
import type { StaffRun } from '../http/route-run.ts';
import { EvaluationResponseSchema, FiguresQuerySchema } from '../schemas/service-year-api.ts';
import { evaluationCsv } from '../use-cases/service-year/figures-csv.ts';
import { getServiceYearEvaluation } from '../use-cases/service-year/get-evaluation.ts';
import { roundPath } from './staff-paths.ts';

export const getServiceYearEvaluationRoute = {
  method: 'GET',
  path: `${roundPath}/service-year/evaluation`,
  handler: 'get-service-year-evaluation',
  access: 'administrator',
  action: 'service-year.evaluation.read',
  summary:
    'Administrator: the evaluation in anonymised aggregates (services used, cost per person, completion), no names or references; JSON or CSV.',
  params: { roundId },
  query: FiguresQuerySchema,
  answers: { 200: { json: EvaluationResponseSchema, csv: true } },
  refusals: [422],
  needs: { table: 'read', repositories: ['rounds', 'serviceYears', 'supportPlans'] },
} as const satisfies StaffRoute;

/** The evaluation in anonymised aggregates, as JSON or as a CSV file. */
export const run: StaffRun<typeof getServiceYearEvaluationRoute> = async ({ params, query }, staff, ports) => {
  const report = await getServiceYearEvaluation(ports, staff, params.roundId);
  if (query.format !== 'csv') return report;
  const { fileName, csv } = evaluationCsv(report, staff.at);
  return fileAnswer(fileName, csv);
};
