import type { Language } from '../api/types.ts';
import type { Draft } from './draft.ts';

/**
 * sessionStorage: the answers survive a reload but not closing the tab, so a shared or public computer does not
 * keep them for the next person.
 */
const DRAFT_KEY = 'application-draft';
const LANGUAGE_KEY = 'language';

export function loadDraft(): Draft | undefined {
  try {
    const stored = sessionStorage.getItem(DRAFT_KEY);
    const draft = stored ? (JSON.parse(stored) as Draft) : undefined;
    return draft?.version === 1 ? draft : undefined;
  } catch {
    return undefined;
  }
}

export function saveDraft(draft: Draft): void {
  try {
    sessionStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
  } catch {
    // Storage full or switched off: the form still works, only a reload would lose the answers.
  }
}

export function clearDraft(): void {
  try {
    sessionStorage.removeItem(DRAFT_KEY);
  } catch {
    // Nothing to clear.
  }
}

export function loadLanguage(): Language | undefined {
  try {
    const stored = sessionStorage.getItem(LANGUAGE_KEY);
    return stored === 'lv' || stored === 'en' ? stored : undefined;
  } catch {
    return undefined;
  }
}

export function saveLanguage(language: Language): void {
  try {
    sessionStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // The choice then lasts until the page is reloaded.
  }
}
