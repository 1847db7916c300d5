import { intakeState, windowInstants } from '../domain/intake-window.ts';
import type { Ports } from '../ports/index.ts';
import type { ListRoundsResponse, RoundResponse } from '../schemas/api.ts';
import type { Round } from '../schemas/round.ts';
import { loadRound } from './load-round.ts';

/** A round as the public sees it: the rules of the call, and whether intake is open right now. */
export async function getRound(
  ports: Pick<Ports, 'rounds'>,
  input: { roundId: string; now: Date },
): Promise<RoundResponse> {
  return publicRound(await loadRound(ports, input.roundId), input.now);
}

/** Every round, newest window first, so the round open now or next comes before past ones. */
export async function listRounds(ports: Pick<Ports, 'rounds'>, input: { now: Date }): Promise<ListRoundsResponse> {
  const rounds = (await ports.rounds.list())
    .map((round) => publicRound(round, input.now))
    .sort((a, b) => b.window.opensAt.localeCompare(a.window.opensAt));
  return { rounds: rounds.map(({ id, name, window, intakeState }) => ({ id, name, window, intakeState })) };
}

/**
 * Everything applicants need, the closing instant included; the administrators who closed or extended the window
 * are left out of its changes (the round and the audit log keep them).
 */
export function publicRound(round: Round, now: Date): RoundResponse {
  const { windowChanges, ...rules } = round;
  const { opensAt, closesAt } = windowInstants(round.window);
  return {
    ...rules,
    window: { ...round.window, opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString() },
    ...(windowChanges && { windowChanges: windowChanges.map(({ by: _by, ...change }) => change) }),
    intakeState: intakeState(round.window, now),
  };
}
