import type { StaffRoute } from '../http/route-declaration.ts';
import { roundId } from '../http/route-parts.ts';
import { ProtocolQuerySchema, ProtocolResponseSchema } from '../schemas/selection-api.ts';
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
