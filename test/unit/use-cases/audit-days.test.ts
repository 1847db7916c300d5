import { describe, expect, it } from 'vitest';
import { localDateTime } from '../../../shared/domain/riga-time.ts';
import type { AuditEntry } from '../../../shared/schemas/audit.ts';
import { listAuditEntries } from '../../../shared/use-cases/staff/list-audit-entries.ts';
import { memoryPorts } from '../../fakes/memory-ports.ts';
import { administrator, portsOf, staffRequest } from './staff-steps.ts';

let entries = 0;

/** An entry of a staff request at `at`, as the log keeps it. */
function entryAt(at: string): AuditEntry {
  entries += 1;
  return {
    id: `request-at-${entries}`,
    at,
    actor: { subject: 'sub-bauska', username: 'bauska', role: 'social-worker', municipalityCode: 'LV-016' },
    action: 'application.read',
    outcome: 'succeeded',
  };
}

/** The instants of the entries the audit page lists for the Riga days `from`–`to`, oldest first. */
async function listed(instants: string[], from: string, to = from): Promise<string[]> {
  const ports = memoryPorts();
  for (const at of instants) await ports.audit.append(entryAt(at));
  const page = await listAuditEntries(portsOf(ports, administrator), staffRequest(administrator, 'audit.read'), {
    from,
    to,
    action: 'application.read',
  });
  return page.entries.map((entry) => entry.at).reverse();
}

describe('the audit log filtered by Riga days', () => {
  it('in summer time (UTC+3) holds 00:00 to 23:59:59.999 Riga time of the day, and nothing of the days around it', async () => {
    const day = [
      '2019-07-31T21:00:00.000Z', // 01.08.2019 00:00:00 in Riga
      '2019-08-01T08:30:00.000Z',
      '2019-08-01T20:59:59.999Z', // 01.08.2019 23:59:59.999
    ];
    const around = ['2019-07-31T20:59:59.999Z', '2019-08-01T21:00:00.000Z'];

    expect(await listed([...around, ...day], '2019-08-01')).toEqual(day);
  });

  it('in winter time (UTC+2) starts and ends an hour later in UTC', async () => {
    const day = ['2019-11-30T22:00:00.000Z', '2019-12-01T21:59:59.999Z'];
    const around = ['2019-11-30T21:59:59.999Z', '2019-12-01T22:00:00.000Z'];

    expect(await listed([...around, ...day], '2019-12-01')).toEqual(day);
  });

  it('holds all 25 hours of the day summer time ends, and the 23 of the day it begins', async () => {
    // 27.10.2019: 03:00 summer time becomes 02:00 winter time, so 02:30 comes twice.
    const autumn = [
      '2019-10-26T21:00:00.000Z',
      '2019-10-26T23:30:00.000Z', // 02:30, summer time
      '2019-10-27T00:30:00.000Z', // 02:30 again, winter time
      '2019-10-27T21:59:59.999Z',
    ];
    const aroundAutumn = ['2019-10-26T20:59:59.999Z', '2019-10-27T22:00:00.000Z'];
    expect(await listed([...aroundAutumn, ...autumn], '2019-10-27')).toEqual(autumn);

    // 31.03.2019: 03:00 winter time becomes 04:00 summer time.
    const spring = [
      '2019-03-30T22:00:00.000Z',
      '2019-03-31T00:59:59.999Z',
      '2019-03-31T01:00:00.000Z',
      '2019-03-31T20:59:59.999Z',
    ];
    const aroundSpring = ['2019-03-30T21:59:59.999Z', '2019-03-31T21:00:00.000Z'];
    expect(await listed([...aroundSpring, ...spring], '2019-03-31')).toEqual(spring);
  });

  it('lists exactly the entries the page shows with the days of the filter, over days of both times', async () => {
    const instants = Array.from({ length: 24 * 8 }, (_, hour) =>
      new Date(Date.parse('2019-10-24T18:30:00.000Z') + hour * 3_600_000).toISOString(),
    );

    const shown = await listed(instants, '2019-10-26', '2019-10-28');

    const days = new Set(shown.map((at) => localDateTime(at).date));
    expect([...days]).toEqual(['26.10.2019', '27.10.2019', '28.10.2019']);
    const expected = instants.filter((at) =>
      ['26.10.2019', '27.10.2019', '28.10.2019'].includes(localDateTime(at).date),
    );
    expect(shown).toEqual(expected);
    // Three days, one of them 25 hours long.
    expect(shown).toHaveLength(73);
  });
});
