import type { StaffPorts } from '../../ports/index.ts';
import type { ScopedApplication } from '../../ports/scoped-application-repository.ts';
import type { QueueItem } from '../../schemas/staff-api.ts';
import { loadRound } from '../load-round.ts';
import type { StaffContext } from './staff-context.ts';
import { queueMunicipality } from './staff-scope.ts';
import { queueItem } from './staff-view.ts';

/** The rows of the page size when a request names none. */
export const PAGE_SIZE = 50;

export interface MunicipalityQueue {
  roundId: string;
  municipalityCode: string;
  /** The municipality's submitted applications in selection order. */
  applications: ScopedApplication[];
  /** Their rows, each with its place in selection order. */
  rows: QueueItem[];
}

/**
 * The queue a request asks for: the signed-in social worker's own municipality's, or the one an administrator
 * names. It is read whole (a municipality has tens to a few thousand applications), through the caller's scope.
 */
export async function municipalityQueue(
  ports: StaffPorts,
  staff: StaffContext,
  input: { roundId: string; municipality: string | undefined },
): Promise<MunicipalityQueue> {
  const round = await loadRound(ports, input.roundId);
  const municipalityCode = queueMunicipality(staff.identity, round, input.municipality);
  const applications = await ports.applications.queue(round.id, municipalityCode);
  const rows = applications.map((application, index) => queueItem(application, index + 1));
  return { roundId: round.id, municipalityCode, applications, rows };
}
