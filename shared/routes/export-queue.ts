import { fileAnswer } from '../http/route-answer.ts';
import type { StaffRoute } from '../http/route-declaration.ts';
import type { StaffRun } from '../http/route-run.ts';
import { ExportQuerySchema } from '../schemas/staff-api.ts';
import { exportQueue } from '../use-cases/staff/export-queue.ts';
import { queueRead } from './queue-read.ts';
import { roundPath } from './staff-paths.ts';

export const exportQueueRoute = {
  ...queueRead,
  method: 'GET',
  path: `${roundPath}/export`,
  handler: 'export-queue',
  action: 'queue.export',
  summary: 'Staff: the queue as a CSV file; personal columns only with sensitive=true. Audited.',
  query: ExportQuerySchema,
  answers: { 200: { csv: true } },
} as const satisfies StaffRoute;

/** The queue as CSV; personal columns only with `sensitive=true`. */
export const run: StaffRun<typeof exportQueueRoute> = async ({ params, query }, staff, ports) => {
  const { fileName, csv } = await exportQueue(ports, staff, { roundId: params.roundId, query });
  return fileAnswer(fileName, csv);
};
