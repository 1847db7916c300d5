import { PROTOCOL_PAGE_ROWS } from '../shared/domain/result-pages.ts';
import { fileAnswer } from '../shared/http/route-answer.ts';
import { staffRoute } from '../shared/http/staff-route.ts';
import { getProtocolRoute } from '../shared/routes/get-protocol.ts';
import { getProtocol, protocolCsv } from '../shared/use-cases/selection/get-protocol.ts';

/**
 * A municipality's selection protocol, as JSON a page of rows at a time (with contacts for its own social workers)
 * or as a CSV file of every row.
 */
export const handler = staffRoute(getProtocolRoute, async ({ params, query }, staff, ports) => {
  const csv = query.format === 'csv';
  const protocol = await getProtocol(ports, staff, {
    roundId: params.roundId,
    ...(query.municipality && { municipality: query.municipality }),
    // The file carries references and numbers only, so its download reads no contacts.
    contacts: !csv,
    ...(!csv && { rows: { from: query.from ?? 0, count: PROTOCOL_PAGE_ROWS } }),
  });
  if (!csv) return protocol;
  return fileAnswer(`protocol-${protocol.number}.csv`, protocolCsv(protocol));
});
