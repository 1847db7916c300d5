import type { SelectionOutcome } from '../schemas/review.ts';
import type { EmailBlock } from './format.ts';

/** What the result e-mail tells from the published selection; the rank is left out, it means nothing to the person. */
export type ResultSelection = Pick<SelectionOutcome, 'outcome' | 'position' | 'reason' | 'offeredAt'>;

/** What the e-mail tells: a place offered after a withdrawal reads differently from a place given at once. */
export type ResultKind = 'selected' | 'offered' | 'waitlisted' | 'not-selected';

/** Whom the e-mail speaks about: "you", or the person a representative applied for. */
export interface About {
  representative: boolean;
  /** A first name fit to show, when there is one. */
  name: string | undefined;
}

/**
 * One language's words for the result e-mail, kept apart from the layout so a translator reads one file. The frame
 * around the news (the greeting, the facts, the status link, whom to ask) is `letter.ts`'s.
 */
export interface ResultWords {
  subject(kind: ResultKind, reference: string): string;
  resultLabel: string;
  result(kind: ResultKind, position: number | undefined): string;
  /**
   * What happened, in a few short sentences (`lead`), then what it means and what happens next (`more`). When the
   * decision is `explained` (its reason, who decided and how to contest follow), the news leaves out its own why.
   */
  news(
    kind: ResultKind,
    selection: ResultSelection,
    about: About,
    explained: boolean,
  ): { lead: string[]; more: EmailBlock[] };
}
