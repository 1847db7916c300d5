import type { IntakeWindowResponse } from '../../schemas/intake-api.ts';
import { publicRound } from '../get-round.ts';
import { roundRead } from '../staff/round-read.ts';

/**
 * The round's intake as administrators manage it: the round as the public reads it now, each change of its
 * window with who made it, and when the selection was published (from then on intake is final).
 */
export const getIntakeWindow = roundRead(async (ports, round, staff): Promise<IntakeWindowResponse> => {
  const latest = await ports.selectionRuns.latest(round.id);
  const { windowChanges: _withoutWho, ...rest } = publicRound(round, staff.at);
  return {
    ...rest,
    ...(round.windowChanges && {
      windowChanges: round.windowChanges.map(({ by, ...change }) => ({
        ...change,
        by: { username: by.username, displayName: by.displayName },
      })),
    }),
    ...(latest?.publishedAt && { selectionPublishedAt: latest.publishedAt }),
  };
});
