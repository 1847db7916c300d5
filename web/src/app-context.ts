import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Language, LocalizedText, Round } from './api/types.ts';
import type { Draft } from './draft/draft.ts';
import type { Texts } from './i18n/texts.ts';

/** What the confirmation page shows. Kept in memory only: after a reload the e-mail has it. */
export interface Receipt {
  roundId: string;
  reference: string;
  accessCode: string;
  emails: string[];
  nextSteps: LocalizedText;
  /** Another application for the same person was sent in to this round before. */
  alreadyApplied?: boolean;
  /** Whose social service to name on the confirmation. */
  municipalityCode?: string;
}

/** Shared by every page. */
export interface LanguageState {
  language: Language;
  t: Texts;
  setLanguage(language: Language): void;
  receipt: Receipt | undefined;
  setReceipt(receipt: Receipt | undefined): void;
}

/** The pages of one round: the round as the server describes it and the answers given so far. */
export interface RoundState {
  round: Round;
  /** The draft of this round (a fresh one until the first answer is given). */
  draft: Draft;
  /** Changes the draft from its latest state and stores it at once, so a reload loses nothing. */
  updateDraft(change: (draft: Draft) => Draft): void;
  /** Forgets the answers, after a successful submission. */
  discardDraft(): void;
}

export const LanguageContext = createContext<LanguageState | undefined>(undefined);
export const RoundContext = createContext<RoundState | undefined>(undefined);

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLanguage outside the app');
  return state;
}

export function useApp(): LanguageState & RoundState {
  const language = useLanguage();
  const round = useContext(RoundContext);
  if (!round) throw new Error('useApp outside a round page');
  return { ...language, ...round };
}
