import type {
  PersonalDataStore,
  PersonFound,
  RecordsAbout,
  RunWithPart,
  ScopedPersonalData,
} from '../../ports/personal-data.ts';
import type { Application } from '../../schemas/application.ts';
import type { StaffIdentity } from '../../schemas/staff-identity.ts';
import { maySee } from '../staff/staff-scope.ts';

/** A person's data as one staff member may reach it; made once per request, after the sign-in is verified. */
export function scopedPersonalData(store: PersonalDataStore, identity: StaffIdentity): ScopedPersonalData {
  return new StaffScopedPersonalData(store, identity);
}

/**
 * Private fields keep the whole store out of reach of whoever holds the view. The view remembers every application
 * it handed out, so the reads that follow can only be about those.
 */
class StaffScopedPersonalData implements ScopedPersonalData {
  readonly #store: PersonalDataStore;
  readonly #identity: StaffIdentity;
  readonly #handedOut = new Map<string, string>();

  constructor(store: PersonalDataStore, identity: StaffIdentity) {
    this.#store = store;
    this.#identity = identity;
  }

  async find(personalCodeHash: string): Promise<PersonFound> {
    const all = await this.#store.applicationsOf(personalCodeHash);
    const inScope = all.filter((application) => this.#covers(application));
    for (const application of inScope) this.#handedOut.set(application.reference, application.personalCode.keyedHash);
    const elsewhere = new Set(
      all.filter((application) => !this.#covers(application)).map(({ person }) => person.municipalityCode),
    );
    return {
      applications: inScope.sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
      elsewhere: [...elsewhere].sort(),
    };
  }

  async holdsClaim(application: Application): Promise<boolean> {
    this.#refuseUnlessHandedOut(application);
    const claim = await this.#store.personClaim(application.roundId, application.personalCode.keyedHash);
    return claim === application.reference;
  }

  async recordsAbout(applications: readonly Application[]): Promise<RecordsAbout> {
    for (const application of applications) this.#refuseUnlessHandedOut(application);
    if (applications.length === 0) return { ledger: [], linkEmails: [], retries: [] };
    return this.#store.recordsAbout(applications.map(({ reference }) => reference));
  }

  async runsWith(application: Application): Promise<RunWithPart[]> {
    this.#refuseUnlessHandedOut(application);
    const runs = await this.#store.runsOf(application.roundId, application.person.municipalityCode);
    return runs.filter(({ part }) =>
      part.input.applications.some((candidate) => candidate.reference === application.reference),
    );
  }

  async isAnonymised(reference: string): Promise<boolean> {
    const municipalityCode = await this.#store.anonymisedIn(reference);
    return municipalityCode !== undefined && maySee(this.#identity, municipalityCode);
  }

  #covers(application: Application): boolean {
    return maySee(this.#identity, application.person.municipalityCode);
  }

  /** Only what `find` handed out, unchanged in whose it is: a cast or another request's application is refused. */
  #refuseUnlessHandedOut(application: Application): void {
    if (
      !this.#covers(application) ||
      this.#handedOut.get(application.reference) !== application.personalCode.keyedHash
    ) {
      throw new Error(`Application ${application.reference} was not found through this staff member's scope`);
    }
  }
}
