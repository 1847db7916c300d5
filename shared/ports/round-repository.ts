import type { Round } from '../schemas/round.ts';

/** Intake rounds: the rules of one call for applications, kept as data. */
export interface RoundRepository {
  get(roundId: string): Promise<Round | undefined>;
  list(): Promise<Round[]>;
  put(round: Round): Promise<void>;
}
