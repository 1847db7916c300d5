import type { AuditEntry } from '../schemas/audit.ts';
import type { SupportPlan } from '../schemas/support-plan.ts';

/** Which participant's plan: a plan belongs to the application selected in that round and municipality. */
export interface SupportPlanKey {
  roundId: string;
  municipalityCode: string;
  reference: string;
}

/**
 * Participants' support plans, each kept whole: every version, the months delivered, the reviews and the end. Plans
 * hold the person's goals in their own words, so use cases reach one only after opening its application through
 * the staff member's scope.
 */
export interface SupportPlanRepository {
  /** Strongly consistent: the request after a social worker's change already sees it. */
  get(key: SupportPlanKey): Promise<SupportPlan | undefined>;
  /** Every plan of a round, or of one municipality of it, ordered by municipality, then reference. */
  list(roundId: string, municipalityCode?: string): Promise<SupportPlan[]>;
  /**
   * Stores a social worker's change and the request's audit entry in one transaction. `isNew` says the participant
   * may have no plan yet; otherwise the plan carries the `revision` it was read at. When the stored plan is at
   * another revision (two people saving at once), nothing is stored and the answer is undefined, so no version is
   * ever lost; otherwise it is the plan as stored, with the next revision. `audit` is absent only when the request's
   * entry was already stored with an earlier write of the same request (a place freed for the waiting list).
   */
  save(plan: SupportPlan, change: { isNew: boolean; audit?: AuditEntry }): Promise<SupportPlan | undefined>;
}
