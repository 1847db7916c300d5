import { createHash } from 'node:crypto';
import { ConflictError } from '../domain/errors.ts';
import { newReference } from '../domain/reference.ts';
import type { Ports } from '../ports/index.ts';
import type { CreateApplicationResponse } from '../schemas/api.ts';
import type { Application, CreateApplicationRequest } from '../schemas/application.ts';
import type { Round } from '../schemas/round.ts';
import { draftAnswers } from './draft-answers.ts';
import { loadRound } from './load-round.ts';

export interface CreateApplicationInput {
  roundId: string;
  request: CreateApplicationRequest;
  idempotencyKey: string;
  now: Date;
}

/** Chance of drawing a taken reference is below 10⁻³ even at 100 000 applications; a few draws are plenty. */
const REFERENCE_DRAWS = 5;

/**
 * Starts a draft application. A retry with the same Idempotency-Key gets the first answer again and never
 * makes a second application; the same key with another request is refused.
 */
export async function createApplication(
  ports: Ports,
  input: CreateApplicationInput,
): Promise<CreateApplicationResponse> {
  const round = await loadRound(ports, input.roundId);
  const answers = draftAnswers(round, input.request, ports.keyring, input.now);
  const idempotency = {
    keyHash: sha256(`${round.id}\n${input.idempotencyKey}`),
    requestHash: sha256(JSON.stringify(input.request)),
  };
  for (let draw = 0; draw < REFERENCE_DRAWS; draw++) {
    const reference = newReference(ports.randomInt);
    const draft: Application = {
      reference,
      roundId: round.id,
      status: 'draft',
      channel: 'online',
      createdAt: input.now.toISOString(),
      ...answers,
    };
    const result = await ports.applications.createDraft(draft, { ...idempotency, reference });
    if (result.outcome === 'created') return answer(ports, round, reference);
    if (result.outcome === 'replayed') {
      if (result.record.requestHash !== idempotency.requestHash) throw new ConflictError('IDEMPOTENCY_KEY_REUSED');
      return answer(ports, round, result.record.reference);
    }
  }
  throw new Error(`No free reference number after ${REFERENCE_DRAWS} draws`);
}

function answer(ports: Pick<Ports, 'keyring'>, round: Round, reference: string): CreateApplicationResponse {
  return {
    reference,
    accessCode: ports.keyring.accessCode(reference),
    status: 'draft',
    requiredDocuments: round.requiredDocuments.map((document) => document.type),
  };
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
