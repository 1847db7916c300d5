import { documentsNeeded } from '../domain/document-requirements.ts';
import type { Ports } from '../ports/index.ts';
import type { ApplicationStatusResponse } from '../schemas/api.ts';
import type { Application } from '../schemas/application.ts';
import type { Round } from '../schemas/round.ts';
import { decisionOf } from './decision-of.ts';
import { loadRound } from './load-round.ts';
import { nextSteps } from './next-steps.ts';
import { openApplication } from './open-application.ts';

/** The applicant's view of their application: status and documents, never the personal or health data. */
export async function getApplicationStatus(
  ports: Ports,
  input: { reference: string; accessCode: string; now: Date },
): Promise<ApplicationStatusResponse> {
  const application = await openApplication(ports, input.reference, input.accessCode, input.now);
  return describeStatus(ports, application, await loadRound(ports, application.roundId));
}

/** The status answer; the caller passes the round it already loaded, so no request reads it twice. */
export async function describeStatus(
  ports: Ports,
  application: Application,
  round: Round,
): Promise<ApplicationStatusResponse> {
  const documents = await Promise.all(
    documentsNeeded(round, application).map(async ({ type }) => ({
      type,
      received: application.documents
        ? application.documents.some((document) => document.type === type)
        : await ports.documents.hasUpload({ roundId: round.id, reference: application.reference, type }),
    })),
  );
  return {
    reference: application.reference,
    roundId: application.roundId,
    municipalityCode: application.person.municipalityCode,
    status: application.status,
    receivedAt: application.receivedAt,
    documents,
    nextSteps: nextSteps[application.status],
    ...(application.status === 'draft' && application.draftExpiresAt && { draftExpiresAt: application.draftExpiresAt }),
    // Only that there is one: the other application's reference stays with the social service.
    ...(application.flags.possibleDuplicateOf && { alreadyAppliedInRound: true as const }),
    ...(application.selection && { result: resultOf(application, round) }),
  };
}

function resultOf(application: Application, round: Round): NonNullable<ApplicationStatusResponse['result']> {
  const selection = application.selection;
  if (!selection) throw new Error('No published result');
  const decision = decisionOf(application, round);
  return {
    outcome: selection.outcome,
    ...(selection.outcome === 'waitlisted' && selection.position !== undefined && { position: selection.position }),
    publishedAt: selection.publishedAt,
    ...(selection.offeredAt && { offeredAt: selection.offeredAt }),
    ...(decision && { decision }),
  };
}
