import { describe, expect, it } from 'vitest';
import type { Application } from '../../shared/schemas/application.ts';
import {
  type ApplicationDeliveryReport,
  recordDeliveryProblem,
} from '../../shared/use-cases/record-delivery-problem.ts';
import { asSubmitted, draftApplication } from '../fixtures/stored-applications.ts';
import { auditedStorageForFile, staffEntry } from './support/audited-storage.ts';

const storage = auditedStorageForFile();

let count = 0;

/** A submitted application of a new person, with a representative. */
async function storedSubmitted(): Promise<Application> {
  count += 1;
  const draft: Application = {
    ...draftApplication({ person: 500 + count }),
    representative: { firstName: 'Jānis', lastName: 'Bērziņš', capacity: 'guardian', email: 'janis@example.lv' },
  };
  await storage.applications.createDraft(draft, {
    keyHash: `k-${draft.reference}`,
    requestHash: 'r',
    reference: draft.reference,
  });
  const submitted = await storage.applications.submit(asSubmitted(draft, '2019-08-05T08:00:00.000Z'));
  if (!submitted) throw new Error('not submitted');
  return (await storage.applications.get(submitted.reference)) as Application;
}

/** The application as stored now. */
async function read(reference: string): Promise<Application> {
  const stored = await storage.applications.get(reference);
  if (!stored) throw new Error('not stored');
  return stored;
}

/** A social worker's note saved over the application as `read`: refused as 'changed' when the read is stale. */
const staffNoteOver = (application: Application) =>
  storage.applications.saveReviewed(
    [application],
    staffEntry({ action: 'note.add', reference: application.reference }),
  );

const report = (reference: string, changes: Partial<ApplicationDeliveryReport> = {}): ApplicationDeliveryReport => ({
  reference,
  kind: 'bounce',
  bounceType: 'permanent',
  at: '2019-08-12T07:15:02.669Z',
  feedbackId: 'feedback-1',
  notification: 'receipt',
  addresses: ['Janis@Example.lv'],
  ...changes,
});

describe('delivery problems in the table', () => {
  it('are stored on the application, with the role and no address, and count the revision', async () => {
    const application = await storedSubmitted();
    expect(await recordDeliveryProblem(storage, report(application.reference))).toBe('recorded');
    const stored = await storage.applications.get(application.reference);
    expect(stored?.deliveryProblems).toEqual([
      {
        kind: 'bounce',
        bounceType: 'permanent',
        at: '2019-08-12T07:15:02.669Z',
        recipient: 'representative',
        notification: 'receipt',
        feedbackId: 'feedback-1',
      },
    ]);
    expect(stored?.revision).toBe(1);
    expect(JSON.stringify(stored?.deliveryProblems)).not.toContain('@');
  });

  it('are recorded once when the same event comes again', async () => {
    const application = await storedSubmitted();
    expect(await recordDeliveryProblem(storage, report(application.reference))).toBe('recorded');
    expect(await recordDeliveryProblem(storage, report(application.reference))).toBe('already-recorded');
    const complaint = report(application.reference, {
      kind: 'complaint',
      feedbackId: 'feedback-2',
      addresses: ['anna@example.lv'],
    });
    delete complaint.bounceType;
    expect(await recordDeliveryProblem(storage, complaint)).toBe('recorded');
    const stored = await storage.applications.get(application.reference);
    expect(stored?.deliveryProblems?.map((problem) => [problem.kind, problem.recipient])).toEqual([
      ['bounce', 'representative'],
      ['complaint', 'applicant'],
    ]);
    expect(stored?.revision).toBe(2);
  });

  it('are not stored over a staff change made since they were read, and a later staff change keeps them', async () => {
    const application = await storedSubmitted();
    const readBefore = await read(application.reference);
    // A staff change lands between the read and the write of the problems: their write is refused.
    expect(await staffNoteOver(readBefore)).toBe('saved');
    const stale = { ...readBefore, deliveryProblems: [{ ...problemOf('feedback-9') }] };
    expect(await storage.applications.saveDeliveryProblems(stale)).toBe('changed');
    // The use case reads again and stores them.
    expect(await recordDeliveryProblem(storage, report(application.reference))).toBe('recorded');

    // A staff change read before the problems were stored is refused; read again, it keeps them.
    expect(await staffNoteOver({ ...readBefore, revision: 1 })).toBe('changed');
    expect(await staffNoteOver(await read(application.reference))).toBe('saved');
    expect((await storage.applications.get(application.reference))?.deliveryProblems).toHaveLength(1);
  });

  it('answer unknown-reference for an application that is not in the table', async () => {
    expect(await recordDeliveryProblem(storage, report('ZZZZ-2222'))).toBe('unknown-reference');
    expect(
      await storage.applications.saveDeliveryProblems({ ...(await storedSubmitted()), reference: 'ZZZZ-2223' }),
    ).toBe('changed');
  });
});

function problemOf(feedbackId: string) {
  return {
    kind: 'bounce' as const,
    bounceType: 'permanent' as const,
    at: '2019-08-12T07:15:02.669Z',
    recipient: 'applicant' as const,
    feedbackId,
  };
}
