import type { LocalizedText } from '../schemas/common.ts';

export interface FieldName extends LocalizedText {
  /** A group of fields ("sadaļa" in Latvian) rather than one field. */
  section?: true;
}

/** The words people see on the form for each field of the application request. */
const FIELD_NAMES: Readonly<Record<string, FieldName>> = {
  person: { lv: 'ziņas par personu', en: 'details of the person', section: true },
  'person.firstName': { lv: 'vārds', en: 'first name' },
  'person.lastName': { lv: 'uzvārds', en: 'surname' },
  'person.personalCode': { lv: 'personas kods', en: 'personal code' },
  'person.dateOfBirth': { lv: 'dzimšanas datums', en: 'date of birth' },
  'person.municipalityCode': { lv: 'pašvaldība', en: 'municipality' },
  'person.disabilityGroup': { lv: 'invaliditātes grupa', en: 'disability group' },
  'person.mentalDisorderConfirmed': { lv: 'garīga rakstura traucējumi', en: 'mental disorder' },
  contact: { lv: 'saziņa', en: 'contact details', section: true },
  'contact.email': { lv: 'e-pasts', en: 'e-mail' },
  'contact.phone': { lv: 'tālrunis', en: 'phone' },
  'contact.language': { lv: 'saziņas valoda', en: 'language' },
  representative: { lv: 'ziņas par pārstāvi', en: 'details of the representative', section: true },
  'representative.firstName': { lv: 'pārstāvja vārds', en: "representative's first name" },
  'representative.lastName': { lv: 'pārstāvja uzvārds', en: "representative's surname" },
  'representative.capacity': { lv: 'pārstāvības veids', en: 'type of representation' },
  'representative.email': { lv: 'pārstāvja e-pasts', en: "representative's e-mail" },
  'representative.phone': { lv: 'pārstāvja tālrunis', en: "representative's phone" },
  consent: { lv: 'piekrišana', en: 'consent' },
};

/** A field the map does not know is named by its path: schema keys only, never input values. */
export function nameOf(path: string): FieldName {
  return FIELD_NAMES[path] ?? { lv: path, en: path };
}

/** Allowed values in words, for the few short lists of the form; other lists show the values as they are. */
export const VALUE_NAMES: Readonly<Record<string, Readonly<Record<string, LocalizedText>>>> = {
  'contact.language': {
    lv: { lv: 'latviešu (lv)', en: 'Latvian (lv)' },
    en: { lv: 'angļu (en)', en: 'English (en)' },
  },
  'representative.capacity': {
    'legal-representative': {
      lv: 'likumiskais pārstāvis (legal-representative)',
      en: 'legal representative (legal-representative)',
    },
    guardian: { lv: 'aizgādnis (guardian)', en: 'guardian (guardian)' },
    'authorised-person': { lv: 'pilnvarotā persona (authorised-person)', en: 'authorised person (authorised-person)' },
  },
};

const PHONE_HINT: LocalizedText = {
  lv: 'Ierakstiet no 8 līdz 20 cipariem. Drīkst lietot atstarpes un + sākumā.',
  en: 'Write 8 to 20 digits. Spaces and a + at the start are allowed.',
};

/** What a pattern-checked field should look like, for fields whose rule a person cannot guess. */
export const FORMAT_HINTS: Readonly<Record<string, LocalizedText>> = {
  'person.municipalityCode': {
    lv: 'Izvēlieties pašvaldību no saraksta. Pašvaldības kods izskatās šādi: LV-016.',
    en: 'Choose the municipality from the list. A municipality code looks like LV-016.',
  },
  'contact.phone': PHONE_HINT,
  'representative.phone': PHONE_HINT,
};

/** Shown when a value of the wrong kind arrives: Latvian in the dative, as "jābūt …" needs. */
export const EXPECTED_KINDS: Readonly<Record<string, LocalizedText>> = {
  string: { lv: 'tekstam', en: 'text' },
  number: { lv: 'skaitlim', en: 'a number' },
  int: { lv: 'veselam skaitlim', en: 'a whole number' },
  boolean: { lv: 'atbildei jā vai nē (true vai false)', en: 'yes or no (true or false)' },
  object: { lv: 'laukiem (JSON objektam)', en: 'a group of fields (a JSON object)' },
  array: { lv: 'sarakstam', en: 'a list' },
};
