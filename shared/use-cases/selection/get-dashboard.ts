import { countByState, reviewState } from '../../domain/review-rules.ts';
import type { DashboardResponse } from '../../schemas/selection-api.ts';
import { roundRead } from '../staff/round-read.ts';

/**
 * Counts per municipality and review state, with the latest run's numbers from its summary (never its rows): the
 * administrators' overview.
 */
export const getDashboard = roundRead(async (ports, round): Promise<DashboardResponse> => {
  const run = await ports.selectionRuns.latest(round.id);
  const municipalities = [];
  for (const municipality of round.municipalities) {
    const queue = await ports.applications.queue(round.id, municipality.code);
    const counts = countByState(queue.map(reviewState));
    const selection = run?.municipalities.find((part) => part.code === municipality.code);
    municipalities.push({
      code: municipality.code,
      cap: municipality.cap,
      counts,
      total: queue.length,
      ...(selection && {
        selection: { selected: selection.selected, waitlisted: selection.waitlisted, excluded: selection.excluded },
      }),
    });
  }
  return { roundId: round.id, municipalities, ...(run && { latestRun: run }) };
});
