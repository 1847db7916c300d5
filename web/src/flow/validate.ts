import type { FieldError, Round } from '../api/types.ts';
import type { Draft } from '../draft/draft.ts';
import { needsDateOfBirth } from '../draft/request-parts.ts';
import { draftTexts } from '../i18n/draft-texts.ts';
import { fieldError, missingDocuments, required } from './field-errors.ts';
import type { StepId } from './steps.ts';

const blank = (value: string | undefined) => (value ?? '').trim() === '';

/**
 * The browser's own checks: only "nothing was given". Whether a personal code, a date or an e-mail address is
 * right is the server's to say, so the rules live in one place and the words stay the same.
 */
export function checkStep(step: StepId, draft: Draft, round: Round): FieldError[] {
  const { answers } = draft;
  const errors: FieldError[] = [];
  switch (step) {
    case 'municipality':
      if (!answers.municipalityCode) errors.push(required('person.municipalityCode', (t) => t.municipality.required));
      break;
    case 'disability-group':
      if (!answers.disabilityGroup) errors.push(required('person.disabilityGroup', (t) => t.disabilityGroup.required));
      break;
    case 'mental-disorder':
      if (!answers.mentalDisorder) {
        errors.push(required('person.mentalDisorderConfirmed', (t) => t.mentalDisorder.required));
      }
      break;
    case 'who':
      if (!answers.applicant) errors.push(required('applicant', (t) => t.who.required));
      break;
    case 'representative': {
      const { representative } = answers;
      if (blank(representative.firstName)) {
        errors.push(required('representative.firstName', (t) => t.representative.requiredFirstName));
      }
      if (blank(representative.lastName)) {
        errors.push(required('representative.lastName', (t) => t.representative.requiredLastName));
      }
      if (!representative.capacity) {
        errors.push(required('representative.capacity', (t) => t.representative.requiredCapacity));
      }
      if (blank(representative.email)) {
        errors.push(required('representative.email', (t) => t.representative.requiredEmail));
      }
      break;
    }
    case 'person': {
      const { person } = answers;
      if (blank(person.firstName)) errors.push(required('person.firstName', (t) => t.person.requiredFirstName));
      if (blank(person.lastName)) errors.push(required('person.lastName', (t) => t.person.requiredLastName));
      if (blank(person.personalCode)) {
        errors.push(required('person.personalCode', (t) => t.person.requiredPersonalCode));
      } else if (
        needsDateOfBirth(person.personalCode) &&
        [person.birthDay, person.birthMonth, person.birthYear].some(blank)
      ) {
        errors.push(required('person.dateOfBirth', (t) => t.person.requiredDateOfBirth));
      }
      break;
    }
    case 'contact':
      // With a representative, their address is enough; without, any one way to reach the person.
      if (
        answers.applicant !== 'other' &&
        [answers.contact.email, answers.contact.phone, answers.contact.address ?? ''].every(blank)
      ) {
        errors.push(
          fieldError('contact.email', { lv: draftTexts.lv.contact.missing, en: draftTexts.en.contact.missing }),
        );
      }
      break;
    case 'consent':
      if (!answers.consent) errors.push(required('consent', (t) => t.consent.required));
      break;
    case 'documents':
      errors.push(...missingDocuments(round, draft.documents));
      break;
    case 'check':
      break;
  }
  return errors;
}
