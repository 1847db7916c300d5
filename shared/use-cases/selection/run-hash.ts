import { createHash } from 'node:crypto';
import {
  inputBytes,
  MUNICIPALITY_TEXT_CLOSING,
  municipalityTextOpening,
  RUN_TEXT_CLOSING,
  runTextOpening,
} from '../../domain/run-inputs-text.ts';
import type { SelectionInput } from '../../schemas/selection.ts';

/**
 * The SHA-256 of a run's canonical inputs (rule version, round, and each municipality's cap and candidates in
 * reference order), fed one municipality at a time in the round's order. The same data always give the same hash,
 * so a stored run can be checked against today's data and against its own stored rows.
 */
export function runHash(ruleVersion: string, roundId: string) {
  const hash = createHash('sha256').update(runTextOpening(ruleVersion, roundId));
  let municipalities = 0;
  return {
    add(municipalityCode: string, input: SelectionInput): void {
      hash.update(municipalityTextOpening(municipalities, municipalityCode));
      hash.update(inputBytes(input));
      hash.update(MUNICIPALITY_TEXT_CLOSING);
      municipalities += 1;
    },
    /** The hash in hex; nothing can be added after. */
    digest(): string {
      return hash.update(RUN_TEXT_CLOSING).digest('hex');
    },
  };
}
