import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../../shared/domain/errors.ts';
import { getDashboard } from '../../../shared/use-cases/selection/get-dashboard.ts';
import { getProtocol } from '../../../shared/use-cases/selection/get-protocol.ts';
import { runSelection } from '../../../shared/use-cases/selection/run-selection.ts';
import { listAuditEntries } from '../../../shared/use-cases/staff/list-audit-entries.ts';
import { checkDocuments, decideEligibility } from '../../../shared/use-cases/staff/review-decisions.ts';
import { type MemoryPorts, memoryPorts } from '../../fakes/memory-ports.ts';
import { utcDays } from '../../helpers/audit-span.ts';
import { administrator, bauskaWorker, portsOf, scoredRound, staffRequest, submitted } from './staff-steps.ts';

const ROUND = scoredRound.id;

/** Two Bauska applications, one decided not eligible, and one in Jelgava decided the same. */
async function decidedRound(): Promise<MemoryPorts> {
  const ports = memoryPorts({ rounds: [scoredRound] });
  for (const municipalityCode of ['LV-016', 'LV-016', 'LV-JEL']) {
    const reference = await submitted(ports, { municipalityCode });
    const identity = municipalityCode === 'LV-016' ? bauskaWorker : administrator;
    await checkDocuments(portsOf(ports, identity), staffRequest(identity, 'documents.check'), {
      reference,
      request: { verified: false, note: 'Nav derīga.' },
    });
    await decideEligibility(portsOf(ports, identity), staffRequest(identity, 'eligibility.decide'), {
      reference,
      request: { decision: 'not-eligible', reason: 'documents-invalid' },
    });
  }
  return ports;
}

describe('the round overview', () => {
  it('counts each municipality’s applications by state, with the latest run’s numbers once there is one', async () => {
    const ports = await decidedRound();
    const admin = portsOf(ports, administrator);
    const before = await getDashboard(admin, staffRequest(administrator, 'dashboard.read'), ROUND);
    expect(
      before.municipalities.map(({ code, total, counts }) => ({ code, total, notEligible: counts['not-eligible'] })),
    ).toEqual([
      { code: 'LV-016', total: 2, notEligible: 2 },
      { code: 'LV-JEL', total: 1, notEligible: 1 },
    ]);
    expect(before.latestRun).toBeUndefined();

    await runSelection(admin, staffRequest(administrator, 'selection.run'), ROUND);
    const after = await getDashboard(admin, staffRequest(administrator, 'dashboard.read'), ROUND);
    expect(after.municipalities[0]?.selection).toEqual({ selected: 0, waitlisted: 0, excluded: 2 });
    expect(after.latestRun?.status).toBe('computed');
  });
});

describe('the protocol', () => {
  it('is there once the selection ran, for the social worker’s own municipality', async () => {
    const ports = await decidedRound();
    const worker = portsOf(ports, bauskaWorker);
    const protocol = () =>
      getProtocol(worker, staffRequest(bauskaWorker, 'protocol.read'), { roundId: ROUND, contacts: true });
    await expect(protocol()).rejects.toEqual(new NotFoundError('SELECTION_NOT_RUN'));

    await runSelection(portsOf(ports, administrator), staffRequest(administrator, 'selection.run'), ROUND);
    const { municipality, rows } = await protocol();
    expect(municipality.code).toBe('LV-016');
    expect(rows.map(({ decision, reason, rank }) => ({ decision, reason, rank }))).toEqual([
      { decision: 'not-selected', reason: 'not-eligible', rank: null },
      { decision: 'not-selected', reason: 'not-eligible', rank: null },
    ]);
  });
});

describe('the audit log for administrators', () => {
  it('is read by at most 92 days, and its reading is itself audited', async () => {
    const ports = await decidedRound();
    const admin = portsOf(ports, administrator);
    const read = (from: string, to: string) =>
      listAuditEntries(admin, staffRequest(administrator, 'audit.read'), { from, to, action: 'eligibility.decide' });

    await expect(read('2019-05-20', '2019-08-20')).rejects.toMatchObject({
      violations: [{ code: 'AUDIT_RANGE_INVALID', field: 'from' }],
    });
    await expect(read('2019-08-21', '2019-08-20')).rejects.toMatchObject({
      violations: [{ code: 'AUDIT_RANGE_INVALID' }],
    });
    const page = await read('2019-05-21', '2019-08-20');
    expect(page.entries).toHaveLength(3);
    const reads = await ports.audit.list({ ...utcDays('2019-08-20'), action: 'audit.read' }, 10);
    expect(reads.entries).toHaveLength(1);
  });
});
