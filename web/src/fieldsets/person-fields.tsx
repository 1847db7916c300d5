import type { ComponentChildren } from 'preact';
import { TextField } from '../components/text-field.tsx';
import type { PersonNameAndCode } from '../draft/answer-parts.ts';
import { needsDateOfBirth } from '../draft/request-parts.ts';
import type { FieldsetProps } from './fieldset-props.ts';

interface PersonFieldsProps extends FieldsetProps<PersonNameAndCode> {
  words: { firstName: string; lastName: string; personalCode: string; personalCodeHint?: string | undefined };
  /** The date of birth, asked only when the personal code does not carry it (codes starting with 32 to 39). */
  dateOfBirth: ComponentChildren;
}

/** The person who needs the services: name, personal code and, for new personal codes, the date of birth. */
export function PersonFields({ value, onChange, errorOf, autofill, words, dateOfBirth }: PersonFieldsProps) {
  return (
    <>
      <TextField
        path="person.firstName"
        label={words.firstName}
        value={value.firstName}
        onInput={(firstName) => onChange({ firstName })}
        autoComplete={autofill ? 'given-name' : 'off'}
        error={errorOf('person.firstName')}
      />
      <TextField
        path="person.lastName"
        label={words.lastName}
        value={value.lastName}
        onInput={(lastName) => onChange({ lastName })}
        autoComplete={autofill ? 'family-name' : 'off'}
        error={errorOf('person.lastName')}
      />
      <TextField
        path="person.personalCode"
        label={words.personalCode}
        hint={words.personalCodeHint}
        value={value.personalCode}
        onInput={(personalCode) => onChange({ personalCode })}
        inputMode="numeric"
        size="medium"
        error={errorOf('person.personalCode')}
      />
      {needsDateOfBirth(value.personalCode) && dateOfBirth}
    </>
  );
}
