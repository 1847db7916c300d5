import type { FieldError } from '../../api/types.ts';
import { blank, required } from '../../flow/field-errors.ts';

/**
 * The halves of a name the office left empty, the person's or their representative's, in the words the applicant's
 * form uses for the person's name.
 */
export function missingNames(
  part: 'person' | 'representative',
  name: { firstName: string; lastName: string },
): FieldError[] {
  const errors: FieldError[] = [];
  if (blank(name.firstName)) errors.push(required(`${part}.firstName`, (t) => t.person.requiredFirstName));
  if (blank(name.lastName)) errors.push(required(`${part}.lastName`, (t) => t.person.requiredLastName));
  return errors;
}
