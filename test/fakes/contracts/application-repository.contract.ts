import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ServiceUnavailableError } from '../../../shared/domain/errors.ts';
import { draftReferences } from '../../../shared/domain/reference.ts';
import type { IdempotencyRecord } from '../../../shared/ports/application-repository.ts';
import type { Application } from '../../../shared/schemas/application.ts';
import { asSubmitted, draftApplication, personHash } from '../../fixtures/stored-applications.ts';
import { auditEntry, nextRoundId, type PortsUnderTest } from './subject.ts';

function idempotencyFor(reference: string, requestHash = 'request-a'): IdempotencyRecord {
  return { keyHash: randomBytes(32).toString('hex'), requestHash, reference };
}

/** A draft at the first reference drawn from a new key, as a create request stores it, with the key's record. */
function keyedDraft(): { application: Application; idempotency: IdempotencyRecord } {
  const keyHash = randomBytes(32).toString('hex');
  const [reference] = draftReferences(keyHash) as [string];
  return { application: { ...draft(), reference }, idempotency: { keyHash, requestHash: 'request-a', reference } };
}

let personCount = 1000;
/** A draft of a person and round no other test uses, so claims and queues are the test's own. */
function draft(options: { roundId?: string; person?: number; municipalityCode?: string } = {}): Application {
  personCount += 1;
  const { roundId, ...rest } = options;
  return { ...draftApplication({ person: personCount, ...rest }), roundId: roundId ?? nextRoundId() };
}

const decided = { by: { subject: 'sub-1', username: 'bauska', displayName: 'Bauska' }, at: '2019-08-05T08:00:00.000Z' };

const scored = (application: Application, total: number): Application => ({
  ...application,
  review: { scores: { points: { 'support-need': total }, total, justification: 'Vērtēts.', ...decided } },
});

const noted = (application: Application, text: string): Application => ({
  ...application,
  review: { ...application.review, notes: [{ text, ...decided }] },
});

