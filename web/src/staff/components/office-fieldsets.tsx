import type { ContactAnswers, RepresentativeAnswers } from '../../draft/answer-parts.ts';
import { ContactFields } from '../../fieldsets/contact-fields.tsx';
import type { FieldsetProps } from '../../fieldsets/fieldset-props.ts';
import { RepresentativeFields } from '../../fieldsets/representative-fields.tsx';
import type { Texts } from '../../i18n/texts.ts';
import { type StaffTexts, useStaffTexts } from '../i18n/texts.ts';

/*
 * The shared fieldsets as the office's forms use them, where staff type in someone else's details: registering a
 * paper application and correcting a person's details say the same, and the browser never fills them in.
 */

type OfficeFieldsetProps<Value> = Omit<FieldsetProps<Value>, 'autofill'>;
type PostAddress = { label: string; hint: string };

const contactWords = (s: StaffTexts, t: Texts, address: PostAddress | undefined) => ({
  email: t.check.email,
  emailHint: s.paper.emailHint,
  emailOptional: true,
  phone: t.check.phone,
  address,
  language: s.paper.language,
});

const representativeWords = (s: StaffTexts, t: Texts) => ({
  firstName: t.person.firstName,
  lastName: t.person.lastName,
  capacity: t.check.capacity,
  capacities: t.check.capacities,
  email: s.paper.representativeEmail,
  phone: s.paper.representativePhone,
});

/** The person's contact details; the post address only where the form asks it. */
export function OfficeContactFields({
  address,
  ...group
}: OfficeFieldsetProps<ContactAnswers> & { address?: PostAddress }) {
  const { s, t } = useStaffTexts();
  return <ContactFields {...group} autofill={false} words={contactWords(s, t, address)} />;
}

/** The representative's details. */
export function OfficeRepresentativeFields(group: OfficeFieldsetProps<RepresentativeAnswers>) {
  const { s, t } = useStaffTexts();
  return <RepresentativeFields {...group} autofill={false} words={representativeWords(s, t)} />;
}
