import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api as publicApi } from '../../api/client.ts';
import type { FieldError, LocalizedText, Round } from '../../api/types.ts';
import { Checkbox } from '../../components/checkbox.tsx';
import { describedBy, ErrorMessage } from '../../components/error-message.tsx';
import { Heading, Page } from '../../components/page.tsx';
import { StepForm } from '../../components/step-form.tsx';
import { TextField } from '../../components/text-field.tsx';
import { navigate } from '../../flow/router.ts';
import { fieldId } from '../../flow/steps.ts';
import { formatDay } from '../../format/dates.ts';
import type { RoundRules } from '../api/types.ts';
import { rememberRound } from '../api/use-round.ts';
import { useStaffData } from '../api/use-staff-data.ts';
import { LoadError, Loading, NotForYou } from '../components/load-state.tsx';
import { showApiError, useFormFeedback } from '../components/use-form-feedback.ts';
import { parseDay } from '../format/dates.ts';
import { type StaffTexts, staffMessage, useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { useSignedIn } from '../session/session-context.ts';

/** The round whose documents a new round takes over: the documents are not edited on this page. */
const DOCUMENTS_FROM = 'demo';
const ROUND_ID = /^[a-z0-9][a-z0-9-]{1,62}$/;
const TIME_ZONE = 'Europe/Riga';
const GROUPS = [1, 2, 3] as const;

interface MunicipalityRow {
  key: number;
  code: string;
  nameLv: string;
  nameEn: string;
  cap: string;
}

interface CriterionRow {
  key: number;
  id: string;
  nameLv: string;
  nameEn: string;
  maxPoints: string;
}

/** The form as typed: every box holds text until the save turns it into the request. */
interface RulesForm {
  roundId: string;
  nameLv: string;
  nameEn: string;
  whoLv: string;
  whoEn: string;
  firstDay: string;
  lastDay: string;
  groups: number[];
  mentalDisorder: boolean;
  municipalities: MunicipalityRow[];
  criteria: CriterionRow[];
  retentionDays: string;
}

let nextKey = 1;
const emptyMunicipality = (): MunicipalityRow => ({ key: nextKey++, code: '', nameLv: '', nameEn: '', cap: '' });
const emptyCriterion = (): CriterionRow => ({ key: nextKey++, id: '', nameLv: '', nameEn: '', maxPoints: '' });

function formOf(round: Round | undefined): RulesForm {
  if (!round) {
    return {
      roundId: '',
      nameLv: '',
      nameEn: '',
      whoLv: '',
      whoEn: '',
      firstDay: '',
      lastDay: '',
      groups: [1, 2, 3],
      mentalDisorder: true,
      municipalities: [emptyMunicipality()],
      criteria: [],
      retentionDays: '',
    };
  }
  return {
    roundId: round.id,
    nameLv: round.name.lv,
    nameEn: round.name.en,
    whoLv: round.whoMayApply.lv,
    whoEn: round.whoMayApply.en,
    firstDay: formatDay(round.window.firstDay),
    lastDay: formatDay(round.window.lastDay),
    groups: [...round.eligibleDisabilityGroups],
    mentalDisorder: round.requiresMentalDisorder,
    municipalities: round.municipalities.map((municipality) => ({
      key: nextKey++,
      code: municipality.code,
      nameLv: municipality.name.lv,
      nameEn: municipality.name.en,
      cap: String(municipality.cap),
    })),
    criteria: round.criteria.map((criterion) => ({
      key: nextKey++,
      id: criterion.id,
      nameLv: criterion.name.lv,
      nameEn: criterion.name.en,
      maxPoints: String(criterion.maxPoints),
    })),
    retentionDays: String(round.retentionDays),
  };
}

/** A whole number above zero, or undefined. */
function wholeNumber(text: string): number | undefined {
  return /^\s*\d+\s*$/.test(text) && Number(text) >= 1 ? Number(text) : undefined;
}

/**
 * The form's own checks, before anything is sent: the boxes must hold what the request can carry (real dates,
 * whole numbers). Everything else (the last day after the first, codes, repeated entries) is the API's to say.
 */
function check(form: RulesForm, isNew: boolean): FieldError[] {
  const errors: FieldError[] = [];
  const add = (path: string, message: LocalizedText) => errors.push({ path, code: 'FIELD_INVALID', message });
  type Pick = (words: StaffTexts['roundEditor']) => string;
  const required = (path: string, value: string, pick: Pick) => {
    if (!value.trim())
      add(
        path,
        staffMessage((s) => s.roundEditor.required(pick(s.roundEditor))),
      );
  };
  const number = (path: string, value: string, pick: Pick) => {
    if (wholeNumber(value) === undefined) {
      add(
        path,
        staffMessage((s) => s.roundEditor.wholeNumber(pick(s.roundEditor))),
      );
    }
  };
  const day = (path: string, value: string, pick: Pick) => {
    if (!parseDay(value))
      add(
        path,
        staffMessage((s) => s.common.invalidDate(pick(s.roundEditor))),
      );
  };

  if (isNew) {
    if (!form.roundId.trim())
      add(
        'roundId',
        staffMessage((s) => s.roundEditor.requiredRoundId),
      );
    else if (!ROUND_ID.test(form.roundId.trim()))
      add(
        'roundId',
        staffMessage((s) => s.roundEditor.invalidRoundId),
      );
  }
  required('name.lv', form.nameLv, (w) => w.nameLv);
  required('name.en', form.nameEn, (w) => w.nameEn);
  required('whoMayApply.lv', form.whoLv, (w) => w.whoLv);
  required('whoMayApply.en', form.whoEn, (w) => w.whoEn);
  day('window.firstDay', form.firstDay, (w) => w.firstDay);
  day('window.lastDay', form.lastDay, (w) => w.lastDay);
  if (form.groups.length === 0)
    add(
      'eligibleDisabilityGroups',
      staffMessage((s) => s.roundEditor.requiredGroups),
    );
  form.municipalities.forEach((row, index) => {
    required(`municipalities.${index}.code`, row.code, (w) => `${w.municipality(index + 1)}: ${w.code}`);
    required(
      `municipalities.${index}.name.lv`,
      row.nameLv,
      (w) => `${w.municipality(index + 1)}: ${w.municipalityNameLv}`,
    );
    required(
      `municipalities.${index}.name.en`,
      row.nameEn,
      (w) => `${w.municipality(index + 1)}: ${w.municipalityNameEn}`,
    );
    number(`municipalities.${index}.cap`, row.cap, (w) => `${w.municipality(index + 1)}: ${w.places}`);
  });
  form.criteria.forEach((row, index) => {
    required(`criteria.${index}.id`, row.id, (w) => `${w.criterion(index + 1)}: ${w.criterionId}`);
    required(`criteria.${index}.name.lv`, row.nameLv, (w) => `${w.criterion(index + 1)}: ${w.criterionNameLv}`);
    required(`criteria.${index}.name.en`, row.nameEn, (w) => `${w.criterion(index + 1)}: ${w.criterionNameEn}`);
    number(`criteria.${index}.maxPoints`, row.maxPoints, (w) => `${w.criterion(index + 1)}: ${w.maxPoints}`);
  });
  number('retentionDays', form.retentionDays, (w) => w.retentionTitle);
  return errors;
}

function rulesOf(form: RulesForm, documents: Round['requiredDocuments']): RoundRules {
  return {
    name: { lv: form.nameLv.trim(), en: form.nameEn.trim() },
    whoMayApply: { lv: form.whoLv.trim(), en: form.whoEn.trim() },
    window: { firstDay: parseDay(form.firstDay) ?? '', lastDay: parseDay(form.lastDay) ?? '', timeZone: TIME_ZONE },
    eligibleDisabilityGroups: [...form.groups].sort((a, b) => a - b),
    requiresMentalDisorder: form.mentalDisorder,
    municipalities: form.municipalities.map((row) => ({
      code: row.code.trim(),
      name: { lv: row.nameLv.trim(), en: row.nameEn.trim() },
      cap: wholeNumber(row.cap) ?? 0,
    })),
    criteria: form.criteria.map((row) => ({
      id: row.id.trim(),
      name: { lv: row.nameLv.trim(), en: row.nameEn.trim() },
      maxPoints: wholeNumber(row.maxPoints) ?? 0,
    })),
    requiredDocuments: documents,
    retentionDays: wholeNumber(form.retentionDays) ?? 0,
  };
}

/** Administrators: `/office/rounds/{roundId}/rules/edit`, the rules of a round whose intake has not opened. */
export function EditRulesPage({ roundId }: { roundId: string }) {
  return (
    <AdministratorsOnly>
      <Loader roundId={roundId} />
    </AdministratorsOnly>
  );
}

/** Administrators: `/office/rounds/new`, a round of their own making. */
export function NewRoundPage() {
  return (
    <AdministratorsOnly>
      <Loader />
    </AdministratorsOnly>
  );
}

function AdministratorsOnly({ children }: { children: ComponentChildren }) {
  const { s } = useStaffTexts();
  const { identity } = useSignedIn();
  if (identity.role !== 'administrator') return <NotForYou text={s.common.administratorsOnly} />;
  return <>{children}</>;
}

/** Reads the round afresh (or the demo round, for its documents) and opens the form once it is there. */
function Loader({ roundId }: { roundId?: string }) {
  const { s } = useStaffTexts();
  const from = roundId ?? DOCUMENTS_FROM;
  const { data: round, error, retry } = useStaffData(`round:${from}`, () => publicApi.round(from));
  if (error) return <LoadError error={error} retry={retry} />;
  if (!round) return <Loading />;
  if (roundId && round.intakeState !== 'not-yet-open') {
    return (
      <Page title={s.roundEditor.editTitle}>
        <Heading>{s.roundEditor.editTitle}</Heading>
        <p>{s.roundEditor.frozen}</p>
        <p>
          <a href={staffPaths.rules(round.id)}>{s.roundEditor.backToRules}</a>
        </p>
      </Page>
    );
  }
  return <RoundEditor round={roundId ? round : undefined} documents={round.requiredDocuments} />;
}

function RoundEditor({ round, documents }: { round: Round | undefined; documents: Round['requiredDocuments'] }) {
  const { s, language } = useStaffTexts();
  const { api } = useSignedIn();
  const feedback = useFormFeedback();
  const [form, setForm] = useState(() => formOf(round));
  const [busy, setBusy] = useState(false);
  // After a row is added or removed, where the keyboard focus goes once the page shows it.
  const focusAfter = useRef<string | undefined>(undefined);
  useEffect(() => {
    // An effect of an earlier render may run first, before the new row is there: wait for the element.
    const element = focusAfter.current ? document.getElementById(focusAfter.current) : null;
    if (!element) return;
    element.focus();
    focusAfter.current = undefined;
  });

  const isNew = round === undefined;
  const title = isNew ? s.roundEditor.newTitle : s.roundEditor.editTitle;
  const w = s.roundEditor;
  const errorOf = feedback.errorOf;
  const set = (change: Partial<RulesForm>) => setForm((current) => ({ ...current, ...change }));
  const setMunicipality = (index: number, name: keyof Omit<MunicipalityRow, 'key'>) => (value: string) =>
    setForm((current) => ({
      ...current,
      municipalities: current.municipalities.map((row, at) => (at === index ? { ...row, [name]: value } : row)),
    }));
  const setCriterion = (index: number, name: keyof Omit<CriterionRow, 'key'>) => (value: string) =>
    setForm((current) => ({
      ...current,
      criteria: current.criteria.map((row, at) => (at === index ? { ...row, [name]: value } : row)),
    }));

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const own = check(form, isNew);
    if (own.length > 0) return feedback.fail(own);
    const roundId = isNew ? form.roundId.trim() : round.id;
    feedback.clear();
    setBusy(true);
    if (isNew) {
      // Saving an id that is taken would replace that round's rules: a new round must have an id of its own.
      const existing = await publicApi.round(roundId);
      if (existing.ok) {
        setBusy(false);
        return feedback.fail([
          { path: 'roundId', code: 'ROUND_EXISTS', message: staffMessage((words) => words.roundEditor.roundExists) },
        ]);
      }
    }
    const answer = await api.saveRound(roundId, rulesOf(form, documents));
    setBusy(false);
    if (!answer.ok) return showApiError(feedback, answer.error, '', 'name.lv');
    rememberRound(answer.data);
    navigate(staffPaths.rules(roundId));
  };

  const groupsId = fieldId('eligibleDisabilityGroups');
  const groupsError = errorOf('eligibleDisabilityGroups');

  return (
    <Page
      title={title}
      backHref={isNew ? staffPaths.home() : staffPaths.rules(round.id)}
      errors={feedback.errors}
      pageError={feedback.pageError}
      errorFocusKey={feedback.errorFocusKey}
    >
      <StepForm
        onSubmit={(event) => void submit(event)}
        busy={busy}
        submitLabel={isNew ? w.create : w.save}
        busyLabel={s.common.saving}
      >
        <Heading>{title}</Heading>
        {round && <p class="lead">{s.queue.roundLine(round.name[language])}</p>}
        <p>{w.intro}</p>

        {isNew && (
          <TextField
            path="roundId"
            label={w.roundId}
            hint={w.roundIdHint}
            size="medium"
            spellcheck={false}
            value={form.roundId}
            onInput={(value) => set({ roundId: value })}
            error={errorOf('roundId')}
          />
        )}

        <h2>{w.namesTitle}</h2>
        <TextField
          path="name.lv"
          label={w.nameLv}
          value={form.nameLv}
          onInput={(value) => set({ nameLv: value })}
          error={errorOf('name.lv')}
        />
        <TextField
          path="name.en"
          label={w.nameEn}
          value={form.nameEn}
          onInput={(value) => set({ nameEn: value })}
          error={errorOf('name.en')}
        />
        <TextField
          path="whoMayApply.lv"
          label={w.whoLv}
          value={form.whoLv}
          onInput={(value) => set({ whoLv: value })}
          error={errorOf('whoMayApply.lv')}
        />
        <TextField
          path="whoMayApply.en"
          label={w.whoEn}
          value={form.whoEn}
          onInput={(value) => set({ whoEn: value })}
          error={errorOf('whoMayApply.en')}
        />

        <h2>{w.windowTitle}</h2>
        <TextField
          path="window.firstDay"
          label={w.firstDay}
          hint={s.common.dateHint}
          size="medium"
          inputMode="numeric"
          value={form.firstDay}
          onInput={(value) => set({ firstDay: value })}
          error={errorOf('window.firstDay')}
        />
        <TextField
          path="window.lastDay"
          label={w.lastDay}
          hint={s.common.dateHint}
          size="medium"
          inputMode="numeric"
          value={form.lastDay}
          onInput={(value) => set({ lastDay: value })}
          error={errorOf('window.lastDay')}
        />
        <p>{w.timeZone}</p>

        <h2>{w.whoTitle}</h2>
        <div class={`field${groupsError ? ' field-error' : ''}`}>
          <fieldset class="fieldset" aria-describedby={describedBy(groupsId, false, groupsError)}>
            <legend class="legend">{w.groups}</legend>
            <ErrorMessage id={`${groupsId}-error`} message={groupsError} />
            {GROUPS.map((group, index) => {
              const id = index === 0 ? groupsId : `${groupsId}-${group}`;
              return (
                <div class="checkbox" key={group}>
                  <input
                    class="checkbox-input"
                    type="checkbox"
                    id={id}
                    name="eligibleDisabilityGroups"
                    value={String(group)}
                    checked={form.groups.includes(group)}
                    onChange={(event) => {
                      const checked = event.currentTarget.checked;
                      setForm((current) => ({
                        ...current,
                        groups: checked
                          ? [...current.groups.filter((g) => g !== group), group]
                          : current.groups.filter((g) => g !== group),
                      }));
                    }}
                    aria-invalid={groupsError ? 'true' : undefined}
                  />
                  <label class="checkbox-label" for={id}>
                    {w.group(group)}
                  </label>
                </div>
              );
            })}
          </fieldset>
        </div>
        <Checkbox
          path="requiresMentalDisorder"
          label={w.mentalDisorder}
          checked={form.mentalDisorder}
          onChange={(checked) => set({ mentalDisorder: checked })}
          error={errorOf('requiresMentalDisorder')}
        />

        <h2>{w.municipalitiesTitle}</h2>
        {form.municipalities.map((row, index) => {
          const path = `municipalities.${index}`;
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
                onInput={setMunicipality(index, 'code')}
                error={errorOf(`${path}.code`)}
              />
              <TextField
                path={`${path}.name.lv`}
                label={w.municipalityNameLv}
                value={row.nameLv}
                onInput={setMunicipality(index, 'nameLv')}
                error={errorOf(`${path}.name.lv`)}
              />
              <TextField
                path={`${path}.name.en`}
                label={w.municipalityNameEn}
                value={row.nameEn}
                onInput={setMunicipality(index, 'nameEn')}
                error={errorOf(`${path}.name.en`)}
              />
              <TextField
                path={`${path}.cap`}
                label={w.places}
                size="short"
                inputMode="numeric"
                value={row.cap}
                onInput={setMunicipality(index, 'cap')}
                error={errorOf(`${path}.cap`)}
              />
              {form.municipalities.length > 1 && (
                <button
                  type="button"
                  class="button button-secondary"
                  aria-label={w.removeMunicipality(index + 1)}
                  onClick={() => {
                    focusAfter.current = fieldId('municipalities');
                    setForm((current) => ({
                      ...current,
                      municipalities: current.municipalities.filter((_, at) => at !== index),
                    }));
                  }}
                >
                  {w.remove}
                </button>
              )}
            </fieldset>
          );
        })}
        <ListButton
          path="municipalities"
          label={w.addMunicipality}
          error={errorOf('municipalities')}
          onClick={() => {
            focusAfter.current = fieldId(`municipalities.${form.municipalities.length}.code`);
            setForm((current) => ({ ...current, municipalities: [...current.municipalities, emptyMunicipality()] }));
          }}
        />

        <h2>{w.criteriaTitle}</h2>
        {form.criteria.length === 0 && <p>{w.noCriteria}</p>}
        {form.criteria.map((row, index) => {
          const path = `criteria.${index}`;
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
                onInput={setCriterion(index, 'id')}
                error={errorOf(`${path}.id`)}
              />
              <TextField
                path={`${path}.name.lv`}
                label={w.criterionNameLv}
                value={row.nameLv}
                onInput={setCriterion(index, 'nameLv')}
                error={errorOf(`${path}.name.lv`)}
              />
              <TextField
                path={`${path}.name.en`}
                label={w.criterionNameEn}
                value={row.nameEn}
                onInput={setCriterion(index, 'nameEn')}
                error={errorOf(`${path}.name.en`)}
              />
              <TextField
                path={`${path}.maxPoints`}
                label={w.maxPoints}
                size="short"
                inputMode="numeric"
                value={row.maxPoints}
                onInput={setCriterion(index, 'maxPoints')}
                error={errorOf(`${path}.maxPoints`)}
              />
              <button
                type="button"
                class="button button-secondary"
                aria-label={w.removeCriterion(index + 1)}
                onClick={() => {
                  focusAfter.current = fieldId('criteria');
                  setForm((current) => ({ ...current, criteria: current.criteria.filter((_, at) => at !== index) }));
                }}
              >
                {w.remove}
              </button>
            </fieldset>
          );
        })}
        <ListButton
          path="criteria"
          label={w.addCriterion}
          error={errorOf('criteria')}
          onClick={() => {
            focusAfter.current = fieldId(`criteria.${form.criteria.length}.id`);
            setForm((current) => ({ ...current, criteria: [...current.criteria, emptyCriterion()] }));
          }}
        />

        <h2>{w.retentionTitle}</h2>
        <TextField
          path="retentionDays"
          label={w.retentionDays}
          size="short"
          inputMode="numeric"
          value={form.retentionDays}
          onInput={(value) => set({ retentionDays: value })}
          error={errorOf('retentionDays')}
        />

        <h2>{w.documentsTitle}</h2>
        <p>{isNew ? w.documentsNewText : w.documentsText}</p>
        <ul data-testid="required-documents">
          {documents.map((document) => (
            <li key={document.type}>{document.name[language]}</li>
          ))}
        </ul>
      </StepForm>
    </Page>
  );
}

/**
 * "Add municipality", "Add criterion": the button carries the list's id, so an error about the whole list (none
 * given, too many points in all) is shown above it and the error summary's link leads to it.
 */
function ListButton(props: { path: string; label: string; error: LocalizedText | undefined; onClick(): void }) {
  const id = fieldId(props.path);
  return (
    <div class={`field${props.error ? ' field-error' : ''}`}>
      <ErrorMessage id={`${id}-error`} message={props.error} />
      <button
        type="button"
        class="button button-secondary"
        id={id}
        aria-describedby={props.error ? `${id}-error` : undefined}
        onClick={props.onClick}
      >
        {props.label}
      </button>
    </div>
  );
}
