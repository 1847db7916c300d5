import { describe, expect, it } from 'vitest';
import { AccessError, RuleViolationError } from '../../../shared/domain/errors.ts';
import type { PaperApplicationRequest } from '../../../shared/schemas/staff-api.ts';
import {
  registerPaperApplication,
  submitPaperApplication,
} from '../../../shared/use-cases/staff/paper-applications.ts';
import { type MemoryPorts, memoryPorts } from '../../fakes/memory-ports.ts';
import { files } from '../../fixtures/personal-codes.ts';
import { validRequest } from '../../fixtures/requests.ts';
import { pilotLikeRound } from '../../fixtures/rounds.ts';
import { administrator, bauskaWorker, portsOf, staffRequest } from './staff-steps.ts';

/** The Monday after the pilot's window closed: paper received in time may still be registered. */
const REGISTERED_AT = new Date('2019-08-19T07:00:00.000Z');

function paperRequest(office: { receivedOn: string; receivedAtTime: string }): PaperApplicationRequest {
  const { municipalityCode: _, ...person } = validRequest().person;
  return { person, contact: { language: 'lv' }, consent: true, office: { ...office, receivedBy: 'Inese Ābola' } };
}

function register(ports: MemoryPorts, request: PaperApplicationRequest, idempotencyKey = 'key-1', at = REGISTERED_AT) {
  return registerPaperApplication(portsOf(ports, bauskaWorker), staffRequest(bauskaWorker, 'paper.register', at), {
    roundId: pilotLikeRound.id,
    request,
    idempotencyKey,
  });
}

describe('registering a paper application', () => {
  it('turns the office clock time in Riga into the instant, summer time included', async () => {
    const ports = memoryPorts({ rounds: [pilotLikeRound] });
    // Received in the window's last minute (EEST, UTC+3).
    const registered = await register(ports, paperRequest({ receivedOn: '2019-08-16', receivedAtTime: '23:59' }));
    expect(registered).toMatchObject({ status: 'draft', receivedAt: '2019-08-16T20:59:00.000Z' });
    await expect(ports.applications.get(registered.reference)).resolves.toMatchObject({
      channel: 'paper',
      person: { municipalityCode: 'LV-016' },
      paper: { receivedBy: 'Inese Ābola', registeredBy: { username: 'bauska' } },
    });
  });

  it.each([
    ['in the future', { receivedOn: '2019-08-19', receivedAtTime: '10:01' }, 'OFFICE_TIME_IN_FUTURE'],
    ['before the window opened', { receivedOn: '2019-07-31', receivedAtTime: '23:59' }, 'INTAKE_NOT_YET_OPEN'],
    ['after the window closed', { receivedOn: '2019-08-17', receivedAtTime: '00:00' }, 'INTAKE_CLOSED'],
  ])('refuses an office time %s, and stores nothing', async (_, office, code) => {
    const ports = memoryPorts({ rounds: [pilotLikeRound] });
    const refused = register(ports, paperRequest(office));
    await expect(refused).rejects.toBeInstanceOf(RuleViolationError);
    await expect(refused).rejects.toMatchObject({ violations: [expect.objectContaining({ code })] });
    expect(ports.applications.all()).toEqual([]);
  });

  it('counts the window’s first minute', async () => {
    const ports = memoryPorts({ rounds: [pilotLikeRound] });
    const registered = await register(ports, paperRequest({ receivedOn: '2019-08-01', receivedAtTime: '00:00' }));
    expect(registered.receivedAt).toBe('2019-07-31T21:00:00.000Z');
  });

  it('answers the same Idempotency-Key with the same reference, stores one application, and audits both requests', async () => {
    const ports = memoryPorts({ rounds: [pilotLikeRound] });
    const request = paperRequest({ receivedOn: '2019-08-05', receivedAtTime: '10:00' });
    const first = await register(ports, request);
    await expect(register(ports, request)).resolves.toEqual(first);
    expect(ports.applications.all()).toHaveLength(1);
    const entries = await ports.audit.forApplication(first.reference);
    expect(entries.map(({ action }) => action)).toEqual(['paper.register', 'paper.register']);
  });

  it('is refused to an administrator, who belongs to no municipality', async () => {
    const ports = memoryPorts({ rounds: [pilotLikeRound] });
    const refused = registerPaperApplication(
      portsOf(ports, administrator),
      staffRequest(administrator, 'paper.register', REGISTERED_AT),
      {
        roundId: pilotLikeRound.id,
        request: paperRequest({ receivedOn: '2019-08-05', receivedAtTime: '10:00' }),
        idempotencyKey: 'k',
      },
    );
    await expect(refused).rejects.toEqual(new AccessError('PAPER_NEEDS_SOCIAL_WORKER'));
    expect(ports.applications.all()).toEqual([]);
  });
});

describe('submitting a paper application', () => {
  it('is refused until every scan has arrived, naming each missing one, and submits nothing', async () => {
    const ports = memoryPorts({ rounds: [pilotLikeRound] });
    const { reference } = await register(ports, paperRequest({ receivedOn: '2019-08-05', receivedAtTime: '10:00' }));
    const submit = () =>
      submitPaperApplication(portsOf(ports, bauskaWorker), staffRequest(bauskaWorker, 'paper.submit'), reference);

    await expect(submit()).rejects.toMatchObject({
      violations: [
        { code: 'DOCUMENT_MISSING', field: 'documents.application-form' },
        { code: 'DOCUMENT_MISSING', field: 'documents.disability-proof' },
      ],
    });
    ports.documents.upload({ roundId: pilotLikeRound.id, reference, type: 'application-form' }, files.pdf());
    await expect(submit()).rejects.toMatchObject({
      violations: [{ code: 'DOCUMENT_MISSING', field: 'documents.disability-proof' }],
    });
    await expect(ports.applications.get(reference)).resolves.toMatchObject({ status: 'draft' });

    ports.documents.upload({ roundId: pilotLikeRound.id, reference, type: 'disability-proof' }, files.png());
    const submitted = await submit();
    // Its place in the first-come order is the office's receipt time, not the time it was submitted.
    expect(submitted.application).toMatchObject({ status: 'submitted', receivedAt: '2019-08-05T07:00:00.000Z' });
    expect(submitted.history.map(({ action }) => action)).toEqual([
      'received-at-office',
      'created',
      'paper.register',
      'paper.submit',
    ]);
  });
});
