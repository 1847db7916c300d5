import type { StaffPorts } from '../../ports/index.ts';
import type { ScopedApplication } from '../../ports/scoped-application-repository.ts';
import type { QueueItem, QueueSort } from '../../schemas/staff-api.ts';
import { loadRound } from '../load-round.ts';
import { pageOf, type QueuePage } from './queue-order.ts';
import { auditEntry, type StaffContext } from './staff-context.ts';
import { queueMunicipality } from './staff-scope.ts';
import { queueItem } from './staff-view.ts';

/** The rows of a page when a request names no number. */
const PAGE_SIZE = 50;

/** Which page of a queue a request asks for, in which order, and whose queue (`municipality`: administrators). */
export interface QueuePageRequest {
  roundId: string;
  municipality?: string | undefined;
  sort?: QueueSort | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

export interface MunicipalityQueuePage {
  roundId: string;
  municipalityCode: string;
  /** Every row of the municipality's queue, in selection order. */
  rows: QueueItem[];
  page: QueuePage;
}

/**
 * One page of the rows `choose` takes from a municipality's queue: the signed-in social worker's own
 * municipality's, or the one an administrator names. The queue is read whole (a municipality has tens to a few
 * thousand applications), through the caller's scope, and each row keeps its place in selection order. The read
 * is audited as one of that municipality's queue, whatever was chosen from it.
 */
export async function municipalityQueuePage(
  ports: StaffPorts,
  staff: StaffContext,
  request: QueuePageRequest,
  choose: (rows: QueueItem[], applications: readonly ScopedApplication[]) => QueueItem[],
): Promise<MunicipalityQueuePage> {
  const round = await loadRound(ports, request.roundId);
  const municipalityCode = queueMunicipality(staff.identity, round, request.municipality);
  const applications = await ports.applications.queue(round.id, municipalityCode);
  const rows = applications.map((application, index) => queueItem(application, index + 1));
  const page = pageOf(choose(rows, applications), rows, {
    sort: request.sort ?? 'selection',
    cursor: request.cursor,
    limit: request.limit ?? PAGE_SIZE,
  });
  await ports.audit.append(auditEntry(staff, { roundId: round.id, municipalityCode }));
  return { roundId: round.id, municipalityCode, rows, page };
}
