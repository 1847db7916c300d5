import type { ComponentChildren } from 'preact';
import type { LocalizedText } from '../../api/types.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { FieldFrame, FieldGroup, fieldWiring } from '../../components/field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useFocusRequest } from '../../components/use-focus-request.ts';
import { fieldId } from '../../flow/steps.ts';
import { SelectField } from '../components/select-field.tsx';
import type { StaffTexts } from '../i18n/texts.ts';
import { type BoxOf, GROUPS, type ListChanges, type RowBox } from './rules-form.ts';

type Words = StaffTexts['roundEditor'];
type ErrorOf = (path: string) => LocalizedText | undefined;

/** The disability groups the round admits, one box each; an error (none ticked) belongs to the whole group. */
export function GroupsField(props: {
  w: Words;
  groups: number[];
  error: ErrorOf;
  onChange(group: number, ticked: boolean): void;
}) {
  const path = 'eligibleDisabilityGroups';
  const groupsId = fieldId(path);
  const error = props.error(path);
  return (
    <FieldGroup path={path} legend={props.w.groups} error={error}>
      {GROUPS.map((group, index) => {
        const id = index === 0 ? groupsId : `${groupsId}-${group}`;
        return (
          <div class="checkbox" key={group}>
            <input
              class="checkbox-input"
              type="checkbox"
              id={id}
              name={path}
              value={String(group)}
              checked={props.groups.includes(group)}
              onChange={(event) => props.onChange(group, event.currentTarget.checked)}
              aria-invalid={error ? 'true' : undefined}
            />
            <label class="checkbox-label" for={id}>
              {props.w.group(group)}
            </label>
          </div>
        );
      })}
    </FieldGroup>
  );
}

/** A list's words: every row's button says `remove`. */
interface ListWords {
  remove: string;
}

interface RowsProps<Row extends { key: number }, W extends ListWords> {
  /** The list's path in the request: `municipalities`, `criteria`, `providers.0.services`. */
  list: string;
  rows: Row[];
  boxes: readonly RowBox<Row, W>[];
  w: W;
  /** "Municipality 2": each row is a fieldset named by its place in the list. */
  legend(n: number): string;
  /** "Remove municipality 2": the name of a row's "Remove" button, for a screen reader. */
  removeName(n: number): string;
  /** Whether a row may be removed: a round keeps at least one municipality. */
  removable: boolean;
  errorOf: ErrorOf;
  onInput(index: number, name: BoxOf<Row>, value: string): void;
  onRemove(index: number): void;
  /** What a row holds besides its boxes, inside its fieldset (a provider's own list of services). */
  inner?(index: number): ComponentChildren;
  /** Whether a row is on the page: a long list may show a part of its rows, each under its place in the list. */
  shown?(index: number): boolean;
}

/** The rows of one list of a form (municipalities with their places, criteria with their points, services…). */
function RuleRows<Row extends { key: number }, W extends ListWords = Words>(props: RowsProps<Row, W>) {
  return (
    <>
      {props.rows.map((row, index) => {
        if (props.shown && !props.shown(index)) return null;
        const rowPath = `${props.list}.${index}`;
        return (
          <fieldset class="fieldset review-section" key={row.key}>
            <legend class="legend">{props.legend(index + 1)}</legend>
            {props.boxes.map((box) => {
              const field = {
                path: `${rowPath}.${box.path}`,
                label: box.label(props.w),
                hint: box.hint?.(props.w),
                error: props.errorOf(`${rowPath}.${box.path}`),
              };
              return box.choices ? (
                <SelectField
                  key={box.path}
                  {...field}
                  options={box.choices(props.w)}
                  value={String(row[box.name])}
                  onChange={(value) => props.onInput(index, box.name, value)}
                />
              ) : (
                <TextField
                  key={box.path}
                  {...field}
                  size={box.size}
                  inputMode={box.numeric ? 'numeric' : box.decimal ? 'decimal' : undefined}
                  type={box.type}
                  value={String(row[box.name])}
                  onInput={(value) => props.onInput(index, box.name, value)}
                />
              );
            })}
            {props.inner?.(index)}
            {props.removable && (
              <RemoveButton
                label={props.w.remove}
                name={props.removeName(index + 1)}
                onClick={() => props.onRemove(index)}
              />
            )}
          </fieldset>
        );
      })}
    </>
  );
}

