import {
  assertWebLink,
  type EmailBlock,
  type LetterBasics,
  type RenderedEmail,
  renderEmailParts,
  shownFirstName,
} from './format.ts';
import { heading, paragraph, type ResultKind, type ResultSelection } from './result-words.ts';
import { ENGLISH } from './result-words-en.ts';
import { LATVIAN } from './result-words-lv.ts';

export type { ResultKind, ResultSelection } from './result-words.ts';

/**
 * What the result e-mail says besides the basics: the result. The reasons it gives stay generic: the social service
 * explains the details in person.
 */
export interface ResultEmailInput extends LetterBasics {
  selection: ResultSelection;
}

/** Which of the four messages the selection calls for. */
export function resultKind(selection: ResultSelection): ResultKind {
  if (selection.outcome === 'selected') return selection.offeredAt ? 'offered' : 'selected';
  return selection.outcome;
}

/**
 * The published selection result for one application. Easy to read: short sentences with one idea each, what
 * happened first, then what it means, what happens next and whom to ask (the municipality's social service).
 */
export function renderResultEmail(input: ResultEmailInput): RenderedEmail {
  assertWebLink(input.statusUrl);
  const words = input.language === 'lv' ? LATVIAN : ENGLISH;
  const kind = resultKind(input.selection);
  const about = { representative: input.recipient === 'representative', name: shownFirstName(input.personFirstName) };
  const news = words.news(kind, input.selection, about);
  const position = kind === 'waitlisted' ? input.selection.position : undefined;
  const blocks: EmailBlock[] = [
    paragraph(words.hello),
    ...news.lead.map(paragraph),
    {
      kind: 'facts',
      rows: [
        [words.labels.reference, input.reference],
        [words.labels.round, input.roundName[input.language]],
        [words.labels.municipality, input.municipalityName[input.language]],
        [words.labels.result, words.result(kind, position)],
      ],
    },
    ...news.more,
    heading(words.status.heading),
    { kind: 'link', lead: words.status.lead, text: words.status.link, url: input.statusUrl },
    paragraph(words.status.private),
    heading(words.questions.heading),
    paragraph(words.questions.text(input.municipalityName[input.language])),
    paragraph(words.automatic),
  ];
  return renderEmailParts(input.language, words.subject(kind, input.reference), blocks);
}
