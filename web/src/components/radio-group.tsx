import type { ComponentChildren } from 'preact';
import type { LocalizedText } from '../api/types.ts';
import { fieldId } from '../flow/steps.ts';
import { FieldGroup, Hint } from './field.tsx';

export interface RadioOption {
  value: string;
  label: string;
  hint?: string;
  /** The option's language when it differs from the page's, e.g. "English" on a Latvian page. */
  lang?: string;
}

interface RadioGroupProps {
  path: string;
  legend: ComponentChildren;
  /** The question is the page's h1: one question per page, named once. */
  legendIsHeading?: boolean;
  hint?: string | undefined;
  options: RadioOption[];
  value: string | undefined;
  onChange(value: string): void;
  error?: LocalizedText | undefined;
}

/** Native radio buttons: arrow keys move between them and a screen reader says "2 of 4". */
export function RadioGroup(props: RadioGroupProps) {
  const id = fieldId(props.path);
  return (
    <FieldGroup
      path={props.path}
      legend={props.legend}
      legendIsHeading={props.legendIsHeading}
      hint={props.hint}
      error={props.error}
    >
      <div class="radios">
        {props.options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${index}`;
          return (
            <div class="radio" key={option.value}>
              <input
                class="radio-input"
                type="radio"
                id={optionId}
                name={props.path}
                value={option.value}
                checked={props.value === option.value}
                onChange={() => props.onChange(option.value)}
                aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                aria-invalid={props.error ? 'true' : undefined}
              />
              <label class="radio-label" for={optionId} lang={option.lang}>
                {option.label}
              </label>
              <Hint id={optionId} text={option.hint} extraClass="radio-hint" />
            </div>
          );
        })}
      </div>
    </FieldGroup>
  );
}
