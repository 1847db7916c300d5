import { intakeWindowViolation } from '../domain/application-rules.ts';
import { RuleViolationError } from '../domain/errors.ts';
import type { Ports } from '../ports/index.ts';
import type { ApplicationStatusResponse } from '../schemas/api.ts';
import { freezeDocuments } from './freeze-documents.ts';
import { describeStatus } from './get-application-status.ts';
import { loadRound } from './load-round.ts';
import { openApplication, refuseExpiredDraft } from './open-application.ts';

/**
 * Sends a draft in. The receipt time is the server's (API Gateway's request time) and decides the
 * application's place in the first-come order. Submitting again changes nothing and gives the same answer.
 */
export async function submitApplication(
  ports: Ports,
  input: { reference: string; accessCode: string; receivedAt: Date },
): Promise<ApplicationStatusResponse> {
  const draft = await openApplication(ports, input.reference, input.accessCode);
  const round = await loadRound(ports, draft.roundId);
  if (draft.status !== 'draft') return describeStatus(ports, draft, round);

  const closed = intakeWindowViolation(round, input.receivedAt);
  if (closed) throw new RuleViolationError([closed]);
  refuseExpiredDraft(draft, input.receivedAt);

  const documents = await freezeDocuments(ports, round, draft);

  // A submitted application is kept by the round's retention, no longer by the draft's expiry.
  const { draftExpiresAt: _kept, ...answers } = draft;
  const stored = await ports.applications.submit({
    ...answers,
    status: 'submitted',
    receivedAt: input.receivedAt.toISOString(),
    documents,
  });
  // Undefined: a parallel request submitted it first; answer with what that one stored.
  return describeStatus(ports, stored ?? (await openApplication(ports, input.reference, input.accessCode)), round);
}
