import type { StaffPorts } from '../../ports/index.ts';
import type { IntakeWindowResponse } from '../../schemas/intake-api.ts';
import { publicRound } from '../get-round.ts';
import { loadRound } from '../load-round.ts';
import { auditEntry, type StaffContext } from '../staff/staff-context.ts';

/**
 * The round's intake as administrators manage it: the round as the public reads it now, each change of its
 * window with who made it, and when the selection was published (from then on intake is final).
 */
export async function getIntakeWindow(
  ports: StaffPorts,
  staff: StaffContext,
  roundId: string,
): Promise<IntakeWindowResponse> {
  const round = await loadRound(ports, roundId);
  const latest = await ports.selectionRuns.latest(round.id);
  await ports.audit.append(auditEntry(staff, { roundId: round.id }));
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
}
