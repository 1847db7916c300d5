import { fileAnswer } from '../http/route-answer.ts';
import { roundId } from '../http/route-parts.ts';
import { FiguresQuerySchema } from '../schemas/service-year-api.ts';
import type { CsvFile } from '../use-cases/service-year/figures-csv.ts';

/** An administrator's figures of a round's service year (its dashboard, its evaluation), as JSON or as a CSV file. */
export const serviceYearFigures = {
  access: 'administrator',
  params: { roundId },
  query: FiguresQuerySchema,
  refusals: [422],
} as const;

/** The figures as they are, or as the CSV file the query asks for, made at the request's time. */
export function figuresAnswer<Figures>(
  figures: Figures,
  { format }: { format?: 'json' | 'csv' },
  toCsv: (figures: Figures, at: Date) => CsvFile,
  at: Date,
) {
  if (format !== 'csv') return figures;
  const { fileName, csv } = toCsv(figures, at);
  return fileAnswer(fileName, csv);
}
