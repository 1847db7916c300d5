import type { ApplicationRepository } from './application-repository.ts';
import type { AuditLog } from './audit-log.ts';
import type { DocumentStore } from './document-store.ts';
import type { Keyring } from './keyring.ts';
import type { Mailer, NotificationLedger } from './mailer.ts';
import type { PersonalDataStore, ScopedPersonalData } from './personal-data.ts';
import type { DocumentEraser, RetentionStore } from './retention.ts';
import type { RoundRepository } from './round-repository.ts';
import type { ScopedApplicationRepository } from './scoped-application-repository.ts';
import type { SelectionRunRepository } from './selection-runs.ts';
import type { ServiceYearRepository } from './service-years.ts';
import type { StaffTokenVerifier } from './staff-tokens.ts';
import type { SupportPlanRepository } from './support-plans.ts';

/** Everything the use cases may reach outside themselves. */
export interface Ports {
  rounds: RoundRepository;
  applications: ApplicationRepository;
  documents: DocumentStore;
  audit: AuditLog;
  selectionRuns: SelectionRunRepository;
  serviceYears: ServiceYearRepository;
  supportPlans: SupportPlanRepository;
  staffTokens: StaffTokenVerifier;
  keyring: Keyring;
  mailer: Mailer;
  notifications: NotificationLedger;
  /** A person's data across every round, by the keyed hash of the personal code: requests about personal data. */
  personalData: PersonalDataStore;
  retention: RetentionStore;
  documentErasure: DocumentEraser;
  /** A uniformly random integer in [0, max). */
  randomInt(max: number): number;
}

/**
 * What staff use cases may reach: every port, but the applications only as the signed-in staff member's scoped
 * view. The whole repository is not part of it, so no staff use case can read or write another municipality's
 * application by forgetting a check.
 */
export interface StaffPorts extends Omit<Ports, 'applications' | 'personalData'> {
  applications: ScopedApplicationRepository;
  /** A person's data, likewise only as far as the staff member's scope reaches. */
  personalData: ScopedPersonalData;
}
