import { describe, expect, it } from 'vitest';
import { RuleViolationError } from '../../shared/domain/errors.ts';
import type { Application } from '../../shared/schemas/application.ts';
import type { AuditEntry } from '../../shared/schemas/audit.ts';
import { asSubmitted, draftApplication, nextReference } from '../fixtures/stored-applications.ts';
import { utcDays } from '../helpers/audit-span.ts';
import { auditedStorageForFile, staffEntry } from './support/audited-storage.ts';

const storage = auditedStorageForFile();

const by = { subject: 's-1', username: 'bauska', displayName: 'Bauska' };

let people = 100;
async function storedSubmitted(municipalityCode = 'LV-016', receivedAt = '2019-08-05T08:00:00.000Z') {
  people += 1;
  const draft = draftApplication({ municipalityCode, person: people });
  await storage.applications.createDraft(draft, {
    keyHash: `k-${draft.reference}`,
    requestHash: 'r',
    reference: draft.reference,
  });
  const submitted = await storage.applications.submit(asSubmitted(draft, receivedAt));
  if (!submitted) throw new Error('not submitted');
  return (await storage.applications.get(submitted.reference)) as Application;
}

const scored = (application: Application, total: number): Application => ({
  ...application,
  review: { scores: { points: { need: total }, total, justification: 'j', by, at: '2019-08-20T08:00:00.000Z' } },
});

describe('staff changes', () => {
  it('store the change and its audit entry together, and count the revision', async () => {
    const application = await storedSubmitted();
    const change = staffEntry({ reference: application.reference });
    expect(await storage.applications.saveReviewed([scored(application, 7)], change)).toBe('saved');
    const stored = await storage.applications.get(application.reference);
    expect(stored?.revision).toBe(1);
    expect(stored?.review?.scores?.total).toBe(7);
    expect(await storage.audit.forApplication(application.reference)).toEqual([change]);
  });

  it('refuse a change made on a stale copy and write no audit entry for it', async () => {
    const application = await storedSubmitted();
    expect(await storage.applications.saveReviewed([scored(application, 3)], staffEntry())).toBe('saved');
    const lost = staffEntry({ reference: application.reference, id: 'stale-writer' });
    expect(await storage.applications.saveReviewed([scored(application, 9)], lost)).toBe('changed');
    expect((await storage.applications.get(application.reference))?.review?.scores?.total).toBe(3);
    expect((await storage.audit.forApplication(application.reference)).map((kept) => kept.id)).not.toContain(
      'stale-writer',
    );
  });

  it('never touch a draft', async () => {
    const draft = draftApplication();
    await storage.applications.createDraft(draft, {
      keyHash: `k-${draft.reference}`,
      requestHash: 'r',
      reference: draft.reference,
    });
    expect(await storage.applications.saveReviewed([scored(draft, 1)], staffEntry())).toBe('changed');
  });

  it('reorder the queue by total score, then receipt time', async () => {
    const municipality = 'LV-088';
    const early = await storedSubmitted(municipality, '2019-08-02T08:00:00.000Z');
    const late = await storedSubmitted(municipality, '2019-08-03T08:00:00.000Z');
    const latest = await storedSubmitted(municipality, '2019-08-04T08:00:00.000Z');
    expect(await storage.applications.saveReviewed([scored(latest, 5)], staffEntry())).toBe('saved');
    const order = (await storage.applications.queue('pilot-2019', municipality)).map(
      (application) => application.reference,
    );
    expect(order).toEqual([latest.reference, early.reference, late.reference]);
  });
});

describe('the audit log', () => {
  it('never overwrites an entry: a request that appends again (a resend whose answer was lost) keeps its first', async () => {
    const first = staffEntry({ reference: nextReference() });
    await storage.audit.append(first);
    await storage.audit.append(first);
    await storage.audit.append({ ...first, outcome: 'failed', reason: 'SERVICE_BUSY' });
    expect(await storage.audit.forApplication(first.reference as string)).toEqual([first]);
  });

  it('lists days newest first, filters, and pages without repeating or skipping', async () => {
    const username = 'paging-admin';
    const made = ['2019-09-01', '2019-09-02', '2019-09-03'].flatMap((day, index) =>
      [0, 1].map((n) =>
        staffEntry({
          at: `${day}T0${n}:00:00.000Z`,
          actor: { subject: 'a', username, role: 'administrator' },
          outcome: index === 1 && n === 1 ? 'refused' : 'succeeded',
        }),
      ),
    );
    for (const one of made) await storage.audit.append(one);
    const seen: AuditEntry[] = [];
    let cursor: string | undefined;
    do {
      const page = await storage.audit.list(
        { ...utcDays('2019-09-01', '2019-09-03'), username, ...(cursor && { cursor }) },
        4,
      );
      seen.push(...page.entries);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.map((one) => one.id)).toEqual([...made].reverse().map((one) => one.id));
    const refused = await storage.audit.list(
      { ...utcDays('2019-09-01', '2019-09-03'), username, outcome: 'refused' },
      10,
    );
    expect(refused.entries.map((one) => one.id)).toEqual([made[3]?.id]);
  });

  it('refuses a cursor it did not make', async () => {
    await expect(
      storage.audit.list({ ...utcDays('2019-09-01', '2019-09-03'), cursor: 'not-a-cursor' }, 10),
    ).rejects.toThrow(RuleViolationError);
  });
});
