import { MAX_DRAFT_DAYS } from '../../../../shared/domain/draft-days.ts';
import { MAX_RETENTION_DAYS } from '../../../../shared/domain/retention-days.ts';
import { RIGA_TIME_ZONE } from '../../../../shared/domain/riga-time.ts';
import { ROUND_ID_PATTERN } from '../../../../shared/domain/round-id.ts';
import type { FieldError, Round } from '../../api/types.ts';

type Municipality = Round['municipalities'][number];

import { formatDay } from '../../format/dates.ts';
import type { RoundRules } from '../api/types.ts';
import { parseDay } from '../format/dates.ts';
import { staffFieldError } from '../i18n/field-errors.ts';
import type { StaffTexts } from '../i18n/words.ts';

/**
 * The round editor's form and its rules, apart from the page that shows it: what the boxes hold, the browser's
 * own checks, and the request they become.
 */

/** The disability groups a round may admit. */
export const GROUPS = [1, 2, 3] as const;

export interface MunicipalityRow {
  /** Identifies the row while it is on screen (for focus and rendering), never sent. */
  key: number;
  code: string;
  nameLv: string;
  nameEn: string;
  cap: string;
  /** The social service's name and contacts: all four, or none for a round that does not name them yet. */
  serviceNameLv: string;
  serviceNameEn: string;
  serviceAddress: string;
  servicePhone: string;
  serviceEmail: string;
  /** To whom a decision is contested, when not the head of the social service: both languages, or neither. */
  contestToLv: string;
  contestToEn: string;
}

/** The boxes of the social service, each optional as long as all of its group are empty. */
const SERVICE_BOXES = ['serviceNameLv', 'serviceNameEn', 'serviceAddress', 'servicePhone', 'serviceEmail'] as const;
const CONTEST_BOXES = ['contestToLv', 'contestToEn'] as const;

export interface CriterionRow {
  key: number;
  id: string;
  nameLv: string;
  nameEn: string;
  maxPoints: string;
}

/** The form as typed: every box holds text until the save turns it into the request. */
export interface RulesForm {
  roundId: string;
  nameLv: string;
  nameEn: string;
  whoLv: string;
  whoEn: string;
  firstDay: string;
  lastDay: string;
  groups: number[];
  mentalDisorder: boolean;
  /** Online applicants upload no signed application form. */
  onlineAnswersAreApplication: boolean;
  municipalities: MunicipalityRow[];
  criteria: CriterionRow[];
  /** The day results are expected by, `dd.mm.yyyy`; may be left empty. */
  resultsExpectedBy: string;
  /** Days after publication to keep the data of people who got no place. */
  notSelectedDays: string;
  /** Days after a participant's year of services to keep their data. */
  participantDays: string;
  /** Empty: the default number of days a draft is kept. */
  draftDays: string;
}

let nextKey = 1;
export const emptyMunicipality = (): MunicipalityRow => ({
  key: nextKey++,
  code: '',
  nameLv: '',
  nameEn: '',
  cap: '',
  serviceNameLv: '',
  serviceNameEn: '',
  serviceAddress: '',
  servicePhone: '',
  serviceEmail: '',
  contestToLv: '',
  contestToEn: '',
});
export const emptyCriterion = (): CriterionRow => ({ key: nextKey++, id: '', nameLv: '', nameEn: '', maxPoints: '' });

