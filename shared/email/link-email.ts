import type { Language } from '../schemas/common.ts';
import type { LetterBasics, RenderedEmail } from './format.ts';
import { paragraph, renderLetter } from './letter.ts';

/** The status link and the access code, sent again when someone asked for them with the number and this address. */
export interface LinkEmailInput extends LetterBasics {
  accessCode: string;
}

interface LinkWords {
  subject(reference: string): string;
  lead: string[];
  accessCodeLabel: string;
  notYou: string[];
}

const WORDS: Record<Language, LinkWords> = {
  lv: {
    subject: (reference) => `Saite uz pieteikumu: ${reference}`,
    lead: ['Jūs lūdzāt vēlreiz nosūtīt saiti uz pieteikumu.', 'Šeit ir saite un piekļuves kods.'],
    accessCodeLabel: 'Piekļuves kods',
    notYou: [
      'Ja jūs to nelūdzāt, šo e-pastu varat neņemt vērā.',
      'Bez piekļuves koda pieteikumu neviens nevar redzēt.',
    ],
  },
  en: {
    subject: (reference) => `Link to the application: ${reference}`,
    lead: ['You asked us to send the link to the application again.', 'Here are the link and the access code.'],
    accessCodeLabel: 'Access code',
    notYou: [
      'If you did not ask for it, you can ignore this e-mail.',
      'Nobody can see the application without the access code.',
    ],
  },
};

export function renderLinkEmail(input: LinkEmailInput): RenderedEmail {
  const words = WORDS[input.language];
  return renderLetter(input, {
    subject: words.subject(input.reference),
    lead: words.lead,
    facts: [[words.accessCodeLabel, input.accessCode]],
    more: words.notYou.map(paragraph),
  });
}
