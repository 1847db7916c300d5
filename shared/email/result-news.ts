import type { EmailBlock } from './format.ts';
import { heading, paragraph } from './letter.ts';
import type { NewsWords, ResultKind, ResultSelection } from './result-words.ts';

/**
 * What happened, in a few short sentences (`lead`), then what it means and what happens next (`more`), in the same
 * order in every language. When the decision is `explained` (its reason, who decided and how to contest follow),
 * the news leaves out its own why.
 */
export function resultNews(
  words: NewsWords,
  kind: ResultKind,
  selection: ResultSelection,
  explained: boolean,
): { lead: string[]; more: EmailBlock[] } {
  switch (kind) {
    case 'selected':
    case 'offered':
      return {
        lead: kind === 'selected' ? [words.done, words.placeGiven] : words.placeOffered,
        more: [
          heading(words.nextHeading),
          { kind: 'steps', items: words.nextSteps },
          ...words.placeNotNeeded.map(paragraph),
        ],
      };
    case 'waitlisted':
      return {
        lead: [words.done, words.waitlisted, ...(selection.position ? [words.waitlistNumber(selection.position)] : [])],
        more: [heading(words.waitlistHeading), ...words.waitlistMeaning.map(paragraph)],
      };
    case 'not-selected':
      return {
        lead: [words.done, words.notSelected],
        more: [
          ...(selection.reason && !explained
            ? [heading(words.whyHeading), ...words.why[selection.reason].map(paragraph)]
            : []),
          ...words.askAbout.map(paragraph),
        ],
      };
  }
}
