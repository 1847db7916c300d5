import type { AuditEntry } from '../schemas/audit.ts';
import type { Round } from '../schemas/round.ts';

/** Intake rounds: the rules of one call for applications, kept as data. */
export interface RoundRepository {
  /** Strongly consistent: the request after an administrator's change already sees it. */
  get(roundId: string): Promise<Round | undefined>;
  list(): Promise<Round[]>;
  /** Stores a round as it is, over any stored one: for seeding, never for an administrator's change. */
  put(round: Round): Promise<void>;
  /**
   * Stores an administrator's change and the request's audit entry in one transaction. `isNew` says no round of
   * that id may exist yet; otherwise the round carries the `revision` it was read at. When another change came
   * in between, nothing is stored and the answer is undefined; otherwise it is the round as stored, with the
   * next revision.
   */
  saveChange(round: Round, change: { isNew: boolean; audit: AuditEntry }): Promise<Round | undefined>;
}
