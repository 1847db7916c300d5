import type { Language } from '../api/types.ts';
import { readTabItem, readTabJson, removeTabItem, writeTabItem } from '../tab-storage.ts';
import type { Draft } from './draft.ts';

/**
 * sessionStorage: the answers survive a reload but not closing the tab, so a shared or public computer does not
 * keep them for the next person.
 */
const DRAFT_KEY = 'application-draft';
const LANGUAGE_KEY = 'language';

export function loadDraft(): Draft | undefined {
  const draft = readTabJson<Draft>(DRAFT_KEY);
  return draft?.version === 1 ? draft : undefined;
}

/** Where the browser refuses storage, the form still works: only a reload would lose the answers. */
export function saveDraft(draft: Draft): void {
  writeTabItem(DRAFT_KEY, JSON.stringify(draft));
}

export function clearDraft(): void {
  removeTabItem(DRAFT_KEY);
}

export function loadLanguage(): Language | undefined {
  const stored = readTabItem(LANGUAGE_KEY);
  return stored === 'lv' || stored === 'en' ? stored : undefined;
}

export function saveLanguage(language: Language): void {
  writeTabItem(LANGUAGE_KEY, language);
}
