import { type QueueEntry, queueEntryOf } from '../../../shared/domain/queue-entry.ts';
import { countByState } from '../../../shared/domain/review-rules.ts';
import type { ApplicationRepository } from '../../../shared/ports/application-repository.ts';
import type { Application } from '../../../shared/schemas/application.ts';
import type { StaffIdentity } from '../../../shared/schemas/staff-identity.ts';
import type { StaffContext } from '../../../shared/use-cases/staff/staff-context.ts';
import { submittedApplication } from '../../fixtures/applications.ts';

/** Anna's application in Bauska and her second one in Jelgava, the same person (same keyed hash). */
export const bauskaApplication = submittedApplication({ reference: 'BAUS-1111' });
export const jelgavaApplication = submittedApplication({
  reference: 'JELG-2222',
  receivedAt: '2019-08-06T09:00:00.000Z',
  person: { ...bauskaApplication.person, municipalityCode: 'LV-JEL' },
  flags: { possibleDuplicateOf: 'BAUS-1111' },
});

export { administrator, bauskaWorker } from '../../fixtures/staff-identities.ts';

export function request(identity: StaffIdentity, action: StaffContext['action']): StaffContext {
  return { identity, action, requestId: `request-${action}`, at: new Date('2019-08-20T08:00:00Z') };
}

/**
 * The applications in a map, with every write recorded instead of stored conditionally: enough to show what a
 * scoped view lets through to the store, and that a refused write reaches nothing.
 */
export function recordedApplications(stored: readonly Application[] = [bauskaApplication, jelgavaApplication]) {
  const byReference = new Map(stored.map((application) => [application.reference, application]));
  const writes: { method: string; references: string[] }[] = [];
  /** The municipalities whose queue pages, counts or search were read. */
  const queueReads: string[] = [];
  const submitted = () => [...byReference.values()].filter((application) => application.status === 'submitted');
  const entries = (roundId: string, municipalityCode: string) => {
    queueReads.push(municipalityCode);
    return submitted()
      .map((application) => queueEntryOf(application) as QueueEntry)
      .filter((entry) => entry.roundId === roundId && entry.municipalityCode === municipalityCode);
  };
  const countsOf = (roundId: string, municipalityCode: string) =>
    countByState(entries(roundId, municipalityCode).map((entry) => entry.row.state));
  const repository: ApplicationRepository = {
    get: async (reference) => byReference.get(reference),
    queue: async (roundId, municipalityCode) =>
      submitted().filter(
        (application) => application.roundId === roundId && application.person.municipalityCode === municipalityCode,
      ),
    ofPerson: async (roundId, personalCodeHash) =>
      submitted().filter(
        (application) => application.roundId === roundId && application.personalCode.keyedHash === personalCodeHash,
      ),
    queuePage: async (query) => ({
      entries: entries(query.roundId, query.municipalityCode),
      more: false,
      counts: countsOf(query.roundId, query.municipalityCode),
    }),
    queueCounts: async (roundId, codes) =>
      codes.map((municipalityCode) => ({ municipalityCode, counts: countsOf(roundId, municipalityCode) })),
    findInQueue: async (roundId, municipalityCode) => entries(roundId, municipalityCode),
    followChanges: async () => {
      throw new Error('No staff use case follows the stream');
    },
    idempotencyRecord: async () => undefined,
    createDraft: async (application) => {
      writes.push({ method: 'createDraft', references: [application.reference] });
      return { outcome: 'created' };
    },
    claimPerson: async () => {
      throw new Error('No staff use case claims a person apart from submitting');
    },
    submit: async (application) => {
      writes.push({ method: 'submit', references: [application.reference] });
      return application;
    },
    saveReviewed: async (applications) => {
      writes.push({ method: 'saveReviewed', references: applications.map((application) => application.reference) });
      return 'saved';
    },
    recordSelection: async (reference) => {
      writes.push({ method: 'recordSelection', references: [reference] });
    },
    updateDraft: async () => {
      throw new Error('No staff use case updates an applicant’s draft');
    },
    expiredDrafts: async () => {
      throw new Error('No staff use case looks for expired drafts');
    },
    deleteExpiredDraft: async () => {
      throw new Error('No staff use case deletes drafts');
    },
    saveDeliveryProblems: async () => {
      throw new Error('No staff use case records delivery problems');
    },
  };
  return { repository, writes, queueReads };
}
