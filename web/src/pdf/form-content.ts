import { documentsNeeded } from '../../../shared/domain/document-requirements.ts';
import type { Language, Round } from '../api/types.ts';
import type { Answers } from '../draft/draft.ts';
import { formWords } from './form-words.ts';

/** One block of the printed form, top to bottom; the layout (`application-pdf.ts`) decides where it lands. */
export type FormBlock =
  | { kind: 'title'; text: string }
  | { kind: 'subtitle'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'note'; text: string }
  /** A labelled line: the value printed on it, or left empty to write on. */
  | { kind: 'field'; label: string; value: string }
  /** A row of boxes, the chosen one marked. */
  | { kind: 'choice'; label: string; options: { text: string; chosen: boolean }[] }
  | { kind: 'statement'; text: string }
  | { kind: 'box'; text: string; ticked: boolean }
  | { kind: 'signature'; date: string; signature: string; name: string; nameValue: string };

export interface FormContent {
  language: Language;
  title: string;
  fileName: string;
  blocks: FormBlock[];
}

/** What the form is filled in with: the answers typed so far, and the application's number once it has one. */
export interface FormFilling {
  answers: Answers;
  reference?: string;
}

/**
 * The application form of a round, as the call asks for it: the person, the representative, the statements the
 * signature confirms, the documents attached, and a place for the date and the signature. Blank without `filling`
 * (to print and fill in by hand), or filled in with the person's answers (to check, sign and upload).
 */
export function formContent(round: Round, language: Language, filling?: FormFilling): FormContent {
  const w = formWords[language];
  const answers = filling?.answers;
  const person = answers?.person;
  const representative = answers?.applicant === 'other' ? answers.representative : undefined;
  const roundName = round.name[language];
  const municipality = round.municipalities.find((candidate) => candidate.code === answers?.municipalityCode);
  const group = answers?.disabilityGroup;
  const text = (value: string | undefined) => value?.trim() ?? '';
  const birthDate =
    person && [person.birthDay, person.birthMonth, person.birthYear].every((part) => part.trim())
      ? `${person.birthDay.trim().padStart(2, '0')}.${person.birthMonth.trim().padStart(2, '0')}.${person.birthYear.trim()}`
      : '';

  const blocks: FormBlock[] = [
    { kind: 'title', text: w.title },
    { kind: 'subtitle', text: w.subtitle(roundName) },
  ];
  if (filling?.reference) blocks.push({ kind: 'note', text: w.reference(filling.reference) });
  if (!filling) blocks.push({ kind: 'note', text: w.howToFill });

  blocks.push(
    { kind: 'heading', text: w.personTitle },
    { kind: 'field', label: w.firstName, value: text(person?.firstName) },
    { kind: 'field', label: w.lastName, value: text(person?.lastName) },
    { kind: 'field', label: w.personalCode, value: text(person?.personalCode) },
    { kind: 'field', label: w.dateOfBirth, value: birthDate },
    { kind: 'field', label: w.municipality, value: municipality?.name[language] ?? '' },
    {
      kind: 'choice',
      label: w.disabilityGroup,
      options: round.eligibleDisabilityGroups.map((eligible) => ({
        text: w.group(eligible),
        chosen: group === String(eligible),
      })),
    },
    { kind: 'field', label: w.phone, value: text(answers?.contact.phone) },
    { kind: 'field', label: w.email, value: text(answers?.contact.email) },
    {
      kind: 'choice',
      label: w.language,
      options: (['lv', 'en'] as const).map((option) => ({
        text: w.languages[option],
        chosen: answers?.contact.language === option,
      })),
    },
  );
  // A person applying for themself gets no representative's part to fill in; the blank form keeps it.
  if (!answers || representative) {
    blocks.push(
      { kind: 'heading', text: w.representativeTitle },
      ...(answers ? [] : [{ kind: 'note' as const, text: w.representativeHint }]),
      {
        kind: 'field',
        label: w.representativeName,
        value: representative ? `${text(representative.firstName)} ${text(representative.lastName)}`.trim() : '',
      },
      {
        kind: 'choice',
        label: w.capacity,
        options: (['legal-representative', 'guardian', 'authorised-person'] as const).map((capacity) => ({
          text: w.capacities[capacity],
          chosen: representative?.capacity === capacity,
        })),
      },
      { kind: 'field', label: w.phone, value: text(representative?.phone) },
      { kind: 'field', label: w.email, value: text(representative?.email) },
    );
  }

  blocks.push(
    { kind: 'heading', text: w.statementsTitle },
    { kind: 'note', text: w.statementsIntro },
    { kind: 'statement', text: w.takePart(roundName) },
    ...(round.requiresMentalDisorder ? [{ kind: 'statement' as const, text: w.mentalDisorder }] : []),
    { kind: 'statement', text: w.residence },
    { kind: 'statement', text: w.consent },
    { kind: 'statement', text: w.truth },
  );

  // Every document that goes with the form (the form itself is not attached to itself); the blank form lists the
  // proof of authority too, for whoever applies for someone.
  const attachments = documentsNeeded(round, {
    channel: 'paper',
    ...((!answers || representative) && { representative: {} }),
  }).filter((document) => document.type !== 'application-form');
  blocks.push(
    { kind: 'heading', text: w.attachmentsTitle },
    ...attachments.map((document) => ({
      kind: 'box' as const,
      text: `${document.name[language]}. ${document.description[language]}`,
      ticked: false,
    })),
  );

  const signer = representative ?? (answers ? person : undefined);
  blocks.push(
    { kind: 'heading', text: w.signatureTitle },
    {
      kind: 'signature',
      date: w.date,
      signature: w.signature,
      name: w.signatureName,
      nameValue: signer ? `${text(signer.firstName)} ${text(signer.lastName)}`.trim() : '',
    },
    { kind: 'note', text: w.eSignature },
    { kind: 'note', text: w.whereToSend },
  );

  const stem = language === 'lv' ? 'iesniegums' : 'application';
  return {
    language,
    title: `${w.title}: ${roundName}`,
    fileName: `${stem}-${filling?.reference ?? round.id}.pdf`,
    blocks,
  };
}
