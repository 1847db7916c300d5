import { inputOfRows, resultOfRows } from '../../shared/domain/selection-rows.ts';
import type { PersonalDataStore, RecordsAbout, RunWithPart } from '../../shared/ports/personal-data.ts';
import type { Application } from '../../shared/schemas/application.ts';
import type { MemoryStorage } from './memory-storage.ts';

/**
 * A person's data read from the other fakes, as `DynamoDbPersonalData` reads it from the table: applications by the
 * keyed hash (drafts too), the claim as the first submitted application of the person in the round, the ledger's
 * entries and link counts by reference, and the latest run (the fake keeps only that one). The fake's retry records
 * are private to its repository, so it finds none. `anonymised` stands for records whose personal data was removed.
 */
export class MemoryPersonalData implements PersonalDataStore {
  /** References of anonymised records → their municipality: set by a test. */
  readonly anonymised = new Map<string, string>();
  readonly #storage: Pick<MemoryStorage, 'applications' | 'notifications' | 'selectionRuns'>;

  constructor(storage: Pick<MemoryStorage, 'applications' | 'notifications' | 'selectionRuns'>) {
    this.#storage = storage;
  }

  async applicationsOf(personalCodeHash: string): Promise<Application[]> {
    return this.#storage.applications
      .all()
      .filter((application) => application.personalCode.keyedHash === personalCodeHash);
  }

  async personClaim(roundId: string, personalCodeHash: string): Promise<string | undefined> {
    return (await this.#storage.applications.ofPerson(roundId, personalCodeHash))[0]?.reference;
  }

  async recordsAbout(references: readonly string[]): Promise<RecordsAbout> {
    const ofOne = (key: string) => references.find((reference) => key.startsWith(`${reference}#`));
    const { entries, linkEmails } = this.#storage.notifications;
    return {
      ledger: [...entries].flatMap(([id, entry]) => {
        const reference = ofOne(id);
        return reference ? [{ reference, id, sentTo: [...entry].sort() }] : [];
      }),
      linkEmails: [...linkEmails].flatMap(([key, count]) => {
        const reference = ofOne(key);
        return reference ? [{ reference, day: key.slice(reference.length + 1), count }] : [];
      }),
      retries: [],
    };
  }

  async runsOf(roundId: string, municipalityCode: string): Promise<RunWithPart[]> {
    const summary = await this.#storage.selectionRuns.latest(roundId);
    const counts = summary?.municipalities.find(({ code }) => code === municipalityCode);
    if (!summary || !counts) return [];
    const rows = await this.#storage.selectionRuns.rows(roundId, summary.runId, municipalityCode);
    const part = { municipalityCode, input: inputOfRows(counts.cap, rows), result: resultOfRows(counts.cap, rows) };
    return [{ summary, latest: true, part }];
  }

  async anonymisedIn(reference: string): Promise<string | undefined> {
    return this.anonymised.get(reference);
  }
}
