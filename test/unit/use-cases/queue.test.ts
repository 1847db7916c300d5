import { describe, expect, it } from 'vitest';
import { AccessError } from '../../../shared/domain/errors.ts';
import type { QueueItem, QueueQuery } from '../../../shared/schemas/staff-api.ts';
import { exportQueue } from '../../../shared/use-cases/staff/export-queue.ts';
import { listQueue } from '../../../shared/use-cases/staff/list-queue.ts';
import { checkDocuments, decideEligibility, recordScores } from '../../../shared/use-cases/staff/review-decisions.ts';
import { type MemoryPorts, memoryPorts } from '../../fakes/memory-ports.ts';
import { utcDays } from '../../helpers/audit-span.ts';
import { administrator, bauskaWorker, portsOf, scoredRound, staffRequest, submitted } from './staff-steps.ts';

const ROUND = scoredRound.id;

async function score(ports: MemoryPorts, reference: string, supportNeed: number) {
  const worker = portsOf(ports, bauskaWorker);
  await recordScores(worker, staffRequest(bauskaWorker, 'scores.record'), {
    reference,
    request: {
      points: { 'support-need': supportNeed, 'no-other-services': 0, 'lives-alone': 0 },
      justification: 'Vērtēts.',
    },
  });
}

const queue = (ports: MemoryPorts, query: QueueQuery = {}, who = bauskaWorker) =>
  listQueue(portsOf(ports, who), staffRequest(who, 'queue.read'), { roundId: ROUND, query });

/** Four Bauska applications in order of receipt; the second and fourth scored 5, the third 7. */
async function scoredQueue() {
  const ports = memoryPorts({ rounds: [scoredRound] });
  const references: string[] = [];
  for (let index = 0; index < 4; index++) references.push(await submitted(ports));
  await submitted(ports, { municipalityCode: 'LV-JEL' });
  const [, second, third, fourth] = references as [string, string, string, string];
  await score(ports, second, 5);
  await score(ports, third, 7);
  await score(ports, fourth, 5);
  return { ports, references };
}

describe('the queue', () => {
  it('puts a higher total first and orders equal totals by receipt time', async () => {
    const { ports, references } = await scoredQueue();
    const [first, second, third, fourth] = references;
    const { items, total } = await queue(ports);
    expect(items.map(({ reference, position }) => ({ reference, position }))).toEqual([
      { reference: third, position: 1 },
      { reference: second, position: 2 },
      { reference: fourth, position: 3 },
      { reference: first, position: 4 },
    ]);
    expect(total).toBe(4);
  });

  it('filters by state while the counts still count every state', async () => {
    const { ports, references } = await scoredQueue();
    const worker = portsOf(ports, bauskaWorker);
    const [first, second] = references as [string, string];
    await checkDocuments(worker, staffRequest(bauskaWorker, 'documents.check'), {
      reference: first,
      request: { verified: true },
    });
    await decideEligibility(worker, staffRequest(bauskaWorker, 'eligibility.decide'), {
      reference: first,
      request: { decision: 'eligible' },
    });
    await decideEligibility(worker, staffRequest(bauskaWorker, 'eligibility.decide'), {
      reference: second,
      request: { decision: 'not-eligible', reason: 'disability-group-not-eligible' },
    });

    const eligible = await queue(ports, { state: 'eligible' });
    expect(eligible.items.map(({ reference }) => reference)).toEqual([first]);
    // A filtered list numbers its own rows.
    expect(eligible.items[0]?.position).toBe(1);
    expect(eligible.counts).toMatchObject({ eligible: 1, 'not-eligible': 1, 'to-review': 2 });
    expect(eligible.total).toBe(4);
  });

  it('pages with a cursor without repeating or skipping, even when one is scored between two pages', async () => {
    const { ports, references } = await scoredQueue();
    const firstPage = await queue(ports, { limit: 2 });
    const second = firstPage.items[1] as QueueItem;
    // Where the page ended is the browser's to keep, not to read: the last row's reference and name are hidden.
    for (const shown of [second.reference, second.lastName, second.firstName]) {
      expect(firstPage.nextCursor).not.toContain(shown);
    }
    // The last of the queue moves to the top between the pages: the second page still holds the rest.
    await score(ports, references[0] as string, 10);
    const secondPage = await queue(ports, { limit: 2, cursor: firstPage.nextCursor });
    const seen = [...firstPage.items, ...secondPage.items].map(({ reference }) => reference);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((reference) => reference !== references[0])).toHaveLength(3);
    expect(secondPage.nextCursor).toBeUndefined();
    expect(secondPage.items.map(({ position }) => position)).toEqual([3]);
  });

  it('refuses a cursor it did not hand out', async () => {
    const { ports } = await scoredQueue();
    await expect(queue(ports, { cursor: 'ZZZZ-9999' })).rejects.toMatchObject({
      violations: [{ code: 'CURSOR_INVALID', field: 'cursor' }],
    });
  });

  it('is the social worker’s own municipality’s, and an administrator names one of the round', async () => {
    const { ports } = await scoredQueue();
    await expect(queue(ports, { municipality: 'LV-JEL' })).rejects.toEqual(
      new AccessError('MUNICIPALITY_FILTER_FORBIDDEN'),
    );
    await expect(queue(ports, {}, administrator)).rejects.toMatchObject({
      violations: [{ code: 'MUNICIPALITY_NOT_IN_ROUND', field: 'municipality' }],
    });
    await expect(queue(ports, { municipality: 'LV-JEL' }, administrator)).resolves.toMatchObject({ total: 1 });
  });
});

describe('the export', () => {
  const exportAs = (ports: MemoryPorts, sensitive?: 'true') =>
    exportQueue(portsOf(ports, bauskaWorker), staffRequest(bauskaWorker, 'queue.export'), {
      roundId: ROUND,
      query: sensitive ? { sensitive } : {},
    });

  it('leaves out personal codes and names unless sensitive columns are asked for, and audits which it was', async () => {
    const { ports } = await scoredQueue();
    const plain = await exportAs(ports);
    expect(plain.fileName).toBe(`${ROUND}-LV-016-2019-08-20.csv`);
    expect(plain.csv).not.toMatch(/Anna|Bērziņa|\d{6}-\d{5}/);
    expect(plain.csv.trim().split('\n')).toHaveLength(5);

    const sensitive = await exportAs(ports, 'true');
    expect(sensitive.fileName).toBe(`${ROUND}-LV-016-2019-08-20-sensitive.csv`);
    expect(sensitive.csv).toMatch(/Anna/);
    expect(sensitive.csv).toMatch(/\d{6}-\d{5}/);
    const { entries } = await ports.audit.list({ ...utcDays('2019-08-20'), action: 'queue.export' }, 10);
    expect(entries).toHaveLength(2);
    expect(entries.filter(({ reason }) => reason === 'SENSITIVE_COLUMNS')).toHaveLength(1);
  });
});
