import type { StaffRoute } from '../http/route-declaration.ts';
import type { StaffRun } from '../http/route-run.ts';
import { EvaluationResponseSchema } from '../schemas/service-year-api.ts';
import { evaluationCsv } from '../use-cases/service-year/figures-csv.ts';
import { getServiceYearEvaluation } from '../use-cases/service-year/get-evaluation.ts';
import { figuresAnswer, serviceYearFigures } from './service-year-figures.ts';
import { roundPath } from './staff-paths.ts';

export const getServiceYearEvaluationRoute = {
  ...serviceYearFigures,
  method: 'GET',
  path: `${roundPath}/service-year/evaluation`,
  handler: 'get-service-year-evaluation',
  action: 'service-year.evaluation.read',
  summary:
    'Administrator: the evaluation in anonymised aggregates (services used, cost per person, completion), no names or references; JSON or CSV.',
  answers: { 200: { json: EvaluationResponseSchema, csv: true } },
  needs: { table: 'read', repositories: ['rounds', 'serviceYears', 'supportPlans'] },
} as const satisfies StaffRoute;

/** The evaluation in anonymised aggregates, as JSON or as a CSV file. */
export const run: StaffRun<typeof getServiceYearEvaluationRoute> = async ({ params, query }, staff, ports) =>
  figuresAnswer(await getServiceYearEvaluation(ports, staff, params.roundId), query, evaluationCsv, staff.at);
