import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/schemas/audit.ts';
import { auditEntry, type PortsUnderTest } from './subject.ts';

let dayCount = 0;
/** A UTC day no other test writes entries on, so listing it shows this test's entries only. */
function unusedDay(): string {
  dayCount += 1;
  const day = new Date(Date.UTC(2031, 0, 1) + (dayCount * 97 + Math.floor(Math.random() * 90)) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** What `AuditLog` promises, whichever storage keeps the entries. */
export function auditLogContract(ports: PortsUnderTest): void {
  describe('AuditLog', () => {
    it('keeps the first entry of a request written twice', async () => {
      const first = auditEntry({ reference: 'KDMA-4728', outcome: 'failed', reason: 'SERVICE_BUSY' });
      await ports().audit.append(first);
      await ports().audit.append({ ...first, outcome: 'succeeded', reason: undefined });
      await expect(ports().audit.forApplication('KDMA-4728')).resolves.toEqual([first]);
    });

    it('gives an application’s entries oldest first', async () => {
      const reference = 'KDMA-4736';
      const later = auditEntry({ reference, at: '2019-08-13T09:00:00.000Z' });
      const earlier = auditEntry({ reference, at: '2019-08-12T09:00:00.000Z' });
      await ports().audit.append(later);
      await ports().audit.append(earlier);
      await expect(ports().audit.forApplication(reference)).resolves.toEqual([earlier, later]);
    });

    it('lists the days asked for newest first, filtered, page by page, each entry once', async () => {
      const [older, newer] = [unusedDay(), unusedDay()] as [string, string];
      const entries: AuditEntry[] = [];
      for (const [day, count] of [
        [older, 4],
        [newer, 3],
      ] as const) {
        for (let index = 0; index < count; index++) {
          const at = `${day}T0${index}:00:00.000Z`;
          entries.push(auditEntry({ at, outcome: index === 1 ? 'refused' : 'succeeded' }));
        }
      }
      entries.push(
        auditEntry({ at: `${newer}T08:00:00.000Z`, actor: { subject: 's', username: 'admin', role: 'administrator' } }),
      );
      for (const entry of entries) await ports().audit.append(entry);

      const seen: AuditEntry[] = [];
      let cursor: string | undefined;
      do {
        const page = await ports().audit.list(
          { from: older, to: newer, username: 'bauska', outcome: 'succeeded', cursor },
          2,
        );
        expect(page.entries.length).toBeLessThanOrEqual(2);
        seen.push(...page.entries);
        cursor = page.nextCursor;
      } while (cursor);
      const expected = entries
        .filter((entry) => entry.outcome === 'succeeded' && entry.actor?.username === 'bauska')
        .sort((a, b) => (a.at < b.at ? 1 : -1));
      expect(seen).toEqual(expected);
    });

    it('refuses a cursor of other days than the ones asked for', async () => {
      const [day, other] = [unusedDay(), unusedDay()] as [string, string];
      for (let index = 0; index < 3; index++)
        await ports().audit.append(auditEntry({ at: `${day}T0${index}:00:00.000Z` }));
      const page = await ports().audit.list({ from: day, to: day }, 1);
      expect(page.nextCursor).toBeDefined();
      await expect(ports().audit.list({ from: other, to: other, cursor: page.nextCursor }, 1)).rejects.toMatchObject({
        name: 'RuleViolationError',
      });
    });
  });
}
