import { RuleViolationError } from '../../domain/errors.ts';
import { countByState } from '../../domain/review-rules.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { QueueQuery, QueueResponse } from '../../schemas/staff-api.ts';
import { loadRound } from '../load-round.ts';
import { auditEntry, type StaffContext } from './staff-context.ts';
import { queueMunicipality } from './staff-scope.ts';
import { queueItem } from './staff-view.ts';

const PAGE_SIZE = 50;

/**
 * A municipality's submitted applications in selection order, with counts per review state. The whole queue is
 * read for the counts (a municipality has tens to a few thousand applications). The cursor is the last reference
 * shown, so scoring one application between two pages moves only that one: the others are neither repeated nor
 * skipped.
 */
export async function listQueue(
  ports: StaffPorts,
  staff: StaffContext,
  input: { roundId: string; query: QueueQuery },
): Promise<QueueResponse> {
  const round = await loadRound(ports, input.roundId);
  const municipalityCode = queueMunicipality(staff.identity, round, input.query.municipality);
  const items = (await ports.applications.queue(round.id, municipalityCode)).map((application, index) =>
    queueItem(application, index + 1),
  );
  const counts = countByState(items.map((item) => item.state));

  const shown = input.query.state ? items.filter((item) => item.state === input.query.state) : items;
  const start = input.query.cursor ? startAfter(shown, input.query.cursor) : 0;
  const limit = input.query.limit ?? PAGE_SIZE;
  const page = shown.slice(start, start + limit);
  const last = page.at(-1);

  await ports.audit.append(auditEntry(staff, { roundId: round.id, municipalityCode }));
  return {
    roundId: round.id,
    municipalityCode,
    counts,
    total: items.length,
    items: page,
    ...(last && start + limit < shown.length && { nextCursor: last.reference }),
  };
}

function startAfter(items: readonly { reference: string }[], cursor: string): number {
  const index = items.findIndex((item) => item.reference === cursor);
  if (index < 0) throw new RuleViolationError([{ code: 'CURSOR_INVALID', field: 'cursor' }]);
  return index + 1;
}
