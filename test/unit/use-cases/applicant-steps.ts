import type { DocumentType } from '../../../shared/schemas/round.ts';
import { createApplication } from '../../../shared/use-cases/create-application.ts';
import type { MemoryPorts } from '../../fakes/memory-ports.ts';
import { files } from '../../fixtures/personal-codes.ts';
import { validRequest } from '../../fixtures/requests.ts';
import { pilotLikeRound } from '../../fixtures/rounds.ts';

/** Inside the pilot round's window (01.08.2019–16.08.2019, Riga time). */
export const DURING_INTAKE = new Date('2019-08-05T08:00:00.000Z');
/** The day after its last day. */
export const AFTER_INTAKE = new Date('2019-08-17T08:00:00.000Z');

let keyCount = 0;

/** A draft made through `createApplication`, as the applicant's first request makes it. */
export async function startDraft(
  ports: MemoryPorts,
  request = validRequest(),
): Promise<{ reference: string; accessCode: string }> {
  keyCount += 1;
  return createApplication(ports, {
    roundId: pilotLikeRound.id,
    request,
    idempotencyKey: `key-${keyCount}`,
    now: DURING_INTAKE,
  });
}

/** What the browser posts with the upload forms: both documents of the pilot, or the ones given. */
export function uploadDocuments(
  ports: MemoryPorts,
  reference: string,
  documents: Partial<Record<DocumentType, Uint8Array>> = {
    'application-form': files.pdf(),
    'disability-proof': files.png(),
  },
): void {
  for (const [type, bytes] of Object.entries(documents)) {
    ports.documents.upload({ roundId: pilotLikeRound.id, reference, type: type as DocumentType }, bytes);
  }
}
