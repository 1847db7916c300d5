import type { Application } from '../schemas/application.ts';
import type { SelectionRunSummary } from '../schemas/selection-api.ts';
import type { RunPart } from './selection-runs.ts';

/**
 * One e-mail of an application as the notification ledger keeps it: `<reference>#<what is told>` with the
 * recipients it went to (`sentTo`). A record written by the ledger's earlier form names one recipient at the end
 * of its id, with the `state` of its sending and when that was claimed.
 */
export interface LedgerRecord {
  reference: string;
  id: string;
  sentTo?: string[];
  state?: string;
  claimedAt?: string;
  sentAt?: string;
}

/** How many times the status link of an application was e-mailed again on one Riga day. */
export interface LinkEmailCount {
  reference: string;
  day: string;
  count: number;
}

/** A record that answers a repeated create request of an application (kept a day, in the draft's item). */
export interface RetryRecord {
  reference: string;
  /** Epoch seconds. */
  expiresAt?: number;
}

/** What the table keeps about applications besides the applications themselves, found by their references. */
export interface RecordsAbout {
  ledger: LedgerRecord[];
  linkEmails: LinkEmailCount[];
  retries: RetryRecord[];
}

/** A selection run of a round with one municipality's part of it. */
export interface RunWithPart {
  summary: SelectionRunSummary;
  latest: boolean;
  part: RunPart;
}

/**
 * What is held about one person, found by the keyed hash of their personal code, for a request about their data
 * (GDPR Art. 15, 16). Reads across every round. `applicationsOf` and `recordsAbout` read the whole table, because
 * drafts, the notification ledger and retry records sit under keys no index reaches by person: a request a person
 * makes at the office, rare and never on an applicant's path, pays for that.
 */
export interface PersonalDataStore {
  /** Every application (drafts too) whose personal code has this keyed hash, in every round. */
  applicationsOf(personalCodeHash: string): Promise<Application[]>;
  /** The reference that holds the person's claim in the round (their first submitted application), if any. */
  personClaim(roundId: string, personalCodeHash: string): Promise<string | undefined>;
  /** The ledger entries, status-link counts and retry records of these applications. */
  recordsAbout(references: readonly string[]): Promise<RecordsAbout>;
  /** Every selection run of the round, newest first, with the municipality's part of each. */
  runsOf(roundId: string, municipalityCode: string): Promise<RunWithPart[]>;
  /**
   * The municipality of an application whose personal data was removed (only its anonymised record is left), or
   * `undefined` when the application is live or unknown.
   */
  anonymisedIn(reference: string): Promise<string | undefined>;
}

/** The person's applications a staff member may see, and where the others are. */
export interface PersonFound {
  /** Oldest first. */
  applications: Application[];
  /** Codes of the municipalities that hold the person's applications outside the scope, each once. */
  elsewhere: string[];
}

/**
 * The person's data as one staff member may reach it: a social worker their own municipality's applications, an
 * administrator every municipality's. Staff use cases get only this view (`StaffPorts`), so the municipality rule
 * cannot be skipped: `find` hands out the applications in scope, and every other read takes only applications it
 * handed out.
 */
export interface ScopedPersonalData {
  find(personalCodeHash: string): Promise<PersonFound>;
  /** Whether the application holds the person's claim in its round. */
  holdsClaim(application: Application): Promise<boolean>;
  recordsAbout(applications: readonly Application[]): Promise<RecordsAbout>;
  /** The selection runs the application went into, newest first. */
  runsWith(application: Application): Promise<RunWithPart[]>;
  /** Whether the application's personal data was removed, told only for an application in the scope. */
  isAnonymised(reference: string): Promise<boolean>;
}
