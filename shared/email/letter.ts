import type { Language } from '../schemas/common.ts';
import { contactRows } from './decision-notice.ts';
import { assertWebLink, type EmailBlock, type LetterBasics, type RenderedEmail, renderEmailParts } from './format.ts';

/**
 * The frame every e-mail about an application shares, in the same order in every language: a greeting, what
 * happened, the facts (number, round, municipality, and the e-mail's own), what it means, the status link, whom to
 * ask. Each e-mail gives only its own news; a translator reads the frame's words here once.
 */
interface FrameWords {
  hello: string;
  labels: { reference: string; round: string; municipality: string };
  status: { heading: string; lead: string; link: string; private: string };
  questions: { heading: string; text(municipality: string): string; contacts: string };
  automatic: string;
}

const FRAME: Record<Language, FrameWords> = {
  lv: {
    hello: 'Labdien!',
    labels: { reference: 'Pieteikuma numurs', round: 'Kārta', municipality: 'Pašvaldība' },
    status: {
      heading: 'Pieteikuma statuss',
      lead: 'Pieteikuma statusu varat redzēt šeit:',
      link: 'Skatīt pieteikuma statusu',
      private: 'Saite ir tikai jums. Lūdzu, nesūtiet to citiem.',
    },
    questions: {
      heading: 'Jautājumi',
      text: (municipality) =>
        `Ja jums ir jautājumi, sazinieties ar pašvaldības sociālo dienestu. Pieteikumu izskata: ${municipality}.`,
      contacts: 'Sociālā dienesta kontakti:',
    },
    automatic: 'Šis e-pasts ir nosūtīts automātiski.',
  },
  en: {
    hello: 'Hello,',
    labels: { reference: 'Reference number', round: 'Round', municipality: 'Municipality' },
    status: {
      heading: 'Status of the application',
      lead: 'You can see the status of the application here:',
      link: 'See the status of the application',
      private: 'The link is only for you. Please do not share it.',
    },
    questions: {
      heading: 'Questions',
      text: (municipality) =>
        `If you have questions, contact the social service of the municipality. Your application is handled by: ${municipality}.`,
      contacts: 'Contacts of the social service:',
    },
    automatic: 'This e-mail was sent automatically.',
  },
};

/** One e-mail's own news, set in the frame. */
export interface LetterNews {
  subject: string;
  /** What happened, in a few short sentences. */
  lead: readonly string[];
  /** The e-mail's own facts, after the number, the round and the municipality. */
  facts: readonly (readonly [string, string])[];
  /** What it means and what happens next. */
  more: readonly EmailBlock[];
}

export const paragraph = (text: string): EmailBlock => ({ kind: 'paragraph', text });
export const heading = (text: string): EmailBlock => ({ kind: 'heading', text });

export function renderLetter(basics: LetterBasics, news: LetterNews): RenderedEmail {
  assertWebLink(basics.statusUrl);
  const words = FRAME[basics.language];
  const municipality = basics.municipalityName[basics.language];
  const blocks: EmailBlock[] = [
    paragraph(words.hello),
    ...news.lead.map(paragraph),
    {
      kind: 'facts',
      rows: [
        [words.labels.reference, basics.reference],
        [words.labels.round, basics.roundName[basics.language]],
        [words.labels.municipality, municipality],
        ...news.facts,
      ],
    },
    ...news.more,
    heading(words.status.heading),
    { kind: 'link', lead: words.status.lead, text: words.status.link, url: basics.statusUrl },
    paragraph(words.status.private),
    heading(words.questions.heading),
    paragraph(words.questions.text(municipality)),
    ...(basics.socialService
      ? [
          paragraph(words.questions.contacts),
          { kind: 'facts', rows: contactRows(basics.language, basics.socialService) } satisfies EmailBlock,
        ]
      : []),
    paragraph(words.automatic),
  ];
  return renderEmailParts(basics.language, news.subject, blocks);
}
