import type { LocalizedText } from '../api/types.ts';
import { TextField } from '../components/text-field.tsx';

interface NameFieldsProps {
  /** Whose name: the person's or the representative's. */
  part: 'person' | 'representative';
  value: { firstName: string; lastName: string };
  onChange(change: { firstName: string } | { lastName: string }): void;
  errorOf(path: string): LocalizedText | undefined;
  words: { firstName: string; lastName: string };
  autofill: boolean;
}

/** First name and surname, as two boxes: people are found and addressed by them separately. */
export function NameFields({ part, value, onChange, errorOf, words, autofill }: NameFieldsProps) {
  return (
    <>
      <TextField
        path={`${part}.firstName`}
        label={words.firstName}
        value={value.firstName}
        onInput={(firstName) => onChange({ firstName })}
        autoComplete={autofill ? 'given-name' : 'off'}
        error={errorOf(`${part}.firstName`)}
      />
      <TextField
        path={`${part}.lastName`}
        label={words.lastName}
        value={value.lastName}
        onInput={(lastName) => onChange({ lastName })}
        autoComplete={autofill ? 'family-name' : 'off'}
        error={errorOf(`${part}.lastName`)}
      />
    </>
  );
}

interface EmailAndPhoneProps {
  part: 'contact' | 'representative';
  value: { email: string; phone: string };
  onChange(change: { email: string } | { phone: string }): void;
  errorOf(path: string): LocalizedText | undefined;
  words: { email: string; emailHint?: string | undefined; phone: string; phoneHint?: string | undefined };
  emailOptional: boolean;
  autofill: boolean;
}

/** An e-mail address and a phone number; the phone is always optional. */
export function EmailAndPhoneFields({
  part,
  value,
  onChange,
  errorOf,
  words,
  emailOptional,
  autofill,
}: EmailAndPhoneProps) {
  return (
    <>
      <TextField
        path={`${part}.email`}
        label={words.email}
        hint={words.emailHint}
        optional={emailOptional}
        type="email"
        value={value.email}
        onInput={(email) => onChange({ email })}
        autoComplete={autofill ? 'email' : 'off'}
        error={errorOf(`${part}.email`)}
      />
      <TextField
        path={`${part}.phone`}
        label={words.phone}
        hint={words.phoneHint}
        optional
        type="tel"
        size="medium"
        value={value.phone}
        onInput={(phone) => onChange({ phone })}
        autoComplete={autofill ? 'tel' : 'off'}
        error={errorOf(`${part}.phone`)}
      />
    </>
  );
}
