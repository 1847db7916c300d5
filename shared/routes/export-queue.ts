import { fileAnswer } from '../http/route-answer.ts';
import type { StaffRoute } from '../http/route-declaration.ts';
import { roundId } from '../http/route-parts.ts';
import type { StaffRun } from '../http/route-run.ts';
import { ExportQuerySchema } from '../schemas/staff-api.ts';
import { roundPath } from './staff-paths.ts';

export const exportQueueRoute = {
  method: 'GET',
  path: `${roundPath}/export`,
  handler: 'export-queue',
  access: 'staff',
  action: 'queue.export',
  summary: 'Staff: the queue as a CSV file; personal columns only with sensitive=true. Audited.',
  params: { roundId },
  query: ExportQuerySchema,
  answers: { 200: { csv: true } },
  refusals: [422],
  needs: { table: 'read', repositories: ['rounds', 'applications'] },
} as const satisfies StaffRoute;

/** What the run calls; `functions/export-queue.ts` imports it. */
type Uses = typeof import('../use-cases/staff/export-queue.ts');

/** The queue as CSV; personal columns only with `sensitive=true`. */
export const run: StaffRun<typeof exportQueueRoute, Uses> = async (
  { exportQueue },
  { params, query },
  staff,
  ports,
) => {
  const { fileName, csv } = await exportQueue(ports, staff, { roundId: params.roundId, query });
  return fileAnswer(fileName, csv);
};
