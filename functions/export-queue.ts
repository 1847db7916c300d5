import { queryParameters } from '../shared/http/request.ts';
import { csvFile } from '../shared/http/responses.ts';
import { staffHandler } from '../shared/http/staff-handler.ts';
import { roundParameter } from '../shared/http/staff-request.ts';
import { ExportQuerySchema } from '../shared/schemas/staff-api.ts';
import { exportQueue } from '../shared/use-cases/staff/export-queue.ts';

/** GET /staff/rounds/{roundId}/export: the queue as CSV; personal columns only with `sensitive=true`. */
export const handler = staffHandler('export-queue', async (event, staff, ports) => {
  const roundId = roundParameter(event);
  const query = queryParameters(event, ExportQuerySchema);
  const { fileName, csv } = await exportQueue(ports, staff, { roundId, query });
  return csvFile(fileName, csv);
});
