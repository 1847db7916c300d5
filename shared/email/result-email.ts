import { type DecisionNotice, decisionBlocks } from './decision-notice.ts';
import { type LetterBasics, type RenderedEmail, shownFirstName } from './format.ts';
import { renderLetter } from './letter.ts';
import { resultNews } from './result-news.ts';
import type { ResultKind, ResultSelection } from './result-words.ts';
import { ENGLISH } from './result-words-en.ts';
import { LATVIAN } from './result-words-lv.ts';

export type { ResultKind, ResultSelection } from './result-words.ts';

/**
 * What the result e-mail says besides the basics: the result and, for a waiting-list place or a refusal, the
 * decision explained (why, who decided, how and by when to contest it).
 */
export interface ResultEmailInput extends LetterBasics {
  selection: ResultSelection;
  notice?: DecisionNotice;
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
  const explained = input.notice !== undefined && (kind === 'waitlisted' || kind === 'not-selected');
  const news = resultNews(words.news(about), kind, input.selection, explained);
  return renderLetter(input, {
    subject: words.subject(kind, input.reference),
    lead: news.lead,
    facts: [
      [
        words.resultLabel,
        kind === 'waitlisted' ? words.result.waitlisted(input.selection.position) : words.result[kind],
      ],
    ],
    more: [...news.more, ...(explained && input.notice ? decisionBlocks(input.language, input.notice) : [])],
  });
}
