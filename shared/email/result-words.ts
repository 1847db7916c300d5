import type { SelectionOutcome } from '../schemas/review.ts';

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
 * One language's words for the result e-mail, kept apart from the layout so a translator reads one file. Which
 * sentences the news is made of, and in what order, is `result-news.ts`'s; the frame around the news (the greeting,
 * the facts, the status link, whom to ask) is `letter.ts`'s.
 */
export interface ResultWords {
  subject(kind: ResultKind, reference: string): string;
  resultLabel: string;
  /** The result in a few words, as the facts show it; a place on the waiting list with its number, if it has one. */
  result: Record<Exclude<ResultKind, 'waitlisted'>, string> & { waitlisted(position: number | undefined): string };
  /** The sentences of the news, worded for whom the e-mail speaks about. */
  news(about: About): NewsWords;
}

/** The sentences the news is made of. */
export interface NewsWords {
  /** "The selection is done.": the first sentence of every result but a place offered later. */
  done: string;
  placeGiven: string;
  /** A place that became free: that it did, that it is offered, and that the person was on the waiting list. */
  placeOffered: string[];
  nextHeading: string;
  nextSteps: string[];
  /** After a place given or offered: to tell the social service if it is not needed, and why. */
  placeNotNeeded: string[];
  waitlisted: string;
  waitlistNumber(position: number): string;
  waitlistHeading: string;
  waitlistMeaning: string[];
  notSelected: string;
  whyHeading: string;
  why: Record<NonNullable<ResultSelection['reason']>, string[]>;
  /** After a refusal: whom to ask, and what to do about a mistake. */
  askAbout: string[];
}
