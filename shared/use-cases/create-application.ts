import { documentsNeeded } from '../domain/document-requirements.ts';
import { draftExpiresAt } from '../domain/draft-expiry.ts';
import { RuleViolationError } from '../domain/errors.ts';
import type { Ports } from '../ports/index.ts';
import type { CreateApplicationResponse } from '../schemas/api.ts';
import type { CreateApplicationRequest } from '../schemas/application.ts';
import { draftAnswers } from './draft-answers.ts';
import { intakeRound } from './intake-round.ts';
import { storedDraftOf, storeNewDraft } from './store-new-draft.ts';

export interface CreateApplicationInput {
  roundId: string;
  request: CreateApplicationRequest;
  idempotencyKey: string;
  now: Date;
}

/**
 * Starts a draft application. A retry with the same Idempotency-Key gets the first answer again and never
 * makes a second application, even once intake has closed since the first attempt; the same key with another
 * request is refused.
 */
export async function createApplication(
  ports: Ports,
  input: CreateApplicationInput,
): Promise<CreateApplicationResponse> {
  const round = await intakeRound(ports, input.roundId, input.now);
  // The scope of an online key is the round alone, as it always was: stored keys keep matching.
  const idempotencyScope = `${round.id}\n${input.idempotencyKey}`;
  const answer = (reference: string): CreateApplicationResponse => ({
    reference,
    accessCode: ports.keyring.accessCode(reference),
    status: 'draft',
    requiredDocuments: documentsNeeded(round, { channel: 'online', representative: input.request.representative }).map(
      ({ type }) => type,
    ),
  });
  let answers: ReturnType<typeof draftAnswers>;
  try {
    answers = draftAnswers(round, input.request, ports.keyring, input.now);
  } catch (error) {
    // A refusal costs one more read, only when refused: a stored answer beats the clock.
    const stored =
      error instanceof RuleViolationError && (await storedDraftOf(ports, { idempotencyScope, request: input.request }));
    if (stored) return answer(stored.reference);
    throw error;
  }
  const { reference } = await storeNewDraft(ports, {
    idempotencyScope,
    request: input.request,
    draft: (reference) => ({
      reference,
      roundId: round.id,
      status: 'draft',
      channel: 'online',
      createdAt: input.now.toISOString(),
      draftExpiresAt: draftExpiresAt(round, input.now).toISOString(),
      ...answers,
    }),
  });
  return answer(reference);
}
