import type { FieldError, Round } from '../api/types.ts';
import type { Draft } from '../draft/draft.ts';
import { needsDateOfBirth } from '../draft/request-parts.ts';
import { checkDateOfBirth, checkEmail, checkName, checkPersonalCode, checkPhone } from './answer-checks.ts';
import { blank, missingDocuments, required } from './field-errors.ts';
import { onlineDocuments } from './needed-documents.ts';
import type { StepId } from './steps.ts';

/**
 * The checks of a page before "Continue" leads on: what is required is given (in the page's words), and each
 * answer given is right by the rules and in the words of the server (`answer-checks.ts`), so a wrong answer is
 * fixed where it was typed. What only the server knows (the round's window, a duplicate) it still says itself.
 */
export function checkStep(step: StepId, draft: Draft, round: Round, now = new Date()): FieldError[] {
  const { answers } = draft;
  const errors: FieldError[] = [];
  const add = (error: FieldError | undefined) => {
    if (error) errors.push(error);
  };
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
      } else add(checkName('representative.firstName', representative.firstName));
      if (blank(representative.lastName)) {
        errors.push(required('representative.lastName', (t) => t.representative.requiredLastName));
      } else add(checkName('representative.lastName', representative.lastName));
      if (!representative.capacity) {
        errors.push(required('representative.capacity', (t) => t.representative.requiredCapacity));
      }
      if (blank(representative.email)) {
        errors.push(required('representative.email', (t) => t.representative.requiredEmail));
      } else add(checkEmail('representative.email', representative.email));
      add(checkPhone('representative.phone', representative.phone));
      break;
    }
    case 'person': {
      const { person } = answers;
      if (blank(person.firstName)) errors.push(required('person.firstName', (t) => t.person.requiredFirstName));
      else add(checkName('person.firstName', person.firstName));
      if (blank(person.lastName)) errors.push(required('person.lastName', (t) => t.person.requiredLastName));
      else add(checkName('person.lastName', person.lastName));
      if (blank(person.personalCode)) {
        errors.push(required('person.personalCode', (t) => t.person.requiredPersonalCode));
        break;
      }
      add(checkPersonalCode(person.personalCode));
      if (needsDateOfBirth(person.personalCode)) {
        const parts = [person.birthDay, person.birthMonth, person.birthYear] as const;
        if (parts.some(blank)) errors.push(required('person.dateOfBirth', (t) => t.person.requiredDateOfBirth));
        else add(checkDateOfBirth(...parts, now));
      }
      break;
    }
    case 'contact':
      // With a representative, their address is enough; without, any one way to reach the person.
      if (
        answers.applicant !== 'other' &&
        [answers.contact.email, answers.contact.phone, answers.contact.address ?? ''].every(blank)
      ) {
        errors.push(required('contact.email', (t) => t.contact.missing));
      }
      if (!blank(answers.contact.email)) add(checkEmail('contact.email', answers.contact.email));
      add(checkPhone('contact.phone', answers.contact.phone));
      break;
    case 'consent':
      if (!answers.consent) errors.push(required('consent', (t) => t.consent.required));
      break;
    case 'documents':
      errors.push(...missingDocuments(onlineDocuments(round, answers), draft.documents));
      break;
    case 'check':
      break;
  }
  return errors;
}
