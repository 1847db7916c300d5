import { windowInstants } from '../domain/intake-window.ts';
import { REQUEST_LIFETIME_MS } from '../domain/request-lifetime.ts';
import { EARLY_CLOSING_DELAY_MS } from '../domain/round-rules.ts';
import type { Ports } from '../ports/index.ts';
import type { RoundRepository } from '../ports/round-repository.ts';
import type { Round } from '../schemas/round.ts';
import { loadRound } from './load-round.ts';

/**
 * How long a round read for one applicant's request decides the next ones, by their receipt times: 10 s.
 *
 * Why no closing is missed. An early closing takes effect `EARLY_CLOSING_DELAY_MS` (30 s) after the
 * administrator's request was received, and that request has stored it within `REQUEST_LIFETIME_MS` (20 s), so
 * a closing in effect at a request's receipt time was stored at least 10 s before it. A copy read by a request
 * received less than 10 s earlier was read after that (a request reads after it is received), so it knows of the
 * closing. The delay leaves no more room than this: a copy kept longer could accept a submission after closing.
 */
export const ROUND_COPY_MS = EARLY_CLOSING_DELAY_MS - REQUEST_LIFETIME_MS;

interface Copy {
  round: Round;
  /** The receipt time of the request that read it (epoch ms): the copy knows of everything stored before. */
  readAt: number;
  /** Its window's instants (epoch ms), worked out once: time-zone rules cost more than the rest of a hit. */
  opensAt: number;
  closesAt: number;
}

/** The copies of one round store, one per round: in a function, the warm container's own. */
const copiesOf = new WeakMap<RoundRepository, Map<string, Copy>>();

/**
 * The round that decides an applicant's request (a create or a submission) received at `receivedAt`: a copy read
 * by a request received less than `ROUND_COPY_MS` earlier, else the stored round. The receipt times are the
 * clock, so tests move it as they move requests.
 *
 * A copy is used only when it finds intake open: one that would refuse is read again, so a copy never refuses
 * what the stored round allows (an extension stored in the last seconds). A copy is kept only once it was read
 * `REQUEST_LIFETIME_MS` after intake opened: before that, a change of the rules requested before the opening may
 * still be stored, and no copy should outlive it. What a copy can still miss: a draft started in the 10 s after
 * an extension is kept (`draftExpiresAt`) only until the old end of intake.
 */
export async function intakeRound(ports: Pick<Ports, 'rounds'>, roundId: string, receivedAt: Date): Promise<Round> {
  let copies = copiesOf.get(ports.rounds);
  if (!copies) {
    copies = new Map();
    copiesOf.set(ports.rounds, copies);
  }
  const at = receivedAt.getTime();
  const copy = copies.get(roundId);
  if (copy && at - copy.readAt < ROUND_COPY_MS && copy.opensAt <= at && at < copy.closesAt) return copy.round;
  const round = await loadRound(ports, roundId);
  const { opensAt, closesAt } = windowInstants(round.window);
  // Read after the copy it replaces, so it knows all that one knew, even one read for a request received later.
  const readAt = Math.max(at, copy?.readAt ?? at);
  if (opensAt.getTime() + REQUEST_LIFETIME_MS <= at) {
    copies.set(roundId, { round, readAt, opensAt: opensAt.getTime(), closesAt: closesAt.getTime() });
  }
  return round;
}
