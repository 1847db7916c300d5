import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/schemas/audit.ts';
import type { ServiceYear } from '../../../shared/schemas/service-year.ts';
import { utcDays } from '../../helpers/audit-span.ts';
import { auditEntry, nextRoundId, type PortsUnderTest, type StoragePorts } from './subject.ts';

/** A year of services of a round no other test uses, as an administrator first sets it. */
function newServiceYear(): ServiceYear {
  return {
    roundId: nextRoundId(),
    budget: { amountCents: 300_000, byNeedLevel: { high: 450_000 } },
    months: 12,
    offerPlaceOnEarlyEnd: true,
    catalogue: [
      { id: 'day-centre', name: { lv: 'Dienas centrs', en: 'Day centre' }, unit: 'day', unitPriceCents: 1_500 },
    ],
    providers: [
      {
        id: 'saules-centrs',
        municipalityCode: 'LV-016',
        name: 'Biedrība "Saules centrs"',
        registrationNumber: 'SP-0142',
        services: [{ serviceId: 'day-centre', unitPriceCents: 1_400 }],
      },
    ],
    revision: 0,
    updatedAt: '2019-09-01T08:00:00.000Z',
    updatedBy: { subject: 'sub-admin', username: 'admin', displayName: 'Administrators' },
  };
}

/** The audit entry of an administrator's request about the round, on a day only this suite writes to. */
function changeOf(roundId: string): AuditEntry {
  return auditEntry({
    action: 'round.save',
    roundId,
    at: '2019-09-01T08:00:00.000Z',
    actor: { subject: 'sub-admin', username: `admin-of-${roundId}`, role: 'administrator' },
  });
}

/** The entries the changes of one round's test wrote: the actor names the round. */
async function entriesAbout(ports: StoragePorts, roundId: string): Promise<AuditEntry[]> {
  const day = '2019-09-01';
  return (await ports.audit.list({ ...utcDays(day), username: `admin-of-${roundId}` }, 10)).entries;
}

/** What `ServiceYearRepository` promises, whichever storage keeps the years of services. */
export function serviceYearsContract(ports: PortsUnderTest): void {
  describe('ServiceYearRepository', () => {
    it('stores a new year of services with revision 1 and its audit entry, and reads it back', async () => {
      const year = newServiceYear();
      await expect(ports().serviceYears.get(year.roundId)).resolves.toBeUndefined();
      const entry = changeOf(year.roundId);
      await expect(ports().serviceYears.saveChange(year, { isNew: true, audit: entry })).resolves.toEqual({
        ...year,
        revision: 1,
      });
      await expect(ports().serviceYears.get(year.roundId)).resolves.toEqual({ ...year, revision: 1 });
      await expect(entriesAbout(ports(), year.roundId)).resolves.toEqual([entry]);
    });

    it('never stores a new year of services over an existing one, nor its audit entry', async () => {
      const year = newServiceYear();
      const entry = changeOf(year.roundId);
      await ports().serviceYears.saveChange(year, { isNew: true, audit: entry });
      const again = { ...year, months: 6 };
      await expect(
        ports().serviceYears.saveChange(again, { isNew: true, audit: changeOf(year.roundId) }),
      ).resolves.toBeUndefined();
      await expect(ports().serviceYears.get(year.roundId)).resolves.toEqual({ ...year, revision: 1 });
      await expect(entriesAbout(ports(), year.roundId)).resolves.toEqual([entry]);
    });

    it('stores a change only over the revision it read', async () => {
      const year = newServiceYear();
      await ports().serviceYears.saveChange(year, { isNew: true, audit: changeOf(year.roundId) });
      const read = (await ports().serviceYears.get(year.roundId)) as ServiceYear;
      const longer = { ...read, months: 18 };
      await expect(
        ports().serviceYears.saveChange(longer, { isNew: false, audit: changeOf(year.roundId) }),
      ).resolves.toEqual({ ...longer, revision: 2 });
      const late = { ...read, budget: { amountCents: 100 } };
      await expect(
        ports().serviceYears.saveChange(late, { isNew: false, audit: changeOf(year.roundId) }),
      ).resolves.toBeUndefined();
      await expect(ports().serviceYears.get(year.roundId)).resolves.toEqual({ ...longer, revision: 2 });
      await expect(entriesAbout(ports(), year.roundId)).resolves.toHaveLength(2);
    });

    it('refuses a change of a year of services that was never stored', async () => {
      const year = newServiceYear();
      await expect(
        ports().serviceYears.saveChange(year, { isNew: false, audit: changeOf(year.roundId) }),
      ).resolves.toBeUndefined();
      await expect(ports().serviceYears.get(year.roundId)).resolves.toBeUndefined();
      await expect(entriesAbout(ports(), year.roundId)).resolves.toEqual([]);
    });

    it('stores nothing of a change whose request has its audit entry already', async () => {
      const year = newServiceYear();
      const entry = changeOf(year.roundId);
      await ports().audit.append(entry);
      await expect(ports().serviceYears.saveChange(year, { isNew: true, audit: entry })).rejects.toMatchObject({
        name: 'TransactionCanceledException',
      });
      await expect(ports().serviceYears.get(year.roundId)).resolves.toBeUndefined();
    });
  });
}
