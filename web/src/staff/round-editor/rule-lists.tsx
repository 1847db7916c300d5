import type { LocalizedText } from '../../api/types.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { FieldFrame, FieldGroup, fieldWiring } from '../../components/field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { fieldId } from '../../flow/steps.ts';
import type { StaffTexts } from '../i18n/texts.ts';
import { type BoxOf, GROUPS, type RulesForm } from './rules-form.ts';

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

interface RowsProps<Row> {
  w: Words;
  rows: Row[];
  errorOf: ErrorOf;
  onInput(index: number, name: BoxOf<Row>, value: string): void;
  onRemove(index: number): void;
}

/** Each municipality with its code, names and places; one may be removed while another remains. */
export function MunicipalityRows({
  w,
  rows,
  errorOf,
  onInput,
  onRemove,
}: RowsProps<RulesForm['municipalities'][number]>) {
  return (
    <>
      {rows.map((row, index) => {
        const path = `municipalities.${index}`;
        const input = (name: BoxOf<typeof row>) => (value: string) => onInput(index, name, value);
        return (
          <fieldset class="fieldset review-section" key={row.key}>
            <legend class="legend">{w.municipality(index + 1)}</legend>
            <TextField
              path={`${path}.code`}
              label={w.code}
              hint={w.codeHint}
              size="short"
              spellcheck={false}
              value={row.code}
              onInput={input('code')}
              error={errorOf(`${path}.code`)}
            />
            <TextField
              path={`${path}.name.lv`}
              label={w.municipalityNameLv}
              value={row.nameLv}
              onInput={input('nameLv')}
              error={errorOf(`${path}.name.lv`)}
            />
            <TextField
              path={`${path}.name.en`}
              label={w.municipalityNameEn}
              value={row.nameEn}
              onInput={input('nameEn')}
              error={errorOf(`${path}.name.en`)}
            />
            <TextField
              path={`${path}.cap`}
              label={w.places}
              size="short"
              inputMode="numeric"
              value={row.cap}
              onInput={input('cap')}
              error={errorOf(`${path}.cap`)}
            />
            {rows.length > 1 && (
              <RemoveButton label={w.remove} name={w.removeMunicipality(index + 1)} onClick={() => onRemove(index)} />
            )}
          </fieldset>
        );
      })}
    </>
  );
}

/** Each selection criterion with its id, names and maximum points. */
export function CriterionRows({ w, rows, errorOf, onInput, onRemove }: RowsProps<RulesForm['criteria'][number]>) {
  return (
    <>
      {rows.map((row, index) => {
        const path = `criteria.${index}`;
        const input = (name: BoxOf<typeof row>) => (value: string) => onInput(index, name, value);
        return (
          <fieldset class="fieldset review-section" key={row.key}>
            <legend class="legend">{w.criterion(index + 1)}</legend>
            <TextField
              path={`${path}.id`}
              label={w.criterionId}
              hint={w.criterionIdHint}
              size="medium"
              spellcheck={false}
              value={row.id}
              onInput={input('id')}
              error={errorOf(`${path}.id`)}
            />
            <TextField
              path={`${path}.name.lv`}
              label={w.criterionNameLv}
              value={row.nameLv}
              onInput={input('nameLv')}
              error={errorOf(`${path}.name.lv`)}
            />
            <TextField
              path={`${path}.name.en`}
              label={w.criterionNameEn}
              value={row.nameEn}
              onInput={input('nameEn')}
              error={errorOf(`${path}.name.en`)}
            />
            <TextField
              path={`${path}.maxPoints`}
              label={w.maxPoints}
              size="short"
              inputMode="numeric"
              value={row.maxPoints}
              onInput={input('maxPoints')}
              error={errorOf(`${path}.maxPoints`)}
            />
            <RemoveButton label={w.remove} name={w.removeCriterion(index + 1)} onClick={() => onRemove(index)} />
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
export function ListButton(props: { path: string; label: string; error: LocalizedText | undefined; onClick(): void }) {
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
