import type { Language, LocalizedText } from '../../api/types.ts';
import { en } from './en.ts';
import { lv, type StaffTexts } from './lv.ts';

/** The staff pages' words as plain data, apart from the hook that picks the page's language (`texts.ts`). */
export type { StaffTexts };

export const staffTexts: Record<Language, StaffTexts> = { lv, en };

/**
 * A staff message in both languages, so an error keeps showing when the language is switched. `language` picks
 * the matching half of data that comes in both, such as a criterion's name.
 */
export function staffMessage(pick: (s: StaffTexts, language: Language) => string): LocalizedText {
  return { lv: pick(lv, 'lv'), en: pick(en, 'en') };
}
