import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError, RuleViolationError } from '../../../shared/domain/errors.ts';
import { draftReferences } from '../../../shared/domain/reference.ts';
import { createApplication } from '../../../shared/use-cases/create-application.ts';
import { memoryPorts } from '../../fakes/memory-ports.ts';
import { validRequest } from '../../fixtures/requests.ts';
import { pilotLikeRound } from '../../fixtures/rounds.ts';
import { draftApplication } from '../../fixtures/stored-applications.ts';
import { AFTER_INTAKE, DURING_INTAKE } from './applicant-steps.ts';

const create = (
  ports: ReturnType<typeof memoryPorts>,
  changes: Partial<Parameters<typeof createApplication>[1]> = {},
) =>
  createApplication(ports, {
    roundId: pilotLikeRound.id,
    request: validRequest(),
    idempotencyKey: 'key-1',
    now: DURING_INTAKE,
    ...changes,
  });

describe('creating an application', () => {
  it('stores a draft whose personal code is kept only encrypted and hashed, and answers with its access code', async () => {
    const ports = memoryPorts({ rounds: [pilotLikeRound] });
    const answer = await create(ports);
    expect(answer).toEqual({
      reference: answer.reference,
      accessCode: ports.keyring.accessCode(answer.reference),
      status: 'draft',
      requiredDocuments: ['application-form', 'disability-proof'],
    });
    const [stored] = ports.applications.all();
    expect(stored).toMatchObject({ reference: answer.reference, status: 'draft', channel: 'online' });
    expect(stored?.createdAt).toBe(DURING_INTAKE.toISOString());
    expect(JSON.stringify(stored)).not.toContain(validRequest().person.personalCode);
    expect(ports.keyring.decrypt(stored?.personalCode.encrypted as string)).toBe('16117519997');
  });

  it('answers a retry with the same key with the first draft, and stores one', async () => {
    const ports = memoryPorts({ rounds: [pilotLikeRound] });
    const first = await create(ports);
    await expect(create(ports)).resolves.toEqual(first);
    expect(ports.applications.all()).toHaveLength(1);
  });

  it('answers a retry the same after intake closed, and refuses a new key then', async () => {
    const ports = memoryPorts({ rounds: [pilotLikeRound] });
    const first = await create(ports);
    await expect(create(ports, { now: AFTER_INTAKE })).resolves.toEqual(first);
    const refused = create(ports, { idempotencyKey: 'key-2', now: AFTER_INTAKE });
    await expect(refused).rejects.toBeInstanceOf(RuleViolationError);
    await expect(refused).rejects.toMatchObject({ violations: [{ code: 'INTAKE_CLOSED' }] });
    expect(ports.applications.all()).toHaveLength(1);
  });

  it('refuses the same key with another request, and stores nothing more', async () => {
    const ports = memoryPorts({ rounds: [pilotLikeRound] });
    await create(ports);
    const other = validRequest({ contact: { email: 'cits@example.lv', language: 'en' } });
    await expect(create(ports, { request: other })).rejects.toEqual(new ConflictError('IDEMPOTENCY_KEY_REUSED'));
    expect(ports.applications.all()).toHaveLength(1);
  });

  it('takes the key’s next reference when its first is taken, and a retry finds the draft there', async () => {
    const ports = memoryPorts({ rounds: [pilotLikeRound] });
    const keyHash = createHash('sha256').update(`${pilotLikeRound.id}\nkey-1`).digest('hex');
    const [taken, next] = draftReferences(keyHash) as [string, string];
    const other = { ...draftApplication(), reference: taken };
    await ports.applications.createDraft(other, { keyHash: 'f'.repeat(64), requestHash: 'other', reference: taken });

    const first = await create(ports);
    expect(first.reference).toBe(next);
    await expect(create(ports)).resolves.toEqual(first);
    expect(ports.applications.all().map(({ reference }) => reference)).toEqual([taken, next]);
  });

  it('refuses an unknown round', async () => {
    const ports = memoryPorts({ rounds: [pilotLikeRound] });
    await expect(create(ports, { roundId: 'no-such-round' })).rejects.toBeInstanceOf(NotFoundError);
  });
});
