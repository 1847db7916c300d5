import { describe, expect, it } from 'vitest';
import type { Ports, StaffPorts } from '../../../shared/ports/index.ts';
import type { AuditEntry } from '../../../shared/schemas/audit.ts';
import { recordWithdrawal } from '../../../shared/use-cases/selection/record-withdrawal.ts';
import { listDuplicates, resolveDuplicates } from '../../../shared/use-cases/staff/duplicates.ts';
import { getStaffApplication } from '../../../shared/use-cases/staff/get-staff-application.ts';
import { addNote } from '../../../shared/use-cases/staff/review-decisions.ts';
import { staffPorts } from '../../../shared/use-cases/staff/staff-ports.ts';
import { pilotLikeRound } from '../../fixtures/rounds.ts';
import {
  administrator,
  bauskaApplication,
  bauskaWorker,
  recordedApplications,
  request,
} from './recorded-applications.ts';

/** The ports a staff use case meets: recorded applications, the pilot-like round, an audit log in an array. */
function portsOf(identity = bauskaWorker) {
  const { repository, writes } = recordedApplications();
  const audit: AuditEntry[] = [];
  const ports = {
    applications: repository,
    rounds: { get: async (roundId: string) => (roundId === pilotLikeRound.id ? pilotLikeRound : undefined) },
    audit: { append: async (entry: AuditEntry) => void audit.push(entry), forApplication: async () => [] },
    selectionRuns: { latest: async () => undefined },
    keyring: { decrypt: () => '161175-19997' },
  } as unknown as Ports;
  return { unscoped: ports, scoped: staffPorts(ports, identity), writes, audit };
}

describe('staff use cases on the scoped ports', () => {
  it("refuse a social worker's change to another municipality's application as not found, storing nothing", async () => {
    const { scoped, writes, audit } = portsOf();

    const note = addNote(scoped, request(bauskaWorker, 'note.add'), { reference: 'JELG-2222', request: { text: 'x' } });
    const withdrawal = recordWithdrawal(scoped, request(bauskaWorker, 'application.withdraw'), {
      reference: 'JELG-2222',
      request: { reason: 'Moved away' },
    });

    for (const refused of [note, withdrawal]) {
      await expect(refused).rejects.toMatchObject({
        code: 'APPLICATION_NOT_FOUND',
        hiddenReason: 'OTHER_MUNICIPALITY',
      });
    }
    expect(writes).toEqual([]);
    expect(audit).toEqual([]);
  });

  it("show a social worker the person's other municipality's application without its details", async () => {
    const { scoped } = portsOf();

    const answer = await listDuplicates(scoped, request(bauskaWorker, 'duplicates.read'), 'BAUS-1111');

    expect(answer.canResolve).toBe(false);
    expect(answer.applications.map((member) => [member.reference, 'details' in member])).toEqual([
      ['BAUS-1111', true],
      ['JELG-2222', false],
    ]);
  });

  it('let a social worker not settle duplicates that reach into another municipality, and an administrator do so', async () => {
    const worker = portsOf(bauskaWorker);
    const admin = portsOf(administrator);
    const input = { reference: 'BAUS-1111', request: { standing: 'BAUS-1111', reason: 'Lives in Bauska' } };

    const refused = resolveDuplicates(worker.scoped, request(bauskaWorker, 'duplicates.resolve'), input);
    const resolved = await resolveDuplicates(admin.scoped, request(administrator, 'duplicates.resolve'), input);

    await expect(refused).rejects.toMatchObject({ code: 'DUPLICATES_SPAN_MUNICIPALITIES' });
    expect(worker.writes).toEqual([]);
    expect(resolved.canResolve).toBe(true);
    expect(admin.writes).toEqual([{ method: 'saveReviewed', references: ['BAUS-1111', 'JELG-2222'] }]);
  });

  it('open an application of the social worker’s own municipality', async () => {
    const { scoped, audit } = portsOf();

    const answer = await getStaffApplication(scoped, request(bauskaWorker, 'application.read'), 'BAUS-1111');

    expect(answer.application.reference).toBe(bauskaApplication.reference);
    expect(audit).toMatchObject([{ reference: 'BAUS-1111', outcome: 'succeeded' }]);
  });
});

describe('the unscoped repository, out of reach of staff use cases', () => {
  it('is no part of the scoped ports: the view holds it privately and has no unscoped read', () => {
    const { unscoped, scoped } = portsOf();

    // Checked by `tsc`: a staff use case does not accept the ports with the whole repository.
    // @ts-expect-error Ports['applications'] is not the scoped view StaffPorts asks for
    const handedUnscoped: Parameters<typeof getStaffApplication>[0] = unscoped;
    // @ts-expect-error the scoped view has no `get` that would skip the municipality rule
    const unscopedRead = scoped.applications.get;
    // @ts-expect-error an application not read through the view cannot be written through it
    const write = () => scoped.applications.saveReviewed([bauskaApplication], {} as AuditEntry);

    expect(handedUnscoped.applications).not.toHaveProperty('open');
    expect(unscopedRead).toBeUndefined();
    expect(write).toBeTypeOf('function');
    // Private fields only: nothing on the view leads back to the repository.
    expect(Reflect.ownKeys(scoped.applications)).toEqual([]);
    expect(Object.values(scoped as StaffPorts)).not.toContain(unscoped.applications);
  });
});
