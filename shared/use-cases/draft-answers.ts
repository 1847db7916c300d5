import { checkNewApplication } from '../domain/application-rules.ts';
import { RuleViolationError } from '../domain/errors.ts';
import type { Keyring } from '../ports/keyring.ts';
import type { Application, CreateApplicationRequest } from '../schemas/application.ts';
import type { Round } from '../schemas/round.ts';

/** The parts of a draft that come from the applicant's answers, after every rule of the round passed. */
export type DraftAnswers = Pick<
  Application,
  'person' | 'personalCode' | 'contact' | 'representative' | 'consentGivenAt' | 'flags'
>;

/**
 * Checks the answers against the round's rules and turns them into what is stored: the personal code only
 * encrypted and as a keyed hash, a wrong legacy check digit flagged for the social worker.
 */
export function draftAnswers(
  round: Round,
  request: CreateApplicationRequest,
  keyring: Keyring,
  now: Date,
  options: { requireContact: boolean } = { requireContact: true },
): DraftAnswers {
  const check = checkNewApplication(round, request, now, options);
  if (!check.ok) throw new RuleViolationError(check.violations);
  const { person } = request;
  return {
    person: {
      firstName: person.firstName,
      lastName: person.lastName,
      dateOfBirth: check.dateOfBirth,
      municipalityCode: person.municipalityCode,
      disabilityGroup: person.disabilityGroup,
      mentalDisorderConfirmed: person.mentalDisorderConfirmed,
    },
    personalCode: {
      encrypted: keyring.encrypt(check.personalCode.normalised),
      keyedHash: keyring.personalCodeHash(check.personalCode.normalised),
      format: check.personalCode.format,
    },
    contact: request.contact,
    representative: request.representative,
    consentGivenAt: now.toISOString(),
    flags:
      check.personalCode.format === 'legacy' && !check.personalCode.checksumMatches
        ? { personalCodeChecksumMismatch: true }
        : {},
  };
}
