import { describe, expect, it } from 'vitest';
import type { QueueEntry } from '../../../shared/domain/queue-entry.ts';
import type { QueuePageQuery } from '../../../shared/ports/application-repository.ts';
import type { Application } from '../../../shared/schemas/application.ts';
import type { QueueSort } from '../../../shared/schemas/staff-api.ts';
import { asSubmitted, draftApplication } from '../../fixtures/stored-applications.ts';
import { auditEntry, nextRoundId, type PortsUnderTest } from './subject.ts';

let personCount = 50_000;

const decided = { by: { subject: 'sub-1', username: 'bauska', displayName: 'Bauska' }, at: '2019-08-05T08:00:00.000Z' };

/** What the queue of `ApplicationRepository` promises, whichever storage keeps it. */
export function queueContract(ports: PortsUnderTest): void {
  const applications = () => ports().applications;

  /** An application submitted in the round, as the applicant's submit stores it; not yet followed. */
  async function submitted(
    roundId: string,
    options: {
      firstName?: string;
      lastName?: string;
      municipalityCode?: string;
      minute?: number;
      person?: number;
    } = {},
  ): Promise<Application> {
    personCount += 1;
    const draft = draftApplication({
      person: options.person ?? personCount,
      ...(options.municipalityCode && { municipalityCode: options.municipalityCode }),
    });
    const named = {
      ...draft,
      roundId,
      person: {
        ...draft.person,
        firstName: options.firstName ?? draft.person.firstName,
        lastName: options.lastName ?? draft.person.lastName,
      },
    };
    await applications().createDraft(named, {
      keyHash: `queue-${named.reference}-${Math.random()}`,
      requestHash: 'request',
      reference: named.reference,
    });
    const receivedAt = new Date(Date.UTC(2019, 7, 2, 8, options.minute ?? 0)).toISOString();
    return (await applications().submit(asSubmitted(named, receivedAt))) as Application;
  }

  /** The stored applications, followed as the stream's consumer follows them. */
  async function followStored(...references: string[]): Promise<void> {
    const changes = await Promise.all(
      references.map(async (reference) => ({ reference, after: await applications().get(reference) })),
    );
    await applications().followChanges(changes);
  }

  /** A staff change over the stored application, as a review use case saves it. */
  async function review(reference: string, change: (application: Application) => Application): Promise<void> {
    const read = (await applications().get(reference)) as Application;
    await expect(applications().saveReviewed([change(read)], auditEntry())).resolves.toBe('saved');
  }

  const refuse = (application: Application): Application => ({
    ...application,
    review: {
      ...application.review,
      eligibility: { decision: 'not-eligible', reason: 'disability-group-not-eligible', ...decided },
    },
  });
  const score = (total: number) => (application: Application) => ({
    ...application,
    review: {
      ...application.review,
      scores: { points: { need: total }, total, justification: 'Vērtēts.', ...decided },
    },
  });

  const page = (query: Partial<QueuePageQuery> & { roundId: string }) =>
    applications().queuePage({ municipalityCode: 'LV-016', sort: 'selection', limit: 50, ...query });
  const referencesOf = (entries: readonly QueueEntry[]) => entries.map((entry) => entry.row.reference);
  const counted = async (roundId: string, municipalityCode = 'LV-016') =>
    (await applications().queueCounts(roundId, [municipalityCode]))[0]?.counts;

  describe('ApplicationRepository: the queue', () => {
    it('shows and counts a submitted application once its change is followed, and only its own municipality’s', async () => {
      const roundId = nextRoundId();
      const bauska = await submitted(roundId);
      const jelgava = await submitted(roundId, { municipalityCode: 'LV-JEL' });
      expect((await page({ roundId })).entries).toEqual([]);
      await followStored(bauska.reference, jelgava.reference);
      const answer = await page({ roundId });
      expect(referencesOf(answer.entries)).toEqual([bauska.reference]);
      expect(answer.entries[0]?.row).toMatchObject({ state: 'to-review', firstName: 'Anna', totalScore: null });
      expect(answer.counts).toMatchObject({ 'to-review': 1, eligible: 0 });
      expect(answer.more).toBe(false);
      expect(await applications().queueCounts(roundId, ['LV-JEL', 'LV-016', 'LV-011'])).toEqual([
        { municipalityCode: 'LV-JEL', counts: expect.objectContaining({ 'to-review': 1 }) },
        { municipalityCode: 'LV-016', counts: expect.objectContaining({ 'to-review': 1 }) },
        { municipalityCode: 'LV-011', counts: expect.objectContaining({ 'to-review': 0, withdrawn: 0 }) },
      ]);
    });

    it('counts a change delivered again, or an older one after a newer, once', async () => {
      const roundId = nextRoundId();
      const first = await submitted(roundId);
      const second = await submitted(roundId);
      const submissions = [
        { reference: first.reference, after: first },
        { reference: second.reference, after: second },
      ];
      await applications().followChanges(submissions);
      await applications().followChanges(submissions);
      expect(await counted(roundId)).toMatchObject({ 'to-review': 2, 'not-eligible': 0 });
      await review(first.reference, refuse);
      // The submission comes again after the refusal that followed it: the entry stays refused.
      await applications().followChanges(submissions);
      await followStored(first.reference, first.reference);
      expect(await counted(roundId)).toMatchObject({ 'to-review': 1, 'not-eligible': 1 });
      expect(referencesOf((await page({ roundId, state: 'not-eligible' })).entries)).toEqual([first.reference]);
    });

    it('moves a staff change’s entry and counts in the change’s own transaction, followed or not', async () => {
      const roundId = nextRoundId();
      const followed = await submitted(roundId);
      const notYet = await submitted(roundId);
      await followStored(followed.reference);
      await review(followed.reference, refuse);
      await review(notYet.reference, score(4));
      const answer = await page({ roundId });
      expect(answer.counts).toMatchObject({ 'to-review': 1, 'not-eligible': 1 });
      expect(answer.entries.map(({ row }) => [row.reference, row.state, row.totalScore])).toEqual([
        [notYet.reference, 'to-review', 4],
        [followed.reference, 'not-eligible', null],
      ]);
    });

    it('takes an application out of the queue and its counts when it is deleted', async () => {
      const roundId = nextRoundId();
      const gone = await submitted(roundId);
      await followStored(gone.reference);
      await applications().followChanges([{ reference: gone.reference }]);
      await applications().followChanges([{ reference: gone.reference }]);
      expect((await page({ roundId })).entries).toEqual([]);
      expect(await counted(roundId)).toMatchObject({ 'to-review': 0 });
    });

    it.each(['selection', 'received', 'name', 'state'] as QueueSort[])(
      'pages in %s order across every state, page after page, and one state alone',
      async (sort) => {
        const roundId = nextRoundId();
        const names: [string, string][] = [
          ['Žanis', 'Ābele'],
          ['Anna', 'Ozola'],
          ['Ēriks', 'Čakste'],
          ['Anna', 'Cīrule'],
          ['Baiba', 'Ābele'],
          ['Ilze', 'Zariņa'],
          ['Līga', 'Šmite'],
        ];
        const stored: Application[] = [];
        for (const [index, [firstName, lastName]] of names.entries()) {
          // Every second received in the same minute as the one before, to tie on receipt.
          stored.push(await submitted(roundId, { firstName, lastName, minute: Math.floor(index / 2) }));
        }
        await followStored(...stored.map((application) => application.reference));
        await review(stored[1]?.reference as string, refuse);
        await review(stored[2]?.reference as string, score(3));
        await review(stored[4]?.reference as string, score(3));
        await review(stored[5]?.reference as string, (application) => score(1)(refuse(application)));

        const whole = (await page({ roundId, sort })).entries;
        const keys = whole.map((entry) => entry.sortKeys[sort]);
        expect(keys).toEqual([...keys].sort());
        expect(whole).toHaveLength(names.length);
        const shown: QueueEntry[] = [];
        let after: string | undefined;
        for (let more = true; more; ) {
          const answer = await page({ roundId, sort, limit: 2, after });
          shown.push(...answer.entries);
          more = answer.more;
          after = answer.entries.at(-1)?.sortKeys[sort];
        }
        expect(referencesOf(shown)).toEqual(referencesOf(whole));
        const refused = await page({ roundId, sort, state: 'not-eligible', limit: 1 });
        expect(referencesOf(refused.entries)).toEqual(
          referencesOf(whole.filter((entry) => entry.row.state === 'not-eligible')).slice(0, 1),
        );
        expect(refused.more).toBe(true);
      },
    );

    it('finds by reference, by person and by the beginnings of name words, in one municipality only', async () => {
      const roundId = nextRoundId();
      const janis = await submitted(roundId, { firstName: 'Jānis', lastName: 'Bērziņš', person: 777_001 });
      const again = await submitted(roundId, { firstName: 'J.', lastName: 'Bērziņš', person: 777_001 });
      const anna = await submitted(roundId, { firstName: 'Anna', lastName: 'Kalniņa-Ozola' });
      const jelgava = await submitted(roundId, { firstName: 'Jānis', lastName: 'Bērziņš', municipalityCode: 'LV-JEL' });
      await followStored(janis.reference, again.reference, anna.reference, jelgava.reference);
      const find = async (lookup: Parameters<ReturnType<PortsUnderTest>['applications']['findInQueue']>[2]) =>
        referencesOf(await applications().findInQueue(roundId, 'LV-016', lookup)).sort();

      expect(await find({ kind: 'reference', reference: anna.reference })).toEqual([anna.reference]);
      expect(await find({ kind: 'reference', reference: jelgava.reference })).toEqual([]);
      expect(await find({ kind: 'personal-code', personalCodeHash: janis.personalCode.keyedHash })).toEqual(
        [janis.reference, again.reference].sort(),
      );
      expect(await find({ kind: 'name', words: ['berz'] })).toEqual([janis.reference, again.reference].sort());
      expect(await find({ kind: 'name', words: ['berzins', 'jan'] })).toEqual([janis.reference]);
      expect(await find({ kind: 'name', words: ['ozola'] })).toEqual([anna.reference]);
      expect(await find({ kind: 'name', words: ['kalnina', 'anna'] })).toEqual([anna.reference]);
      expect(await find({ kind: 'name', words: ['zola'] })).toEqual([]);
    });

    it('finds a name by any words that begin its words, however the words searched overlap', async () => {
      const roundId = nextRoundId();
      const janis = await submitted(roundId, { firstName: 'Jānis Pēteris', lastName: 'Bērziņš' });
      const longer = await submitted(roundId, { firstName: 'Jānis', lastName: 'Bērziņšons' });
      const single = await submitted(roundId, { firstName: 'Ē', lastName: 'Bērziņš' });
      const anna = await submitted(roundId, { firstName: 'Anna', lastName: 'Anna' });
      await followStored(janis.reference, longer.reference, single.reference, anna.reference);
      const find = async (...words: string[]) =>
        referencesOf(await applications().findInQueue(roundId, 'LV-016', { kind: 'name', words })).sort();

      // The longest word whole, or going on in a longer word; the other words anywhere else in the name.
      expect(await find('berzins', 'peteris')).toEqual([janis.reference]);
      expect(await find('berzins', 'janis')).toEqual([janis.reference, longer.reference].sort());
      expect(await find('berzins', 'e')).toEqual([single.reference]);
      expect(await find('berzinso', 'j')).toEqual([longer.reference]);
      // A word that begins the longest may be matched by that same word of the name.
      expect(await find('berzins', 'berz')).toEqual([janis.reference, longer.reference, single.reference].sort());
      expect(await find('anna', 'ann')).toEqual([anna.reference]);
      expect(await find('peteris', 'janis', 'berzins')).toEqual([janis.reference]);
      expect(await find('peteris', 'janis', 'ozols')).toEqual([]);
    });
  });
}
