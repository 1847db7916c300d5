import type { LocalizedText } from '../api/types.ts';
import { useLanguage } from '../app-context.ts';
import { fieldId } from '../flow/steps.ts';
import { FieldGroup } from './field.tsx';

interface DateFieldProps {
  path: string;
  legend: string;
  hint: string;
  value: { day: string; month: string; year: string };
  onInput(part: 'day' | 'month' | 'year', value: string): void;
  error?: LocalizedText | undefined;
  /** The date is the user's own, so the browser may fill it in. */
  ownDetails?: boolean;
}

/**
 * Three small boxes (day, month, year) rather than a date picker: they are easy to fill in by keyboard, with a
 * screen reader and at high zoom, and people know their date of birth by heart.
 */
export function DateField(props: DateFieldProps) {
  const { t } = useLanguage();
  const id = fieldId(props.path);
  const parts = [
    { part: 'day', label: t.person.day, id, size: 'input-2' },
    { part: 'month', label: t.person.month, id: `${id}-month`, size: 'input-2' },
    { part: 'year', label: t.person.year, id: `${id}-year`, size: 'input-4' },
  ] as const;
  return (
    <FieldGroup path={props.path} legend={props.legend} hint={props.hint} error={props.error}>
      <div class="date-parts">
        {parts.map((part) => (
          <div class="date-part" key={part.part}>
            <label class="label label-small" for={part.id}>
              {part.label}
            </label>
            <input
              class={`input ${part.size}`}
              id={part.id}
              name={`${props.path}.${part.part}`}
              type="text"
              inputMode="numeric"
              autoComplete={props.ownDetails ? `bday-${part.part}` : 'off'}
              value={props.value[part.part]}
              onInput={(event) => props.onInput(part.part, event.currentTarget.value)}
              aria-invalid={props.error ? 'true' : undefined}
            />
          </div>
        ))}
      </div>
    </FieldGroup>
  );
}
