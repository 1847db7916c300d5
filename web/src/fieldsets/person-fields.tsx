import type { ComponentChildren } from 'preact';
import { TextField } from '../components/text-field.tsx';
import type { PersonNameAndCode } from '../draft/answer-parts.ts';
import { needsDateOfBirth } from '../draft/request-parts.ts';
import type { FieldsetProps } from './fieldset-props.ts';
import { NameFields } from './shared-fields.tsx';

interface PersonFieldsProps extends FieldsetProps<PersonNameAndCode> {
  words: { firstName: string; lastName: string; personalCode: string; personalCodeHint?: string | undefined };
  /** The date of birth, asked only when the personal code does not carry it (codes starting with 32 to 39). */
  dateOfBirth: ComponentChildren;
}

/** The person who needs the services: name, personal code and, for new personal codes, the date of birth. */
export function PersonFields({ dateOfBirth, ...group }: PersonFieldsProps) {
  const { value, onChange, errorOf, words } = group;
  return (
    <>
      <NameFields part="person" {...group} />
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
