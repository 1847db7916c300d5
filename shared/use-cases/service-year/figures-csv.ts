import { stringify } from 'csv-stringify/sync';
import type { EvaluationResponse, ServiceYearFiguresResponse } from '../../schemas/service-year-api.ts';

/*
 * The figures and the evaluation as CSV files, one row per figure ("long" format), so a spreadsheet can filter
 * and pivot them: each row says whose figure it is (a municipality's code, or `all`), what it measures and for
 * which month or service. Money is in euros with a full stop and two decimals, written from the integer cents
 * without any rounding. Every cell is a code or a number: nothing anyone typed, so no cell can start a formula.
 */

export interface CsvFile {
  fileName: string;
  csv: string;
}

/** Exact euros from cents: 123456 → `1234.56`. */
export function euros(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** With a byte-order mark, so spreadsheet programs read the file as UTF-8. */
const csvOf = (rows: Record<string, string>[], columns: string[]) =>
  `\uFEFF${stringify(rows, { header: true, columns })}`;

const ALL = 'all';

export function dashboardCsv(figures: ServiceYearFiguresResponse, at: Date): CsvFile {
  const areas = [...figures.municipalities, { ...figures.overall, code: ALL }];
  const rows = areas.flatMap((area) => [
    {
      municipality: area.code,
      breakdown: 'total',
      key: '',
      participants: String(area.participants),
      plans: String(area.plans),
      plansAgreed: String(area.plansAgreed),
      committedEur: euros(area.committedCents),
      spentEur: euros(area.spentCents),
    },
    ...area.byMonth.map((month) => ({
      municipality: area.code,
      breakdown: 'month',
      key: month.month,
      committedEur: euros(month.committedCents),
      spentEur: euros(month.spentCents),
    })),
    ...area.byService.map((service) => ({
      municipality: area.code,
      breakdown: 'service',
      key: service.serviceId,
      committedEur: euros(service.committedCents),
      spentEur: euros(service.spentCents),
    })),
  ]);
  const columns = [
    'municipality',
    'breakdown',
    'key',
    'participants',
    'plans',
    'plansAgreed',
    'committedEur',
    'spentEur',
  ];
  return { fileName: `${figures.roundId}-service-year-${day(at)}.csv`, csv: csvOf(rows, columns) };
}

export function evaluationCsv(report: EvaluationResponse, at: Date): CsvFile {
  const groups = [...report.municipalities, { ...report.overall, code: ALL }];
  const rows = groups.flatMap(({ code, people, figures }) => {
    const row = (measure: string, value: string, serviceId = '') => ({ municipality: code, measure, serviceId, value });
    if (!figures) return [row('people', String(people)), row('withheld', `fewer than ${report.smallestGroup}`)];
    return [
      row('people', String(people)),
      row('completed', String(figures.completion.completed)),
      row('left-early', String(figures.completion.leftEarly)),
      row('ongoing', String(figures.completion.ongoing)),
      row('planned-per-person-mean-eur', euros(figures.plannedPerPerson.meanCents)),
      row('planned-per-person-median-eur', euros(figures.plannedPerPerson.medianCents)),
      row('spent-per-person-mean-eur', euros(figures.spentPerPerson.meanCents)),
      row('spent-per-person-median-eur', euros(figures.spentPerPerson.medianCents)),
      ...figures.services.flatMap((service) => [
        row('service-people', String(service.people), service.serviceId),
        row('service-units', String(service.units), service.serviceId),
        row('service-spent-eur', euros(service.spentCents), service.serviceId),
      ]),
    ];
  });
  const columns = ['municipality', 'measure', 'serviceId', 'value'];
  return { fileName: `${report.roundId}-evaluation-${day(at)}.csv`, csv: csvOf(rows, columns) };
}

const day = (at: Date) => at.toISOString().slice(0, 10);
