import type { Ports } from '../ports/index.ts';
import type { CreateApplicationResponse } from '../schemas/api.ts';
import type { CreateApplicationRequest } from '../schemas/application.ts';
import { draftAnswers } from './draft-answers.ts';
import { loadRound } from './load-round.ts';
import { storeNewDraft } from './store-new-draft.ts';

export interface CreateApplicationInput {
  roundId: string;
  request: CreateApplicationRequest;
  idempotencyKey: string;
  now: Date;
}

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
  const { reference } = await storeNewDraft(ports, {
    // The scope of an online key is the round alone, as it always was: stored keys keep matching.
    idempotencyScope: `${round.id}\n${input.idempotencyKey}`,
    request: input.request,
    draft: (reference) => ({
      reference,
      roundId: round.id,
      status: 'draft',
      channel: 'online',
      createdAt: input.now.toISOString(),
      ...answers,
    }),
  });
  return {
    reference,
    accessCode: ports.keyring.accessCode(reference),
    status: 'draft',
    requiredDocuments: round.requiredDocuments.map((document) => document.type),
  };
}