/** "Remove", named in full for a screen reader ("Remove municipality 2"), since every row has one. */
function RemoveButton(props: { label: string; name: string; onClick(): void }) {
  return (
    <button type="button" class="button button-secondary" aria-label={props.name} onClick={props.onClick}>
      {props.label}
    </button>
  );
}

/**
 * "Add municipality", "Add criterion": the button carries the list's id, so an error about the whole list (none
 * given, too many points in all) is shown above it and the error summary's link leads to it.
 */
function ListButton(props: { path: string; label: string; error: LocalizedText | undefined; onClick(): void }) {
  const wiring = fieldWiring(props.path, undefined, props.error);
  return (
    <FieldFrame error={props.error}>
      <ErrorMessage id={`${wiring.id}-error`} message={props.error} />
      <button
        type="button"
        class="button button-secondary"
        id={wiring.id}
        aria-describedby={wiring['aria-describedby']}
        onClick={props.onClick}
      >
        {props.label}
      </button>
    </FieldFrame>
  );
}

/**
 * After a row is added or removed, the keyboard focus goes where the page shows the change: the new row's first
 * box, or the list's button. Call the answer with the field's path just before the change.
 */
export function useFocusAfterChange() {
  const focus = useFocusRequest();
  return (path: string) => focus(fieldId(path));
}

/**
 * What the rows of a list and its "Add" button do to the form, and where the keyboard focus goes then: into the
 * first box of a row added, to the list's button after a row is removed.
 */
export function listHandlers<Form, Row>(list: {
  /** The list's path in the request, which its button carries: `criteria`, `providers.2.services`. */
  path: string;
  rowCount: number;
  /** The first box of a row, which a row added brings the focus into (a list of no boxes keeps it on the button). */
  firstBox: BoxOf<Row> | undefined;
  changes: ListChanges<Form, Row>;
  setForm(change: (form: Form) => Form): void;
  focusAfter(path: string): void;
}) {
  const { path, changes, setForm, focusAfter } = list;
  const handlers: ListHandlers<Row> = {
    onInput: (index: number, name: BoxOf<Row>, value: string) =>
      setForm((form) => changes.value(form, index, name, value)),
    onRemove: (index: number) => {
      focusAfter(path);
      setForm((form) => changes.removed(form, index));
    },
    onAdd: () => {
      focusAfter(list.firstBox === undefined ? path : `${path}.${list.rowCount}.${String(list.firstBox)}`);
      setForm(changes.added);
    },
  };
  return handlers;
}

/** What a list's rows and its button do. */
export interface ListHandlers<Row> {
  onInput(index: number, name: BoxOf<Row>, value: string): void;
  onRemove(index: number): void;
  onAdd(): void;
}

/**
 * A list of a form: its rows, each a fieldset with its boxes and a "Remove" button, then its "Add" button, which
 * shows the errors about the whole list (none given, one a plan still uses taken away).
 */
export function RuleList<Row extends { key: number }, W extends ListWords = Words>(
  props: Omit<RowsProps<Row, W>, 'onInput' | 'onRemove'> & { addLabel: string; handlers: ListHandlers<Row> },
) {
  const { addLabel, handlers, ...rows } = props;
  return (
    <>
      <RuleRows {...rows} onInput={handlers.onInput} onRemove={handlers.onRemove} />
      <ListButton path={props.list} label={addLabel} error={props.errorOf(props.list)} onClick={handlers.onAdd} />
    </>
  );
}
