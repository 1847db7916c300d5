import { PROTOCOL_PAGE_ROWS } from '../domain/result-pages.ts';
import { fileAnswer } from '../http/route-answer.ts';
import type { StaffRoute } from '../http/route-declaration.ts';
import { roundId } from '../http/route-parts.ts';
import type { StaffRun } from '../http/route-run.ts';
import { ProtocolQuerySchema, ProtocolResponseSchema } from '../schemas/selection-api.ts';
import { getProtocol, protocolCsv } from '../use-cases/selection/get-protocol.ts';
import { roundPath } from './staff-paths.ts';

export const getProtocolRoute = {
  method: 'GET',
  path: `${roundPath}/protocol`,
  handler: 'get-protocol',
  access: 'staff',
  action: 'protocol.read',
  summary:
    'Staff: a municipality’s selection protocol as a document (number, date, criteria, each application’s rank, ' +
    'points, receipt time and result, who ran and published). JSON, with the selected and waiting persons’ ' +
    'contacts for the municipality’s own social workers (audited as such), or CSV without them.',
  params: { roundId },
  query: ProtocolQuerySchema,
  answers: { 200: { json: ProtocolResponseSchema, csv: true } },
  refusals: [422],
  needs: { table: 'read', repositories: ['rounds', 'applications', 'selectionRuns'] },
} as const satisfies StaffRoute;

/**
 * A municipality's selection protocol, as JSON a page of rows at a time (with contacts for its own social workers)
 * or as a CSV file of every row.
 */
export const run: StaffRun<typeof getProtocolRoute> = async ({ params, query }, staff, ports) => {
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
};
