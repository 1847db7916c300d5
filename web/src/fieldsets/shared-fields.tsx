import { TextField } from '../components/text-field.tsx';
import type { FieldsetProps } from './fieldset-props.ts';

/**
 * A box for one answer of a part of the form, bound by the answer's name: its path in the request, its value, where
 * a change goes, its error, and what the browser may fill in (only when the details are the user's own).
 */
function answerBox<Name extends string>(
  group: FieldsetProps<Record<Name, string>>,
  part: string,
  name: Name,
  autoComplete: string,
) {
  const path = `${part}.${name}`;
  return {
    path,
    value: group.value[name],
    onInput: (text: string) => group.onChange({ [name]: text } as Partial<Record<Name, string>>),
    autoComplete: group.autofill ? autoComplete : 'off',
    error: group.errorOf(path),
  };
}

interface NameFieldsProps extends FieldsetProps<{ firstName: string; lastName: string }> {
  /** Whose name: the person's or the representative's. */
  part: 'person' | 'representative';
  words: { firstName: string; lastName: string };
}

/** First name and surname, as two boxes: people are found and addressed by them separately. */
export function NameFields(group: NameFieldsProps) {
  const { part, words } = group;
  return (
    <>
      <TextField {...answerBox(group, part, 'firstName', 'given-name')} label={words.firstName} />
      <TextField {...answerBox(group, part, 'lastName', 'family-name')} label={words.lastName} />
    </>
  );
}

interface EmailAndPhoneProps extends FieldsetProps<{ email: string; phone: string }> {
  part: 'contact' | 'representative';
  words: { email: string; emailHint?: string | undefined; phone: string; phoneHint?: string | undefined };
  emailOptional: boolean;
}

/** An e-mail address and a phone number; the phone is always optional. */
export function EmailAndPhoneFields(group: EmailAndPhoneProps) {
  const { part, words } = group;
  return (
    <>
      <TextField
        {...answerBox(group, part, 'email', 'email')}
        label={words.email}
        hint={words.emailHint}
        optional={group.emailOptional}
        type="email"
      />
      <TextField
        {...answerBox(group, part, 'phone', 'tel')}
        label={words.phone}
        hint={words.phoneHint}
        optional
        type="tel"
        size="medium"
      />
    </>
  );
}
