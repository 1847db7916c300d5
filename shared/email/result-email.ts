import { type LetterBasics, type RenderedEmail, shownFirstName } from './format.ts';
import { renderLetter } from './letter.ts';
import type { ResultKind, ResultSelection } from './result-words.ts';
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
  const words = input.language === 'lv' ? LATVIAN : ENGLISH;
  const kind = resultKind(input.selection);
  const about = { representative: input.recipient === 'representative', name: shownFirstName(input.personFirstName) };
  const news = words.news(kind, input.selection, about);
  const position = kind === 'waitlisted' ? input.selection.position : undefined;
  return renderLetter(input, {
    subject: words.subject(kind, input.reference),
    lead: news.lead,
    facts: [[words.resultLabel, words.result(kind, position)]],
    more: news.more,
  });
}
