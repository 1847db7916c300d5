import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/domain/riga-time.ts';
import type { AuditEntry } from '../../../shared/schemas/audit.ts';
import { utcDays } from '../../helpers/audit-span.ts';
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
          { ...utcDays(older, newer), username: 'bauska', outcome: 'succeeded', cursor },
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

    it('lists only the span asked for, to the millisecond at both ends, across the UTC days it touches', async () => {
      const day = unusedDay();
      const next = addDays(day, 1);
      const at = (instant: string) => auditEntry({ at: instant });
      const before = [at(`${day}T20:59:59.999Z`), at(`${day}T20:59:59Z`)];
      const inside = [
        at(`${day}T21:00:00.000Z`),
        at(`${day}T21:00:00Z`),
        at(`${day}T23:59:59.999Z`),
        at(`${next}T00:00:00.000Z`),
        at(`${next}T20:59:59.999Z`),
      ];
      const after = [at(`${next}T21:00:00.000Z`), at(`${next}T21:00:00Z`), at(`${next}T21:00:00.001Z`)];
      for (const entry of [...before, ...inside, ...after]) await ports().audit.append(entry);

      const page = await ports().audit.list({ since: `${day}T21:00:00.000Z`, until: `${next}T21:00:00.000Z` }, 20);
      expect(page.entries.map((entry) => entry.at).sort()).toEqual(inside.map((entry) => entry.at).sort());
      expect(page.entries.map((entry) => Date.parse(entry.at))).toEqual(
        page.entries.map((entry) => Date.parse(entry.at)).sort((a, b) => b - a),
      );
      expect(page.nextCursor).toBeUndefined();
    });

    it('refuses a cursor of other days than the ones asked for', async () => {
      const [day, other] = [unusedDay(), unusedDay()] as [string, string];
      for (let index = 0; index < 3; index++)
        await ports().audit.append(auditEntry({ at: `${day}T0${index}:00:00.000Z` }));
      const page = await ports().audit.list(utcDays(day), 1);
      expect(page.nextCursor).toBeDefined();
      await expect(ports().audit.list({ ...utcDays(other), cursor: page.nextCursor }, 1)).rejects.toMatchObject({
        name: 'RuleViolationError',
      });
    });
  });
}
