import { beforeAll, describe, expect, it } from 'vitest';
import { ConflictError, RuleViolationError } from '../../shared/domain/errors.ts';
import { createApplication } from '../../shared/use-cases/create-application.ts';
import { validRequest } from '../fixtures/requests.ts';
import { pilotLikeRound } from '../fixtures/rounds.ts';
import { faultyPortsForFile } from './support/faulty-ports.ts';

const system = faultyPortsForFile();
beforeAll(() => system.ports.rounds.put(pilotLikeRound));

/** The last second of intake (16.08.2019 23:59:59 in Riga) and the first second after it. */
const JUST_BEFORE_CLOSE = new Date('2019-08-16T20:59:59.000Z');
const JUST_AFTER_CLOSE = new Date('2019-08-16T21:00:00.000Z');

const create = (idempotencyKey: string, now: Date, request = validRequest()) =>
  createApplication(system.ports, { roundId: pilotLikeRound.id, request, idempotencyKey, now });

describe('a create retried after intake closed', () => {
  it('gets the answer of its first attempt, made just before closing, and stores nothing more', async () => {
    const first = await create('retry-after-close-1', JUST_BEFORE_CLOSE);
    const before = await system.probe.items();

    const retry = await create('retry-after-close-1', JUST_AFTER_CLOSE);

    expect(retry).toEqual(first);
    expect(await system.probe.items()).toEqual(before);
  });

  it('with the same key and another body is still refused as a reused key', async () => {
    await create('retry-after-close-2', JUST_BEFORE_CLOSE);
    const other = validRequest({ contact: { email: 'other@example.lv', language: 'en' } });

    await expect(create('retry-after-close-2', JUST_AFTER_CLOSE, other)).rejects.toEqual(
      new ConflictError('IDEMPOTENCY_KEY_REUSED'),
    );
  });

  it('with a key never seen before is refused because intake is closed', async () => {
    const refusal = await create('never-seen-before', JUST_AFTER_CLOSE).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(RuleViolationError);
    expect((refusal as RuleViolationError).violations.map((violation) => violation.code)).toEqual(['INTAKE_CLOSED']);
  });
});
