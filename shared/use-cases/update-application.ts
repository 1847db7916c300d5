import { ConflictError } from '../domain/errors.ts';
import type { Ports } from '../ports/index.ts';
import type { ApplicationStatusResponse } from '../schemas/api.ts';
import type { CreateApplicationRequest } from '../schemas/application.ts';
import { draftAnswers } from './draft-answers.ts';
import { describeStatus } from './get-application-status.ts';
import { openDraftToChange, refuseExpiredDraft } from './open-application.ts';

/**
 * Replaces the answers of a draft, under the same rules as a new application, so a person can correct an
 * answer on the check page without losing the documents already uploaded. A submitted application is final.
 */
export async function updateApplication(
  ports: Ports,
  input: { reference: string; accessCode: string; request: CreateApplicationRequest; now: Date },
): Promise<ApplicationStatusResponse> {
  const { draft, round } = await openDraftToChange(ports, input);
  const updated = { ...draft, ...draftAnswers(round, input.request, ports.keyring, input.now) };
  refuseExpiredDraft(draft, input.now);
  const stored = await ports.applications.updateDraft(updated);
  if (!stored) throw new ConflictError('APPLICATION_ALREADY_SUBMITTED');
  return describeStatus(ports, stored, round);
}
