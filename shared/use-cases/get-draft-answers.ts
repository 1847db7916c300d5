import { ConflictError } from '../domain/errors.ts';
import type { Ports } from '../ports/index.ts';
import type { DraftAnswersResponse } from '../schemas/api.ts';
import { openApplication } from './open-application.ts';

/**
 * A draft's answers as the create request carried them, so the person who left (to scan a document, to rest) can
 * go on where they stopped. Only the holder of the access code gets them; the personal code is decrypted for
 * them alone and travels only in this answer. A submitted application is final: its answers are not handed out.
 */
export async function getDraftAnswers(
  ports: Ports,
  input: { reference: string; accessCode: string; now: Date },
): Promise<DraftAnswersResponse> {
  const draft = await openApplication(ports, input.reference, input.accessCode, input.now);
  if (draft.status !== 'draft') throw new ConflictError('APPLICATION_ALREADY_SUBMITTED');
  const { person, personalCode, contact, representative } = draft;
  return {
    reference: draft.reference,
    roundId: draft.roundId,
    ...(draft.draftExpiresAt && { draftExpiresAt: draft.draftExpiresAt }),
    answers: {
      person: {
        firstName: person.firstName,
        lastName: person.lastName,
        personalCode: shownCode(ports.keyring.decrypt(personalCode.encrypted)),
        // Asked only when the personal code carries no date of birth.
        ...(personalCode.format === 'new' && { dateOfBirth: person.dateOfBirth }),
        municipalityCode: person.municipalityCode,
        disabilityGroup: person.disabilityGroup,
        mentalDisorderConfirmed: person.mentalDisorderConfirmed,
      },
      contact,
      ...(representative && { representative }),
      consent: true,
    },
  };
}

/** The code is kept as 11 digits; it is shown the way people write it, `DDMMYY-NNNNN` or `3XXXXX-XXXXX`. */
function shownCode(normalised: string): string {
  return /^\d{11}$/.test(normalised) ? `${normalised.slice(0, 6)}-${normalised.slice(6)}` : normalised;
}
