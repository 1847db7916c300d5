import { latvianDate, localDateTime } from '../domain/riga-time.ts';
import type { Language } from '../schemas/common.ts';
import { formatRigaDateTime, type LetterBasics, type RenderedEmail, type WhoseSentence, whose } from './format.ts';
import { heading, paragraph, renderLetter } from './letter.ts';

/**
 * What the receipt says besides the basics: when the application was received, the access code that opens the
 * status page with the reference (not a personal code: it is made for this application only), and the dates
 * ahead.
 */
export interface ReceiptEmailInput extends LetterBasics {
  /** ISO instant of the server's receipt time. */
  receivedAt: string;
  /** Another application for the same person was sent in to this round before: the e-mail says so, kindly. */
  alreadyApplied?: boolean;
  accessCode?: string;
  /** ISO instant of the last minute applications are accepted (the window's end, or an early closing). */
  intakeEndsAt?: string;
  /** The day by which the results are expected, `YYYY-MM-DD`, when the round states one. */
  resultsExpectedBy?: string;
}

/** One language's words for the receipt; the frame around them is `letter.ts`'s. */
interface ReceiptWords {
  subject(reference: string): string;
  /** What was received; a representative is told for whom, by first name when there is one. */
  received: WhoseSentence;
  receivedLabel: string;
  receivedAt(time: string): string;
  writeDown: string;
  alreadyApplied: { heading: string; text: string[] };
  accessCodeLabel: string;
  accessCode: string;
  next: {
    heading: string;
    intakeUntil(date: string, time: string): string;
    steps(representative: boolean): string[];
    results(date: string | undefined): string;
  };
}

const WORDS: Record<Language, ReceiptWords> = {
  lv: {
    subject: (reference) => `Pieteikums saņemts: ${reference}`,
    received: {
      own: 'Mēs saņēmām jūsu pieteikumu.',
      named: (name) => `Mēs saņēmām pieteikumu, ko iesniedzāt par personu vārdā ${name}.`,
      unnamed: 'Mēs saņēmām pieteikumu, ko iesniedzāt citas personas vārdā.',
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
    accessCodeLabel: 'Piekļuves kods',
    accessCode:
      'Ar pieteikuma numuru un piekļuves kodu varat redzēt pieteikuma statusu. Kodu nevienam nestāstiet. Sociālais dienests to nekad neprasīs.',
    next: {
      heading: 'Kas notiks tālāk',
      intakeUntil: (date, time) => `Pieteikumus pieņem līdz ${date} plkst. ${time}.`,
      results: (date) =>
        date
          ? `Atlases rezultātus plānots paziņot līdz ${date}.`
          : 'Atlases rezultātus paziņos, kad pieteikšanās būs beigusies un visi pieteikumi būs izskatīti.',
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
    received: {
      own: 'We have received your application.',
      named: (name) => `We have received the application you sent for ${name}.`,
      unnamed: 'We have received the application you sent for another person.',
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
    accessCodeLabel: 'Access code',
    accessCode:
      'With the reference number and the access code you can see the status of the application. Do not tell anyone the code. The social service will never ask for it.',
    next: {
      heading: 'What happens next',
      intakeUntil: (date, time) => `Applications are accepted until ${date} at ${time}.`,
      results: (date) =>
        date
          ? `The selection results are expected by ${date}.`
          : 'The selection results will be sent after intake closes and all applications are checked.',
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
    lead: [whose(words.received, input)],
    facts: [
      [words.receivedLabel, words.receivedAt(formatRigaDateTime(input.receivedAt))],
      ...(input.accessCode ? [[words.accessCodeLabel, input.accessCode] as const] : []),
    ],
    more: [
      paragraph(words.writeDown),
      ...(input.alreadyApplied
        ? [heading(words.alreadyApplied.heading), ...words.alreadyApplied.text.map(paragraph)]
        : []),
      ...(input.accessCode ? [paragraph(words.accessCode)] : []),
      heading(words.next.heading),
      {
        kind: 'steps',
        items: [
          ...(input.intakeEndsAt ? [intakeUntil(words, input.intakeEndsAt)] : []),
          ...words.next.steps(representative),
          words.next.results(input.resultsExpectedBy && latvianDate(input.resultsExpectedBy)),
        ],
      },
    ],
  });
}

/** The end of intake as people read it, "16.08.2019 plkst. 23:59": the minute of the last instant accepted. */
function intakeUntil(words: ReceiptWords, endsAt: string): string {
  const { date, time } = localDateTime(new Date(Date.parse(endsAt) - 1));
  return words.next.intakeUntil(date, time);
}
