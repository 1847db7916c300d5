import type { Ports } from '../ports/index.ts';
import type { ApplicationStatusResponse } from '../schemas/api.ts';
import type { Application } from '../schemas/application.ts';
import { loadRound } from './load-round.ts';
import { nextSteps } from './next-steps.ts';
import { openApplication } from './open-application.ts';

/** The applicant's view of their application: status and documents, never the personal or health data. */
export async function getApplicationStatus(
  ports: Ports,
  input: { reference: string; accessCode: string },
): Promise<ApplicationStatusResponse> {
  return describeStatus(ports, await openApplication(ports, input.reference, input.accessCode));
}

export async function describeStatus(ports: Ports, application: Application): Promise<ApplicationStatusResponse> {
  const round = await loadRound(ports, application.roundId);
  const documents = await Promise.all(
    round.requiredDocuments.map(async ({ type }) => ({
      type,
      received: application.documents
        ? application.documents.some((document) => document.type === type)
        : (await ports.documents.sample({ roundId: round.id, reference: application.reference, type })) !== undefined,
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
  };
}
