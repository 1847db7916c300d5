import { NotFoundError } from '../domain/errors.ts';
import type { Ports } from '../ports/index.ts';
import type { Round } from '../schemas/round.ts';

export async function loadRound(ports: Pick<Ports, 'rounds'>, roundId: string): Promise<Round> {
  const round = await ports.rounds.get(roundId);
  if (!round) throw new NotFoundError('ROUND_NOT_FOUND');
  return round;
}
