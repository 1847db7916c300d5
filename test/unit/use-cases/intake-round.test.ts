import { describe, expect, it, vi } from 'vitest';
import { windowInstants } from '../../../shared/domain/intake-window.ts';
import { REQUEST_LIFETIME_MS } from '../../../shared/domain/request-lifetime.ts';
import { EARLY_CLOSING_DELAY_MS } from '../../../shared/domain/round-rules.ts';
import { closeIntake } from '../../../shared/use-cases/admin/close-intake.ts';
import { extendIntake } from '../../../shared/use-cases/admin/extend-intake.ts';
import { intakeRound, ROUND_COPY_MS } from '../../../shared/use-cases/intake-round.ts';
import { submitApplication } from '../../../shared/use-cases/submit-application.ts';
import { memoryPorts } from '../../fakes/memory-ports.ts';
import { pilotLikeRound } from '../../fixtures/rounds.ts';
import { DURING_INTAKE, startDraft, uploadDocuments } from './applicant-steps.ts';
import { administrator, portsOf, staffRequest } from './staff-steps.ts';

const ROUND = pilotLikeRound.id;
const at = (ms: number) => new Date(DURING_INTAKE.getTime() + ms);

/** Ports of their own (a warm container of its own) that count the reads of the round. */
function counted() {
  const ports = memoryPorts({ rounds: [pilotLikeRound] });
  const reads = vi.spyOn(ports.rounds, 'get');
  return { ports, reads, admin: portsOf(ports, administrator) };
}

describe('the round an applicant’s request is decided on', () => {
  it('is read once for the requests received within 10 seconds of the one that read it, then read again', async () => {
    const { ports, reads } = counted();
    await intakeRound(ports, ROUND, at(0));
    await intakeRound(ports, ROUND, at(ROUND_COPY_MS - 1));
    expect(reads).toHaveBeenCalledTimes(1);

    await intakeRound(ports, ROUND, at(ROUND_COPY_MS));
    expect(reads).toHaveBeenCalledTimes(2);
    // The copy now dates from the request that read it again.
    await intakeRound(ports, ROUND, at(2 * ROUND_COPY_MS - 1));
    expect(reads).toHaveBeenCalledTimes(2);
  });

  it('is kept for 10 seconds because an early closing leaves that long between being stored and taking effect', () => {
    expect(ROUND_COPY_MS).toBe(10_000);
    expect(ROUND_COPY_MS + REQUEST_LIFETIME_MS).toBe(EARLY_CLOSING_DELAY_MS);
  });

  it('knows of an early closing by the time it takes effect, whenever the closing was stored', async () => {
    // The administrator's request is received at 1 s and, at the latest, stored 20 s later.
    for (const storedAfterMs of [0, 5_000, REQUEST_LIFETIME_MS]) {
      const { ports, admin } = counted();
      const draft = await startDraft(ports);
      uploadDocuments(ports, draft.reference);
      // Requests every second keep the copy as fresh as it gets.
      for (let second = 0; second * 1000 < 1_000 + storedAfterMs; second++)
        await intakeRound(ports, ROUND, at(second * 1000));
      await closeIntake(admin, staffRequest(administrator, 'intake.close', at(1_000)), ROUND);
      for (let second = Math.ceil((1_000 + storedAfterMs) / 1000); second < 31; second++) {
        await intakeRound(ports, ROUND, at(second * 1000));
      }

      const closing = at(1_000 + EARLY_CLOSING_DELAY_MS);
      await expect(submitApplication(ports, { ...draft, receivedAt: closing })).rejects.toMatchObject({
        violations: [{ code: 'INTAKE_CLOSED' }],
      });
    }
  });

  it('is read again when the copy finds intake shut, so an extension stored in the last seconds is not refused', async () => {
    const { ports, reads, admin } = counted();
    const afterLastDay = windowInstants(pilotLikeRound.window).closesAt.getTime();
    const lastMinute = new Date(afterLastDay - 60_000);
    await intakeRound(ports, ROUND, lastMinute);
    await extendIntake(admin, staffRequest(administrator, 'intake.extend', lastMinute), {
      roundId: ROUND,
      request: { lastDay: '2019-08-20' },
    });
    const justAfter = new Date(afterLastDay + 1_000);
    const readsBefore = reads.mock.calls.length;

    const round = await intakeRound(ports, ROUND, justAfter);

    expect(round.window.lastDay).toBe('2019-08-20');
    expect(reads).toHaveBeenCalledTimes(readsBefore + 1);
  });

  it('is not kept while a change of the rules requested before intake opened may still be stored', async () => {
    const { ports, reads } = counted();
    const opensAt = windowInstants(pilotLikeRound.window).opensAt.getTime();
    await intakeRound(ports, ROUND, new Date(opensAt));
    await intakeRound(ports, ROUND, new Date(opensAt + REQUEST_LIFETIME_MS - 1));
    expect(reads).toHaveBeenCalledTimes(2);

    await intakeRound(ports, ROUND, new Date(opensAt + REQUEST_LIFETIME_MS));
    await intakeRound(ports, ROUND, new Date(opensAt + REQUEST_LIFETIME_MS + 1));
    expect(reads).toHaveBeenCalledTimes(3);
  });

  it('is each container’s own: other ports read the round for themselves', async () => {
    const first = counted();
    const second = counted();
    await intakeRound(first.ports, ROUND, at(0));
    await intakeRound(second.ports, ROUND, at(1));
    expect(first.reads).toHaveBeenCalledTimes(1);
    expect(second.reads).toHaveBeenCalledTimes(1);
  });

  it('saves the create and the submission of an application a read each, once a request has read it', async () => {
    const { ports, reads } = counted();
    await intakeRound(ports, ROUND, at(0));
    const draft = await startDraft(ports);
    uploadDocuments(ports, draft.reference);
    await submitApplication(ports, { ...draft, receivedAt: at(5_000) });
    expect(reads).toHaveBeenCalledTimes(1);
  });
});
