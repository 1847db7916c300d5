import { intakeState, windowInstants } from '../domain/intake-window.ts';
import type { Ports } from '../ports/index.ts';
import type { RoundResponse } from '../schemas/api.ts';
import { loadRound } from './load-round.ts';

/** A round as the public sees it: the rules of the call, and whether intake is open right now. */
export async function getRound(
  ports: Pick<Ports, 'rounds'>,
  input: { roundId: string; now: Date },
): Promise<RoundResponse> {
  const round = await loadRound(ports, input.roundId);
  const { opensAt, closesAt } = windowInstants(round.window);
  return {
    ...round,
    window: { ...round.window, opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString() },
    intakeState: intakeState(round.window, input.now),
  };
}
