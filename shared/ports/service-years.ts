import type { AuditEntry } from '../schemas/audit.ts';
import type { ServiceYear } from '../schemas/service-year.ts';

/** Each round's year of services after the selection: the budget, catalogue and providers administrators keep. */
export interface ServiceYearRepository {
  /** Strongly consistent: the request after an administrator's change already sees it. */
  get(roundId: string): Promise<ServiceYear | undefined>;
  /**
   * Stores an administrator's change and the request's audit entry in one transaction. `isNew` says the round may
   * have no year of services yet; otherwise the year carries the `revision` it was read at. When another change
   * came in between, nothing is stored and the answer is undefined; otherwise it is the year as stored, with the
   * next revision.
   */
  saveChange(serviceYear: ServiceYear, change: { isNew: boolean; audit: AuditEntry }): Promise<ServiceYear | undefined>;
}
