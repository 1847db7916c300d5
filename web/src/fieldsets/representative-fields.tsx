import type { RepresentativeCapacity } from '../api/types.ts';
import { RadioGroup } from '../components/radio-group.tsx';
import { TextField } from '../components/text-field.tsx';
import type { RepresentativeAnswers } from '../draft/answer-parts.ts';
import type { FieldsetProps } from './fieldset-props.ts';

export const CAPACITIES: RepresentativeCapacity[] = ['legal-representative', 'guardian', 'authorised-person'];

interface RepresentativeFieldsProps extends FieldsetProps<RepresentativeAnswers> {
  words: {
    firstName: string;
    lastName: string;
    capacity: string;
    capacities: Record<RepresentativeCapacity, string>;
    capacityHints?: Partial<Record<RepresentativeCapacity, string>>;
    email: string;
    emailHint?: string | undefined;
    phone: string;
    phoneHint?: string | undefined;
  };
}

/** Who applies for the person: their name, why they may, and how they are reached. */
export function RepresentativeFields({ value, onChange, errorOf, autofill, words }: RepresentativeFieldsProps) {
  return (
    <>
      <TextField
        path="representative.firstName"
        label={words.firstName}
        value={value.firstName}
        onInput={(firstName) => onChange({ firstName })}
        autoComplete={autofill ? 'given-name' : 'off'}
        error={errorOf('representative.firstName')}
      />
      <TextField
        path="representative.lastName"
        label={words.lastName}
        value={value.lastName}
        onInput={(lastName) => onChange({ lastName })}
        autoComplete={autofill ? 'family-name' : 'off'}
        error={errorOf('representative.lastName')}
      />
      <RadioGroup
        path="representative.capacity"
        legend={words.capacity}
        options={CAPACITIES.map((capacity) => {
          const hint = words.capacityHints?.[capacity];
          return { value: capacity, label: words.capacities[capacity], ...(hint && { hint }) };
        })}
        value={value.capacity}
        onChange={(capacity) => onChange({ capacity: capacity as RepresentativeCapacity })}
        error={errorOf('representative.capacity')}
      />
      <TextField
        path="representative.email"
        label={words.email}
        hint={words.emailHint}
        type="email"
        value={value.email}
        onInput={(email) => onChange({ email })}
        autoComplete={autofill ? 'email' : 'off'}
        error={errorOf('representative.email')}
      />
      <TextField
        path="representative.phone"
        label={words.phone}
        hint={words.phoneHint}
        optional
        type="tel"
        size="medium"
        value={value.phone}
        onInput={(phone) => onChange({ phone })}
        autoComplete={autofill ? 'tel' : 'off'}
        error={errorOf('representative.phone')}
      />
    </>
  );
}
