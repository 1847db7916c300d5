import { intakeWindowViolation } from '../domain/application-rules.ts';
import { RuleViolationError } from '../domain/errors.ts';
import type { Ports } from '../ports/index.ts';
import type { ApplicationStatusResponse } from '../schemas/api.ts';
import type { Application } from '../schemas/application.ts';
import { judgeUploads, keepJudgedDocuments } from './freeze-documents.ts';
import { describeStatus } from './get-application-status.ts';
import { intakeRound } from './intake-round.ts';
import { openApplication, refuseExpiredDraft } from './open-application.ts';

/**
 * Sends a draft in. The receipt time is the server's (API Gateway's request time) and decides the
 * application's place in the first-come order. Submitting again changes nothing and gives the same answer.
 *
 * Four round trips in sequence when the round is at hand: read the draft; read every upload at once; keep the
 * submitted copies and claim the person at once; store the submission. Claiming before the copies are kept
 * leaves a claim without a submission when keeping fails, which the claim's rules allow for (`claimPerson`).
 */
export async function submitApplication(
  ports: Ports,
  input: { reference: string; accessCode: string; receivedAt: Date },
): Promise<ApplicationStatusResponse> {
  const draft = await openApplication(ports, input.reference, input.accessCode);
  const round = await intakeRound(ports, draft.roundId, input.receivedAt);
  if (draft.status !== 'draft') return describeStatus(ports, draft, round);

  const closed = intakeWindowViolation(round, input.receivedAt);
  if (closed) throw new RuleViolationError([closed]);
  refuseExpiredDraft(draft, input.receivedAt);

  const judged = await judgeUploads(ports, round, draft);
  // A submitted application is kept by the round's retention, no longer by the draft's expiry.
  const { draftExpiresAt: _kept, ...answers } = draft;
  const submitted: Application = {
    ...answers,
    status: 'submitted',
    receivedAt: input.receivedAt.toISOString(),
    documents: judged.map(({ document }) => document),
  };
  const [claimant] = await Promise.all([
    ports.applications.claimPerson(submitted),
    keepJudgedDocuments(ports, round, draft, judged),
  ]);
  const stored = await ports.applications.submit(submitted, undefined, claimant);
  // Undefined: a parallel request submitted it first; answer with what that one stored.
  return describeStatus(ports, stored ?? (await openApplication(ports, input.reference, input.accessCode)), round);
}
