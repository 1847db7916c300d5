import { fileAnswer } from '../shared/http/route-answer.ts';
import { staffRoute } from '../shared/http/staff-route.ts';
import { exportQueueRoute } from '../shared/routes/export-queue.ts';
import { exportQueue } from '../shared/use-cases/staff/export-queue.ts';

/** The queue as CSV; personal columns only with `sensitive=true`. */
export const handler = staffRoute(exportQueueRoute, async ({ params, query }, staff, ports) => {
  const { fileName, csv } = await exportQueue(ports, staff, { roundId: params.roundId, query });
  return fileAnswer(fileName, csv);
});
