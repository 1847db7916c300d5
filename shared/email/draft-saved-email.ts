import type { Language } from '../schemas/common.ts';
import {
  assertWebLink,
  formatRigaDateTime,
  type LetterBasics,
  type RenderedEmail,
  type WhoseSentence,
  whose,
} from './format.ts';
import { heading, paragraph, renderLetter } from './letter.ts';

/** What the e-mail about a saved draft says besides the basics: where to continue, and until when. */
export interface DraftSavedEmailInput extends LetterBasics {
  /** The form with the answers filled in; the reference and access code ride after `#`. */
  continueUrl: string;
  /** ISO instant after which the draft is deleted. */
  expiresAt: string;
}

interface DraftSavedWords {
  subject(reference: string): string;
  saved: WhoseSentence;
  notSent: string;
  keptLabel: string;
  keptUntil(time: string): string;
  continueHeading: string;
  continueLead: string;
  continueLink: string;
  afterExpiry: string;
}

const WORDS: Record<Language, DraftSavedWords> = {
  lv: {
    subject: (reference) => `Pieteikums saglabāts: ${reference}`,
    saved: {
      own: 'Jūsu atbildes ir saglabātas.',
      named: (name) => `Atbildes pieteikumam par personu vārdā ${name} ir saglabātas.`,
      unnamed: 'Atbildes pieteikumam citas personas vārdā ir saglabātas.',
    },
    notSent: 'Pieteikums vēl nav iesniegts. Varat turpināt vēlāk, arī no cita datora vai telefona.',
    keptLabel: 'Saglabāts līdz',
    keptUntil: (time) => `${time} (Latvijas laiks)`,
    continueHeading: 'Turpināt pieteikumu',
    continueLead: 'Lai turpinātu, atveriet šo saiti:',
    continueLink: 'Turpināt pieteikumu',
    afterExpiry:
      'Ja līdz šim laikam pieteikumu neiesniegsiet, mēs to izdzēsīsim kopā ar augšupielādētajiem dokumentiem.',
  },
  en: {
    subject: (reference) => `Application saved: ${reference}`,
    saved: {
      own: 'Your answers are saved.',
      named: (name) => `The answers of the application for ${name} are saved.`,
      unnamed: 'The answers of the application for another person are saved.',
    },
    notSent: 'The application is not sent in yet. You can continue later, also from another computer or phone.',
    keptLabel: 'Saved until',
    keptUntil: (time) => `${time} (Latvian time)`,
    continueHeading: 'Continue the application',
    continueLead: 'To continue, open this link:',
    continueLink: 'Continue the application',
    afterExpiry: 'If the application is not sent in by then, we delete it, with the documents you uploaded.',
  },
};

/**
 * Sent when an online draft is first stored (and again when its e-mail address changes): the link to continue it,
 * and until when it is kept. Like every e-mail, it carries no personal code and no health data.
 */
export function renderDraftSavedEmail(input: DraftSavedEmailInput): RenderedEmail {
  assertWebLink(input.continueUrl);
  const words = WORDS[input.language];
  return renderLetter(input, {
    subject: words.subject(input.reference),
    lead: [whose(words.saved, input), words.notSent],
    // The last minute it is kept: a draft kept to the end of intake reads as the last day, 23:59.
    facts: [[words.keptLabel, words.keptUntil(formatRigaDateTime(new Date(Date.parse(input.expiresAt) - 60_000)))]],
    more: [
      heading(words.continueHeading),
      { kind: 'link', lead: words.continueLead, text: words.continueLink, url: input.continueUrl },
      paragraph(words.afterExpiry),
    ],
  });
}
