import type { Application } from '../schemas/application.ts';
import type { AuditEntry } from '../schemas/audit.ts';
import type { AnonymisedApplication, ErasureMark } from '../schemas/retention.ts';
import type { SupportPlan } from '../schemas/support-plan.ts';

/**
 * One application's personal data replaced by its anonymised record: the application as read (with the erasure
 * mark and the revision it was read at), the record `domain/anonymisation.ts` made of it, and the participant's
 * plan as read with its anonymised form, when there is a plan.
 */
export interface Anonymisation {
  application: Application;
  record: AnonymisedApplication;
  plan?: { read: SupportPlan; anonymised: SupportPlan };
}

/**
 * Where personal data is removed and its anonymised records kept. Live applications are read and changed through
 * the application repository, which no longer sees an application once it is anonymised; its anonymised record is
 * read here.
 */
export interface RetentionStore {
  /**
   * Marks a submitted application whose personal data is about to be removed, only if it is still at the revision
   * it was read at and not held: from then on no hold can be placed on it. Answers the marked application (with
   * the next revision), or `changed` when it was changed, held or is gone meanwhile.
   */
  beginErasure(application: Application, mark: ErasureMark): Promise<Application | 'changed'>;
  /**
   * THE removal: in one transaction, the marked application is replaced by its anonymised record (every attribute
   * not in the record is gone), the person's claim in the round is given up when it is this application's, the
   * plan is replaced by its anonymised form, and the audit entry is written. Only if the application is still
   * marked, unheld and at the revision it was read at, and the plan too: otherwise nothing is stored and the answer
   * is `changed`. `anonymised-before`: an earlier attempt of this same removal (its audit entry) was stored.
   */
  anonymise(change: Anonymisation, audit: AuditEntry): Promise<'anonymised' | 'changed' | 'anonymised-before'>;
  /** The anonymised record of an application, when its personal data was removed. */
  anonymisedRecord(reference: string): Promise<AnonymisedApplication | undefined>;
  /**
   * The anonymised records still among a municipality's selection candidates in the round (`staysInSelection`),
   * so that a stored selection run is re-checked with them.
   */
  anonymisedInQueue(roundId: string, municipalityCode: string): Promise<AnonymisedApplication[]>;
}

/** Every document of one application, in every version storage keeps. */
export interface DocumentEraser {
  /**
   * Deletes every version of every document of the application, uploads and submitted copies alike, so nothing
   * can be restored; deleting what is gone already deletes nothing. Answers how many versions were deleted.
   */
  eraseDocuments(key: { roundId: string; reference: string }): Promise<number>;
}
