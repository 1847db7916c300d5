import type { QueueItem, QueueSort } from '../../../shared/schemas/staff-api.ts';
import { decideEligibility, recordScores } from '../../../shared/use-cases/staff/review-decisions.ts';
import { submitApplication } from '../../../shared/use-cases/submit-application.ts';
import { type MemoryPorts, memoryPorts } from '../../fakes/memory-ports.ts';
import { legacyPersonalCode } from '../../fixtures/personal-codes.ts';
import { validRequest } from '../../fixtures/requests.ts';
import { DURING_INTAKE, startDraft, uploadDocuments } from './applicant-steps.ts';
import { bauskaWorker, decideEligible, portsOf, scoredRound, staffRequest } from './staff-steps.ts';

let people = 20_000;

/** A person's application submitted under the name given, through the applicant's own steps; its reference. */
export async function submittedAs(
  ports: MemoryPorts,
  person: { firstName: string; lastName: string; personalCode?: string; municipalityCode?: string; receivedAt?: Date },
): Promise<string> {
  people += 1;
  const request = validRequest({
    person: {
      ...validRequest().person,
      firstName: person.firstName,
      lastName: person.lastName,
      personalCode: person.personalCode ?? legacyPersonalCode(people),
      municipalityCode: person.municipalityCode ?? 'LV-016',
    },
  });
  const draft = await startDraft(ports, request);
  uploadDocuments(ports, draft.reference);
  const receivedAt = person.receivedAt ?? new Date(DURING_INTAKE.getTime() + (people - 20_000) * 1000);
  await submitApplication(ports, { ...draft, receivedAt });
  return draft.reference;
}

const FIRST_NAMES = ['Anna', 'Ēriks', 'Jānis', 'Līga', 'Ģirts', 'Ilze', 'Žanis', 'Baiba'];
const LAST_NAMES = ['Bērziņa', 'Ozols', 'Kalniņš', 'Āboliņa', 'Čakste', 'Šmits', 'Zariņa', 'Liepa', 'Abele'];

/** The social worker's request to `reference`, as the review pages send it. */
export function worker(ports: MemoryPorts) {
  const scoped = portsOf(ports, bauskaWorker);
  return {
    score: (reference: string, supportNeed: number) =>
      recordScores(scoped, staffRequest(bauskaWorker, 'scores.record'), {
        reference,
        request: {
          points: { 'support-need': supportNeed, 'no-other-services': 0, 'lives-alone': 0 },
          justification: 'Vērtēts.',
        },
      }),
    refuse: (reference: string) =>
      decideEligibility(scoped, staffRequest(bauskaWorker, 'eligibility.decide'), {
        reference,
        request: { decision: 'not-eligible', reason: 'disability-group-not-eligible' },
      }),
    accept: (reference: string) => decideEligible(ports, reference),
  };
}

/**
 * A Bauska queue of `count` applications that ties in every way a sort can: names repeat, every fifth shares its
 * receipt time with the one before, scores repeat, and every state but withdrawn is there (every eleventh repeats
 * the personal code of the one before, so it is a possible duplicate). Two Jelgava applications sit beside it.
 */
export async function largeQueue(count: number): Promise<{ ports: MemoryPorts; references: string[] }> {
  const ports = memoryPorts({ rounds: [scoredRound] });
  const review = worker(ports);
  const references: string[] = [];
  let receivedAt = DURING_INTAKE.getTime();
  let personalCode = '';
  for (let index = 0; index < count; index++) {
    if (index % 5 !== 0) receivedAt += 60_000;
    const duplicate = index % 11 === 10;
    if (!duplicate) personalCode = legacyPersonalCode(30_000 + index);
    const reference = await submittedAs(ports, {
      firstName: FIRST_NAMES[index % FIRST_NAMES.length] as string,
      lastName: LAST_NAMES[index % LAST_NAMES.length] as string,
      personalCode,
      receivedAt: new Date(receivedAt),
    });
    references.push(reference);
    if (duplicate) continue;
    if (index % 3 === 0) await review.score(reference, index % 4);
    if (index % 7 === 1) await review.accept(reference);
    if (index % 7 === 2) await review.refuse(reference);
  }
  for (const lastName of ['Ozols', 'Bērziņa']) {
    await submittedAs(ports, { firstName: 'Jelgava', lastName, municipalityCode: 'LV-JEL' });
  }
  return { ports, references };
}

/** Every page of a list, read one after another by its cursor. */
export async function everyPage(
  read: (cursor: string | undefined) => Promise<{ items: QueueItem[]; nextCursor?: string | undefined }>,
): Promise<QueueItem[][]> {
  const pages: QueueItem[][] = [];
  let cursor: string | undefined;
  do {
    const page = await read(cursor);
    pages.push(page.items);
    cursor = page.nextCursor;
    if (pages.length > 1000) throw new Error('The pages never end');
  } while (cursor);
  return pages;
}

export const SORTS: readonly QueueSort[] = ['selection', 'received', 'name', 'state'];
