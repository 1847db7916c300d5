import type { ComponentChildren } from 'preact';
import type { LocalizedText } from '../api/types.ts';
import { useLanguage } from '../app-context.ts';
import { fieldId } from '../flow/steps.ts';
import { describedBy, ErrorMessage } from './error-message.tsx';
import { Heading } from './page.tsx';

/**
 * What ties a control to its words: the id its label and the error summary point at, the hint and the error a
 * screen reader reads with it, and whether it holds an error. The id comes from the field's path in the request
 * (`person.firstName` → `person-firstName`), so the server's `fields[].path` finds the field on the page.
 */
export interface FieldWiring {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': 'true' | undefined;
}

export function fieldWiring(path: string, hint: unknown, error: unknown): FieldWiring {
  const id = fieldId(path);
  return { id, 'aria-describedby': describedBy(id, hint, error), 'aria-invalid': error ? 'true' : undefined };
}

/** The box around one field, marked (a red bar at its side) while it holds an error. */
export function FieldFrame({ error, children }: { error: unknown; children: ComponentChildren }) {
  return <div class={`field${error ? ' field-error' : ''}`}>{children}</div>;
}

/** The field's hint, which the control names as its description. */
export function Hint({ id, text, extraClass }: { id: string; text: string | undefined; extraClass?: string }) {
  if (!text) return null;
  return (
    <p class={extraClass ? `hint ${extraClass}` : 'hint'} id={`${id}-hint`}>
      {text}
    </p>
  );
}

/** The words around a labelled control, which every kind of field takes alike. */
export interface FieldWords {
  /** The field's path in the request, e.g. `person.firstName`: it names the control and finds its errors. */
  path: string;
  label: string;
  hint?: string | undefined;
  error?: LocalizedText | undefined;
  /** Adds "(optional)" to the label. */
  optional?: boolean | undefined;
}

interface FieldProps extends FieldWords {
  /** The control itself (an input, a text area, a select), given the wiring to spread on it. */
  children(wiring: FieldWiring): ComponentChildren;
}

/**
 * One control with its words above it, in the order they are read: the label, the hint, the error. Every text
 * box, text area and select of the applicant and the staff pages is one of these.
 */
export function Field(props: FieldProps) {
  const { t } = useLanguage();
  const wiring = fieldWiring(props.path, props.hint, props.error);
  return (
    <FieldFrame error={props.error}>
      <label class="label" for={wiring.id}>
        {props.label}
        {props.optional && <span class="optional"> {t.common.optional}</span>}
      </label>
      <Hint id={wiring.id} text={props.hint} />
      <ErrorMessage id={`${wiring.id}-error`} message={props.error} />
      {props.children(wiring)}
    </FieldFrame>
  );
}

interface FieldGroupProps {
  path: string;
  legend: ComponentChildren;
  /** The question is the page's h1: one question per page, named once. */
  legendIsHeading?: boolean | undefined;
  hint?: string | undefined;
  error?: LocalizedText | undefined;
  /** The controls; the first one takes the field's id, so the error summary's link lands on it. */
  children: ComponentChildren;
}

/**
 * Several controls answering one question (radio buttons, the parts of a date, a set of checkboxes): the legend
 * names the group, and the fieldset's description carries the hint and the error, read when focus enters it.
 */
export function FieldGroup(props: FieldGroupProps) {
  const id = fieldId(props.path);
  return (
    <FieldFrame error={props.error}>
      <fieldset class="fieldset" aria-describedby={describedBy(id, props.hint, props.error)}>
        <legend class={props.legendIsHeading ? 'legend legend-heading' : 'legend'}>
          {props.legendIsHeading ? <Heading>{props.legend}</Heading> : props.legend}
        </legend>
        <Hint id={id} text={props.hint} />
        <ErrorMessage id={`${id}-error`} message={props.error} />
        {props.children}
      </fieldset>
    </FieldFrame>
  );
}
