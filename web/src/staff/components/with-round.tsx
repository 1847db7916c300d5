import type { ComponentChildren } from 'preact';
import type { Round } from '../../api/types.ts';
import { useRound } from '../api/use-round.ts';
import { LoadError, Loading } from './load-state.tsx';

/**
 * A page about one round, shown once the round is read (once per visit): until then it says it is loading, and
 * a failed read says why and can be tried again.
 */
export function WithRound({ roundId, children }: { roundId: string; children(round: Round): ComponentChildren }) {
  const { round, error, retry } = useRound(roundId);
  if (error) return <LoadError error={error} retry={retry} />;
  if (!round) return <Loading />;
  return <>{children(round)}</>;
}
