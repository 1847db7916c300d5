import type { Language } from '../schemas/common.ts';
import { formatRigaDateTime, type LetterBasics, type RenderedEmail, shownFirstName } from './format.ts';
import { heading, paragraph, renderLetter } from './letter.ts';

/** What the receipt says besides the basics: when the application was received. */
export interface ReceiptEmailInput extends LetterBasics {
  /** ISO instant of the server's receipt time. */
  receivedAt: string;
  /** Another application for the same person was sent in to this round before: the e-mail says so, kindly. */
  alreadyApplied?: boolean;
}

/** One language's words for the receipt; the frame around them is `letter.ts`'s. */
interface ReceiptWords {
  subject(reference: string): string;
  /** What was received; a representative is told for whom, by first name when there is one. */
  received(representative: boolean, name: string | undefined): string;
  receivedLabel: string;
  receivedAt(time: string): string;
  writeDown: string;
  alreadyApplied: { heading: string; text: string[] };
  next: { heading: string; steps(representative: boolean): string[] };
}

const WORDS: Record<Language, ReceiptWords> = {
  lv: {
    subject: (reference) => `Pieteikums saņemts: ${reference}`,
    received: (representative, name) => {
      if (!representative) return 'Mēs saņēmām jūsu pieteikumu.';
      return name
        ? `Mēs saņēmām pieteikumu, ko iesniedzāt par personu vārdā ${name}.`
        : 'Mēs saņēmām pieteikumu, ko iesniedzāt citas personas vārdā.';
    },
    receivedLabel: 'Saņemts',
    receivedAt: (time) => `${time} (Latvijas laiks)`,
    writeDown: 'Lūdzu, pierakstiet pieteikuma numuru. Tas noderēs, kad sazināsieties ar sociālo dienestu.',
    alreadyApplied: {
      heading: 'Šai personai jau ir pieteikums',
      text: [
        'Šai personai šajā kārtā jau ir iesniegts cits pieteikums.',
        'Tā nav kļūda, un jums nekas nav jādara. Sociālais dienests izskatīs abus pieteikumus un paturēs vienu no tiem.',
        'Ja sociālajam dienestam būs jautājumi, sociālais darbinieks ar jums sazināsies.',
      ],
    },
    next: {
      heading: 'Kas notiks tālāk',
      steps: (representative) => [
        'Pašvaldības sociālais dienests pārbaudīs dokumentus.',
        'Sociālais dienests pārbaudīs, vai pieteikums atbilst nosacījumiem.',
        representative
          ? 'Sociālais darbinieks var piezvanīt jums vai personai, ja būs jautājumi.'
          : 'Sociālais darbinieks var jums piezvanīt, ja būs jautājumi.',
        'Atlases rezultātu jums nosūtīsim pa e-pastu.',
      ],
    },
  },
  en: {
    subject: (reference) => `Application received: ${reference}`,
    received: (representative, name) => {
      if (!representative) return 'We have received your application.';
      return name
        ? `We have received the application you sent for ${name}.`
        : 'We have received the application you sent for another person.';
    },
    receivedLabel: 'Received',
    receivedAt: (time) => `${time} (Latvian time)`,
    writeDown: 'Please write down the reference number. You will need it when you contact the social service.',
    alreadyApplied: {
      heading: 'This person has already applied',
      text: [
        'Another application for this person was already sent in to this round.',
        'This is not a mistake, and you do not need to do anything. The social service will look at both applications and keep one of them.',
        'If the social service has questions, a social worker will contact you.',
      ],
    },
    next: {
      heading: 'What happens next',
      steps: (representative) => [
        'The social service of the municipality will check the documents.',
        'The social service will check that the application meets the conditions.',
        representative
          ? 'A social worker may call you or the person if they have questions.'
          : 'A social worker may call you if they have questions.',
        'We will send you the selection result by e-mail.',
      ],
    },
  },
};

/**
 * The confirmation sent when an application is submitted. Easy to read: short sentences with one idea each, the
 * receipt time in Riga time, what happens next and whom to ask.
 */
export function renderReceiptEmail(input: ReceiptEmailInput): RenderedEmail {
  const words = WORDS[input.language];
  const representative = input.recipient === 'representative';
  return renderLetter(input, {
    subject: words.subject(input.reference),
    lead: [words.received(representative, shownFirstName(input.personFirstName))],
    facts: [[words.receivedLabel, words.receivedAt(formatRigaDateTime(input.receivedAt))]],
    more: [
      paragraph(words.writeDown),
      ...(input.alreadyApplied
        ? [heading(words.alreadyApplied.heading), ...words.alreadyApplied.text.map(paragraph)]
        : []),
      heading(words.next.heading),
      { kind: 'steps', items: words.next.steps(representative) },
    ],
  });
}