/** The form for a round's rules as they stand, or an empty one for a new round (every group, one municipality). */
export function formOf(round: Round | undefined): RulesForm {
  if (!round) {
    return {
      roundId: '',
      nameLv: '',
      nameEn: '',
      whoLv: '',
      whoEn: '',
      firstDay: '',
      lastDay: '',
      groups: [...GROUPS],
      mentalDisorder: true,
      onlineAnswersAreApplication: false,
      municipalities: [emptyMunicipality()],
      criteria: [],
      resultsExpectedBy: '',
      notSelectedDays: '',
      participantDays: '',
      draftDays: '',
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
    onlineAnswersAreApplication: round.onlineAnswersAreApplication ?? false,
    municipalities: round.municipalities.map((municipality) => ({
      key: nextKey++,
      code: municipality.code,
      nameLv: municipality.name.lv,
      nameEn: municipality.name.en,
      cap: String(municipality.cap),
      serviceNameLv: municipality.socialService?.name.lv ?? '',
      serviceNameEn: municipality.socialService?.name.en ?? '',
      serviceAddress: municipality.socialService?.address ?? '',
      servicePhone: municipality.socialService?.phone ?? '',
      serviceEmail: municipality.socialService?.email ?? '',
      contestToLv: municipality.socialService?.contestTo?.lv ?? '',
      contestToEn: municipality.socialService?.contestTo?.en ?? '',
    })),
    criteria: round.criteria.map((criterion) => ({
      key: nextKey++,
      id: criterion.id,
      nameLv: criterion.name.lv,
      nameEn: criterion.name.en,
      maxPoints: String(criterion.maxPoints),
    })),
    resultsExpectedBy: round.resultsExpectedBy ? formatDay(round.resultsExpectedBy) : '',
    notSelectedDays: String(round.retention.notSelectedDays),
    participantDays: String(round.retention.participantDays),
    draftDays: round.retention.draftDays === undefined ? '' : String(round.retention.draftDays),
  };
}

/** A whole number above zero, or undefined. */
export function wholeNumber(text: string): number | undefined {
  return /^\s*\d+\s*$/.test(text) && Number(text) >= 1 ? Number(text) : undefined;
}

/** The groups with `group` ticked or not; the order they were ticked in does not matter (the request sorts). */
export function withGroup(groups: number[], group: number, ticked: boolean): number[] {
  const others = groups.filter((other) => other !== group);
  return ticked ? [...others, group] : others;
}

/** The words of the round editor, which name its boxes. */
type Words = StaffTexts['roundEditor'];

/** The boxes of a row, by name. */
export type BoxOf<Row> = Exclude<keyof Row, 'key'>;

/**
 * One box of a row of a list (the municipalities, the criteria; a year's services and providers): the row's field
 * it edits, its path in the request below the row, its label (which the form's own errors name it by, in the
 * words `W` of the form's page), its hint and width, and whether it holds a whole number. The form shows the rows
 * by these, and checks them by the same.
 */
export interface RowBox<Row, W = Words> {
  name: BoxOf<Row>;
  path: string;
  label(w: W): string;
  hint?(w: W): string;
  size?: 'short' | 'medium';
  numeric?: boolean;
  /** Holds an amount with decimals (euros), so a phone's keyboard offers the decimal mark. */
  decimal?: boolean;
  /** May be left empty (the form checks the group it belongs to); the boxes before it are the row's own. */
  optional?: boolean;
  type?: 'email' | 'tel';
  /** A choice from a short list rather than a box to type in: its options, the first of which is "Choose…". */
  choices?(w: W): { value: string; label: string }[];
}

export const MUNICIPALITY_BOXES: readonly RowBox<MunicipalityRow>[] = [
  { name: 'code', path: 'code', label: (w) => w.code, hint: (w) => w.codeHint, size: 'short' },
  { name: 'nameLv', path: 'name.lv', label: (w) => w.municipalityNameLv },
  { name: 'nameEn', path: 'name.en', label: (w) => w.municipalityNameEn },
  { name: 'cap', path: 'cap', label: (w) => w.places, size: 'short', numeric: true },
  {
    name: 'serviceNameLv',
    path: 'socialService.name.lv',
    label: (w) => w.serviceNameLv,
    hint: (w) => w.serviceHint,
    optional: true,
  },
  { name: 'serviceNameEn', path: 'socialService.name.en', label: (w) => w.serviceNameEn, optional: true },
  { name: 'serviceAddress', path: 'socialService.address', label: (w) => w.serviceAddress, optional: true },
  {
    name: 'servicePhone',
    path: 'socialService.phone',
    label: (w) => w.servicePhone,
    size: 'medium',
    optional: true,
    type: 'tel',
  },
  { name: 'serviceEmail', path: 'socialService.email', label: (w) => w.serviceEmail, optional: true, type: 'email' },
  {
    name: 'contestToLv',
    path: 'socialService.contestTo.lv',
    label: (w) => w.contestToLv,
    hint: (w) => w.contestToHint,
    optional: true,
  },
  { name: 'contestToEn', path: 'socialService.contestTo.en', label: (w) => w.contestToEn, optional: true },
];

export const CRITERION_BOXES: readonly RowBox<CriterionRow>[] = [
  { name: 'id', path: 'id', label: (w) => w.criterionId, hint: (w) => w.criterionIdHint, size: 'medium' },
  { name: 'nameLv', path: 'name.lv', label: (w) => w.criterionNameLv },
  { name: 'nameEn', path: 'name.en', label: (w) => w.criterionNameEn },
  { name: 'maxPoints', path: 'maxPoints', label: (w) => w.maxPoints, size: 'short', numeric: true },
];

/**
 * The form's own checks, before anything is sent: the boxes must hold what the request can carry (real dates,
 * whole numbers, an id the API takes). Everything else (the last day after the first, codes, repeated entries)
 * is the API's to say.
 */
export function checkRulesForm(form: RulesForm, isNew: boolean): FieldError[] {
  const errors: FieldError[] = [];
  // In the staff pages' words, with the code the API gives a box that does not hold what it takes.
  const add = (path: string, words: (s: StaffTexts) => string) =>
    errors.push(staffFieldError(path, 'FIELD_INVALID', words));
  type Pick = (words: Words) => string;
  const required = (path: string, value: string, pick: Pick) => {
    if (!value.trim()) add(path, (s) => s.roundEditor.required(pick(s.roundEditor)));
  };
  const number = (path: string, value: string, pick: Pick) => {
    if (wholeNumber(value) === undefined) {
      add(path, (s) => s.roundEditor.wholeNumber(pick(s.roundEditor)));
    }
  };
  const day = (path: string, value: string, pick: Pick) => {
    if (!parseDay(value)) add(path, (s) => s.common.invalidDate(pick(s.roundEditor)));
  };
  /** Each box of each row, named by the row's place in the list: "Municipality 2: places". */
  const rows = <Row>(
    list: ListName,
    all: Row[],
    boxes: readonly RowBox<Row>[],
    rowName: (w: Words, n: number) => string,
  ) =>
    all.forEach((row, index) => {
      for (const box of boxes) {
        if (box.optional && !inUse(row, box.name)) continue;
        const check = box.numeric ? number : required;
        check(
          `${list}.${index}.${box.path}`,
          String(row[box.name]),
          (w) => `${rowName(w, index + 1)}: ${box.label(w)}`,
        );
      }
    });

  if (isNew) {
    if (!form.roundId.trim()) add('roundId', (s) => s.roundEditor.requiredRoundId);
    else if (!ROUND_ID_PATTERN.test(form.roundId.trim())) {
      add('roundId', (s) => s.roundEditor.invalidRoundId);
    }
  }
  required('name.lv', form.nameLv, (w) => w.nameLv);
  required('name.en', form.nameEn, (w) => w.nameEn);
  required('whoMayApply.lv', form.whoLv, (w) => w.whoLv);
  required('whoMayApply.en', form.whoEn, (w) => w.whoEn);
  day('window.firstDay', form.firstDay, (w) => w.firstDay);
  day('window.lastDay', form.lastDay, (w) => w.lastDay);
  if (form.groups.length === 0) add('eligibleDisabilityGroups', (s) => s.roundEditor.requiredGroups);
  rows('municipalities', form.municipalities, MUNICIPALITY_BOXES, (w, n) => w.municipality(n));
  rows('criteria', form.criteria, CRITERION_BOXES, (w, n) => w.criterion(n));
  if (form.resultsExpectedBy.trim()) day('resultsExpectedBy', form.resultsExpectedBy, (w) => w.resultsExpectedBy);
  const period = (path: string, value: string, pick: Pick) => {
    const days = wholeNumber(value);
    if (days === undefined) number(path, value, pick);
    else if (days > MAX_RETENTION_DAYS) {
      add(path, (s) => s.roundEditor.retentionDaysRange(pick(s.roundEditor), MAX_RETENTION_DAYS));
    }
  };
  period('retention.notSelectedDays', form.notSelectedDays, (w) => w.notSelectedDays);
  period('retention.participantDays', form.participantDays, (w) => w.participantDays);
  const draftDays = wholeNumber(form.draftDays);
  if (form.draftDays.trim() && (draftDays === undefined || draftDays > MAX_DRAFT_DAYS)) {
    add('retention.draftDays', (s) => s.roundEditor.draftDaysRange(MAX_DRAFT_DAYS));
  }
  return errors;
}

/**
 * Whether an optional box must be filled: a box of the social service once any of its contacts is typed, a box of
 * the contest addressee once the other language is. Other rows have no optional boxes.
 */
function inUse<Row>(row: Row, name: BoxOf<Row>): boolean {
  const filled = (names: readonly string[]) => names.some((other) => String(row[other as keyof Row] ?? '').trim());
  if ((SERVICE_BOXES as readonly string[]).includes(String(name))) return filled(SERVICE_BOXES);
  if ((CONTEST_BOXES as readonly string[]).includes(String(name))) return filled(CONTEST_BOXES);
  return false;
}

/** The social service of a row, when its boxes are filled in. */
function socialServiceOf(row: MunicipalityRow): Municipality['socialService'] {
  if (!SERVICE_BOXES.some((name) => row[name].trim())) return undefined;
  const contestTo = row.contestToLv.trim() || row.contestToEn.trim();
  return {
    name: { lv: row.serviceNameLv.trim(), en: row.serviceNameEn.trim() },
    address: row.serviceAddress.trim(),
    phone: row.servicePhone.trim(),
    email: row.serviceEmail.trim(),
    ...(contestTo && { contestTo: { lv: row.contestToLv.trim(), en: row.contestToEn.trim() } }),
  };
}

/**
 * The request for the form's rules; only sent once `checkRulesForm` found nothing. The documents are not edited
 * here: a round keeps its own, and a new round takes over the demo round's.
 */
export function rulesOf(form: RulesForm, documents: Round['requiredDocuments']): RoundRules {
  return {
    name: { lv: form.nameLv.trim(), en: form.nameEn.trim() },
    whoMayApply: { lv: form.whoLv.trim(), en: form.whoEn.trim() },
    window: {
      firstDay: parseDay(form.firstDay) ?? '',
      lastDay: parseDay(form.lastDay) ?? '',
      timeZone: RIGA_TIME_ZONE,
    },
    eligibleDisabilityGroups: [...form.groups].sort((a, b) => a - b),
    requiresMentalDisorder: form.mentalDisorder,
    municipalities: form.municipalities.map((row) => {
      const socialService = socialServiceOf(row);
      return {
        code: row.code.trim(),
        name: { lv: row.nameLv.trim(), en: row.nameEn.trim() },
        cap: wholeNumber(row.cap) ?? 0,
        ...(socialService && { socialService }),
      };
    }),
    criteria: form.criteria.map((row) => ({
      id: row.id.trim(),
      name: { lv: row.nameLv.trim(), en: row.nameEn.trim() },
      maxPoints: wholeNumber(row.maxPoints) ?? 0,
    })),
    requiredDocuments: documents,
    // Sent only when set, so the rules of a round that never used it stay as they were.
    ...(form.onlineAnswersAreApplication && { onlineAnswersAreApplication: true }),
    ...(parseDay(form.resultsExpectedBy) && { resultsExpectedBy: parseDay(form.resultsExpectedBy) }),
    retention: {
      ...(wholeNumber(form.draftDays) && { draftDays: wholeNumber(form.draftDays) }),
      notSelectedDays: wholeNumber(form.notSelectedDays) ?? 0,
      participantDays: wholeNumber(form.participantDays) ?? 0,
    },
  };
}

export type ListName = 'municipalities' | 'criteria';
export type RowOf<L extends ListName> = RulesForm[L][number];

/** How a form changes when one of its lists does: one box of one row typed in, a row removed, a row added. */
export interface ListChanges<Form, Row> {
  value(form: Form, index: number, name: BoxOf<Row>, value: string): Form;
  removed(form: Form, index: number): Form;
  added(form: Form): Form;
}

/**
 * The changes of one list of a form, from where the form keeps its rows and what a new row is: the rows as a
 * copy each time, the other rows and the form as they were.
 */
export function listChanges<Form, Row>(
  rowsOf: (form: Form) => readonly Row[],
  withRows: (form: Form, rows: Row[]) => Form,
  empty: () => Row,
): ListChanges<Form, Row> {
  return {
    value: (form, index, name, value) =>
      withRows(
        form,
        rowsOf(form).map((row, at) => (at === index ? { ...row, [name]: value } : row)),
      ),
    removed: (form, index) =>
      withRows(
        form,
        rowsOf(form).filter((_, at) => at !== index),
      ),
    added: (form) => withRows(form, [...rowsOf(form), empty()]),
  };
}

/** The round editor's lists: the municipalities and the criteria. */
export function rulesListChanges<L extends ListName>(list: L): ListChanges<RulesForm, RowOf<L>> {
  return listChanges<RulesForm, RowOf<L>>(
    (form) => form[list] as RowOf<L>[],
    (form, rows) => ({ ...form, [list]: rows }),
    () => (list === 'municipalities' ? emptyMunicipality() : emptyCriterion()) as RowOf<L>,
  );
}

/** The form with one box of one row changed. */
export function withRowValue<L extends ListName>(
  form: RulesForm,
  list: L,
  index: number,
  name: BoxOf<RowOf<L>>,
  value: string,
): RulesForm {
  return rulesListChanges(list).value(form, index, name, value);
}

/** The form with one more, empty, row at the end of the list. */
export function withRowAdded(form: RulesForm, list: ListName): RulesForm {
  return rulesListChanges(list).added(form);
}

/** The form without the row at `index`. */
export function withRowRemoved(form: RulesForm, list: ListName, index: number): RulesForm {
  return rulesListChanges(list).removed(form, index);
}
