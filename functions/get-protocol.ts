import { queryParameters } from '../shared/http/request.ts';
import { csvFile, json } from '../shared/http/responses.ts';
import { staffHandler } from '../shared/http/staff-handler.ts';
import { roundParameter } from '../shared/http/staff-request.ts';
import { ProtocolQuerySchema } from '../shared/schemas/selection-api.ts';
import { getProtocol, protocolCsv } from '../shared/use-cases/selection/get-protocol.ts';

/** GET /staff/rounds/{roundId}/protocol: a municipality's selection protocol, as JSON or CSV. */
export const handler = staffHandler('get-protocol', async (event, staff, ports) => {
  const roundId = roundParameter(event);
  const { municipality, format } = queryParameters(event, ProtocolQuerySchema);
  const protocol = await getProtocol(ports, staff, { roundId, ...(municipality && { municipality }) });
  if (format !== 'csv') return json(200, protocol);
  return csvFile(`${roundId}-${protocol.municipalityCode}-protocol-${protocol.run.runId}.csv`, protocolCsv(protocol));
});