/** What `ApplicationRepository` promises, whichever storage keeps the applications. */
export function applicationRepositoryContract(ports: PortsUnderTest): void {
  /** Two stored drafts of one person, in a round of their own. */
  async function twoDraftsOfOnePerson() {
    const roundId = nextRoundId();
    const first = draft({ roundId });
    const second = { ...draft({ roundId }), personalCode: first.personalCode };
    for (const application of [first, second]) {
      await ports().applications.createDraft(application, idempotencyFor(application.reference));
    }
    return { roundId, first, second };
  }

  describe('ApplicationRepository', () => {
    it('stores a draft with its idempotency record, and answers a retry with the first attempt’s record', async () => {
      const { application: first, idempotency } = keyedDraft();
      await expect(ports().applications.createDraft(first, idempotency)).resolves.toEqual({ outcome: 'created' });
      await expect(ports().applications.get(first.reference)).resolves.toEqual(first);
      await expect(ports().applications.idempotencyRecord(idempotency.keyHash)).resolves.toEqual(idempotency);

      const retry = { ...draft(), reference: first.reference };
      const answer = await ports().applications.createDraft(retry, { ...idempotency, requestHash: 'request-b' });
      expect(answer).toEqual({ outcome: 'replayed', record: idempotency });
      await expect(ports().applications.get(first.reference)).resolves.toEqual(first);
    });

    it('finds a key’s record at any of its references', async () => {
      const { idempotency } = keyedDraft();
      const [taken, second] = draftReferences(idempotency.keyHash) as [string, string];
      await ports().applications.createDraft({ ...draft(), reference: taken }, idempotencyFor(taken));
      const record = { ...idempotency, reference: second };
      await expect(ports().applications.createDraft({ ...draft(), reference: taken }, record)).resolves.toEqual({
        outcome: 'reference-taken',
      });
      await ports().applications.createDraft({ ...draft(), reference: second }, record);
      await expect(ports().applications.idempotencyRecord(idempotency.keyHash)).resolves.toEqual(record);
    });

    it('reports a taken reference and keeps no idempotency record of the attempt', async () => {
      const { application: first, idempotency: firstKey } = keyedDraft();
      await ports().applications.createDraft(first, firstKey);
      const idempotency = idempotencyFor(first.reference);
      const answer = await ports().applications.createDraft({ ...draft(), reference: first.reference }, idempotency);
      expect(answer).toEqual({ outcome: 'reference-taken' });
      await expect(ports().applications.idempotencyRecord(idempotency.keyHash)).resolves.toBeUndefined();
      await expect(ports().applications.idempotencyRecord(firstKey.keyHash)).resolves.toEqual(firstKey);
    });

    it('forgets an idempotency key after 24 hours, and lets it start a new draft at its next reference', async () => {
      const { application: first, idempotency } = keyedDraft();
      await ports().applications.createDraft(first, idempotency);
      ports().advanceClock(24 * 60 * 60 * 1000);
      await expect(ports().applications.idempotencyRecord(idempotency.keyHash)).resolves.toBeUndefined();
      const again = await ports().applications.createDraft({ ...draft(), reference: first.reference }, idempotency);
      expect(again).toEqual({ outcome: 'reference-taken' });
      const [, next] = draftReferences(idempotency.keyHash) as [string, string];
      const answer = await ports().applications.createDraft(
        { ...draft(), reference: next },
        { ...idempotency, reference: next },
      );
      expect(answer).toEqual({ outcome: 'created' });
    });

    it('answers a retried create with its draft through the draft’s changes, submission and staff changes', async () => {
      const { application: first, idempotency } = keyedDraft();
      await ports().applications.createDraft(first, idempotency);
      const corrected = { ...first, contact: { email: 'cits@example.lv', language: 'en' as const } };
      await ports().applications.updateDraft(corrected);
      await ports().applications.submit(asSubmitted(corrected, '2019-08-02T08:00:00.000Z'));
      const submitted = (await ports().applications.get(first.reference)) as Application;
      await ports().applications.saveReviewed([noted(submitted, 'Izskatīts.')], auditEntry());

      await expect(ports().applications.idempotencyRecord(idempotency.keyHash)).resolves.toEqual(idempotency);
      const retry = await ports().applications.createDraft({ ...draft(), reference: first.reference }, idempotency);
      expect(retry).toEqual({ outcome: 'replayed', record: idempotency });
    });

    it('stores a staff member’s draft with its audit entry', async () => {
      const paper = draft();
      const entry = auditEntry({ action: 'paper.register', reference: paper.reference });
      await ports().applications.createDraft(paper, idempotencyFor(paper.reference), entry);
      await expect(ports().audit.forApplication(paper.reference)).resolves.toEqual([entry]);
    });

    it('replaces a draft’s answers only while it is a draft', async () => {
      const stored = draft();
      await ports().applications.createDraft(stored, idempotencyFor(stored.reference));
      const changed = { ...stored, contact: { email: 'cits@example.lv', language: 'en' as const } };
      await expect(ports().applications.updateDraft(changed)).resolves.toEqual(changed);
      await expect(ports().applications.get(stored.reference)).resolves.toEqual(changed);

      await ports().applications.submit(asSubmitted(changed, '2019-08-02T08:00:00.000Z'));
      await expect(ports().applications.updateDraft(stored)).resolves.toBeUndefined();
      await expect(ports().applications.get(stored.reference)).resolves.toMatchObject({ status: 'submitted' });
      await expect(ports().applications.updateDraft({ ...draft(), reference: 'NONE-2222' })).resolves.toBeUndefined();
    });

    it('submits a draft once; the person’s later application in the round is flagged as a possible duplicate', async () => {
      const { roundId, first, second } = await twoDraftsOfOnePerson();
      const submitted = asSubmitted(first, '2019-08-02T08:00:00.000Z');
      await expect(ports().applications.submit(submitted)).resolves.toEqual(submitted);
      await expect(ports().applications.submit(submitted)).resolves.toBeUndefined();

      const later = await ports().applications.submit(asSubmitted(second, '2019-08-03T08:00:00.000Z'));
      expect(later?.flags).toEqual({ possibleDuplicateOf: first.reference });
      await expect(ports().applications.get(second.reference)).resolves.toEqual(later);
      const group = await ports().applications.ofPerson(roundId, first.personalCode.keyedHash);
      expect(group.map((application) => application.reference)).toEqual([first.reference, second.reference]);
    });

    it('stores a submission with the claim its caller made before, flagged when another held it', async () => {
      const { first, second } = await twoDraftsOfOnePerson();
      const submitted = asSubmitted(first, '2019-08-02T08:00:00.000Z');
      const claimant = await ports().applications.claimPerson(submitted);
      expect(claimant).toBe(first.reference);
      await expect(ports().applications.submit(submitted, undefined, claimant)).resolves.toEqual(submitted);

      const later = asSubmitted(second, '2019-08-02T08:00:01.000Z');
      const holder = await ports().applications.claimPerson(later);
      expect(holder).toBe(first.reference);
      const stored = await ports().applications.submit(later, undefined, holder);
      expect(stored?.flags).toEqual({ possibleDuplicateOf: first.reference });
    });

    it('takes over a claim whose submission was never stored once its request is surely over', async () => {
      const { roundId, first: lost, second: later } = await twoDraftsOfOnePerson();
      // The submission claimed the person, then died before storing itself.
      await ports().applications.claimPerson(asSubmitted(lost, '2019-08-02T08:00:00.000Z'));

      // Its request may still be storing it: the other one is asked to try again shortly, and nothing changes.
      const soon = ports().applications.submit(asSubmitted(later, '2019-08-02T08:00:19.000Z'));
      await expect(soon).rejects.toBeInstanceOf(ServiceUnavailableError);
      await expect(ports().applications.get(later.reference)).resolves.toMatchObject({ status: 'draft' });

      const afterwards = asSubmitted(later, '2019-08-02T08:00:20.000Z');
      await expect(ports().applications.submit(afterwards)).resolves.toEqual(afterwards);
      // The first one, sent again, now finds the person claimed.
      const retried = await ports().applications.submit(asSubmitted(lost, '2019-08-02T08:05:00.000Z'));
      expect(retried?.flags).toEqual({ possibleDuplicateOf: later.reference });
      const group = await ports().applications.ofPerson(roundId, lost.personalCode.keyedHash);
      expect(group.map((application) => application.reference)).toEqual([later.reference, lost.reference]);
    });

    it('stores nothing of a staff submission whose request has its audit entry already', async () => {
      const paper = draft();
      await ports().applications.createDraft(paper, idempotencyFor(paper.reference));
      const entry = auditEntry({ action: 'paper.submit', reference: paper.reference });
      await ports().audit.append(entry);
      await expect(
        ports().applications.submit(asSubmitted(paper, '2019-08-02T08:00:00.000Z'), entry),
      ).rejects.toMatchObject({ name: 'TransactionCanceledException' });
      await expect(ports().applications.get(paper.reference)).resolves.toMatchObject({ status: 'draft' });
      await expect(ports().applications.ofPerson(paper.roundId, paper.personalCode.keyedHash)).resolves.toEqual([]);
    });

    it('saves staff changes over the revision read, all or none, with the audit entry, once per request', async () => {
      const roundId = nextRoundId();
      const [a, b] = [draft({ roundId }), draft({ roundId })] as [Application, Application];
      for (const application of [a, b]) {
        await ports().applications.createDraft(application, idempotencyFor(application.reference));
        await ports().applications.submit(asSubmitted(application, '2019-08-02T08:00:00.000Z'));
      }
      const readA = (await ports().applications.get(a.reference)) as Application;
      const readB = (await ports().applications.get(b.reference)) as Application;
      const entry = auditEntry({ action: 'duplicates.resolve', reference: a.reference });

      await expect(ports().applications.saveReviewed([noted(readA, 'x'), noted(readB, 'x')], entry)).resolves.toBe(
        'saved',
      );
      await expect(ports().applications.get(a.reference)).resolves.toMatchObject({ revision: 1 });
      await expect(ports().applications.saveReviewed([noted(readA, 'y'), noted(readB, 'y')], entry)).resolves.toBe(
        'saved-before',
      );

      // One of the two was read before the change: neither is stored, and no entry is written.
      const stale = auditEntry({ action: 'duplicates.resolve', reference: a.reference });
      const readAgain = (await ports().applications.get(a.reference)) as Application;
      await expect(ports().applications.saveReviewed([noted(readAgain, 'z'), noted(readB, 'z')], stale)).resolves.toBe(
        'changed',
      );
      await expect(ports().applications.get(a.reference)).resolves.toEqual(readAgain);
      const history = await ports().audit.forApplication(a.reference);
      expect(history.map(({ id }) => id)).toEqual([entry.id]);
    });

    it('refuses a staff change of a draft', async () => {
      const stored = draft();
      await ports().applications.createDraft(stored, idempotencyFor(stored.reference));
      await expect(ports().applications.saveReviewed([stored], auditEntry())).resolves.toBe('changed');
      await expect(ports().applications.get(stored.reference)).resolves.toEqual(stored);
    });

    it('stores delivery problems only over the revision read, and moves the revision on', async () => {
      const stored = draft();
      await ports().applications.createDraft(stored, idempotencyFor(stored.reference));
      await ports().applications.submit(asSubmitted(stored, '2019-08-02T08:00:00.000Z'));
      const read = (await ports().applications.get(stored.reference)) as Application;
      const withProblems: Application = {
        ...read,
        deliveryProblems: [
          { kind: 'bounce', at: '2019-08-02T09:00:00.000Z', recipient: 'applicant', feedbackId: 'f-1' },
        ],
      };
      await expect(ports().applications.saveDeliveryProblems(withProblems)).resolves.toBe('saved');
      await expect(ports().applications.get(stored.reference)).resolves.toMatchObject({
        revision: 1,
        deliveryProblems: withProblems.deliveryProblems,
      });
      await expect(ports().applications.saveDeliveryProblems(withProblems)).resolves.toBe('changed');
      await expect(ports().applications.saveReviewed([read], auditEntry())).resolves.toBe('changed');
    });

    it('records a selection result on a submitted application only', async () => {
      const stored = draft();
      await ports().applications.createDraft(stored, idempotencyFor(stored.reference));
      const selection = {
        runId: 'a1b2c3d4e5f6a7b8c9d0',
        outcome: 'selected' as const,
        rank: 1,
        publishedAt: '2019-09-02T09:00:00.000Z',
      };
      await expect(ports().applications.recordSelection(stored.reference, selection)).rejects.toMatchObject({
        name: 'ConditionalCheckFailedException',
      });
      await ports().applications.submit(asSubmitted(stored, '2019-08-02T08:00:00.000Z'));
      await ports().applications.recordSelection(stored.reference, selection);
      await expect(ports().applications.get(stored.reference)).resolves.toMatchObject({ selection });
    });

    it('keeps a result of the same run, such as a place offered since, when the run’s result is written again', async () => {
      const stored = draft();
      await ports().applications.createDraft(stored, idempotencyFor(stored.reference));
      await ports().applications.submit(asSubmitted(stored, '2019-08-02T08:00:00.000Z'));
      const base = { runId: 'a1b2c3d4e5f6a7b8c9d0', publishedAt: '2019-09-02T09:00:00.000Z' };
      const offered = { ...base, outcome: 'selected' as const, rank: 10, offeredAt: '2019-09-03T09:00:00.000Z' };
      await ports().applications.recordSelection(stored.reference, offered);
      await ports().applications.recordSelection(stored.reference, {
        ...base,
        outcome: 'waitlisted',
        rank: 11,
        position: 1,
      });
      await expect(ports().applications.get(stored.reference)).resolves.toMatchObject({ selection: offered });
      // Another run's result is written over it.
      const later = {
        ...base,
        runId: 'f0e1d2c3b4a5f6e7d8c9',
        outcome: 'not-selected' as const,
        reason: 'withdrawn' as const,
      };
      await ports().applications.recordSelection(stored.reference, later);
      await expect(ports().applications.get(stored.reference)).resolves.toMatchObject({ selection: later });
    });

    it('lists a municipality’s submitted applications by score, then receipt, then reference', async () => {
      const roundId = nextRoundId();
      const at = (hour: number) => `2019-08-02T${String(hour).padStart(2, '0')}:00:00.000Z`;
      const made = [
        { application: draft({ roundId }), receivedAt: at(9), total: 5 },
        { application: draft({ roundId }), receivedAt: at(8), total: 5 },
        { application: draft({ roundId }), receivedAt: at(10), total: 12 },
        { application: draft({ roundId }), receivedAt: at(7), total: 0 },
      ];
      for (const { application, receivedAt, total } of made) {
        await ports().applications.createDraft(application, idempotencyFor(application.reference));
        await ports().applications.submit(scored(asSubmitted(application, receivedAt), total));
      }
      const elsewhere = draft({ roundId, municipalityCode: 'LV-JEL' });
      const stillDraft = draft({ roundId });
      for (const application of [elsewhere, stillDraft]) {
        await ports().applications.createDraft(application, idempotencyFor(application.reference));
      }
      await ports().applications.submit(asSubmitted(elsewhere, at(6)));

      const queue = await ports().applications.queue(roundId, 'LV-016');
      const [m0, m1, m2, m3] = made.map(({ application }) => application.reference);
      expect(queue.map((application) => application.reference)).toEqual([m2, m1, m0, m3]);
      await expect(ports().applications.queue(roundId, 'LV-JEL')).resolves.toHaveLength(1);
      await expect(ports().applications.ofPerson(roundId, personHash(999_999))).resolves.toEqual([]);
    });
  });
}
