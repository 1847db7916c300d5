import { fileAnswer, staffRoute } from '../shared/http/route-handler.ts';
import { getProtocol, protocolCsv } from '../shared/use-cases/selection/get-protocol.ts';

/** A municipality's selection protocol, as JSON or as a CSV file. */
export const handler = staffRoute('get-protocol', async ({ params, query }, staff, ports) => {
  const { roundId } = params;
  const protocol = await getProtocol(ports, staff, {
    roundId,
    ...(query.municipality && { municipality: query.municipality }),
  });
  if (query.format !== 'csv') return protocol;
  return fileAnswer(
    `${roundId}-${protocol.municipalityCode}-protocol-${protocol.run.runId}.csv`,
    protocolCsv(protocol),
  );
});
