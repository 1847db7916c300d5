import type { Language } from '../api/types.ts';
import { en } from './en.ts';
import { lv, type Texts } from './lv.ts';

export type { Texts };

export const texts: Record<Language, Texts> = { lv, en };

/** A message in both languages from the same key, so an error keeps showing when the language is switched. */
export function bothLanguages(pick: (t: Texts) => string) {
  return { lv: pick(lv), en: pick(en) };
}
