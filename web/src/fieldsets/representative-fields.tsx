import type { RepresentativeCapacity } from '../api/types.ts';
import { RadioGroup } from '../components/radio-group.tsx';
import type { RepresentativeAnswers } from '../draft/answer-parts.ts';
import type { FieldsetProps } from './fieldset-props.ts';
import { EmailAndPhoneFields, NameFields } from './shared-fields.tsx';

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
export function RepresentativeFields(group: RepresentativeFieldsProps) {
  const { value, onChange, errorOf, words } = group;
  return (
    <>
      <NameFields part="representative" {...group} />
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
      <EmailAndPhoneFields part="representative" {...group} emailOptional={false} />
    </>
  );
}
