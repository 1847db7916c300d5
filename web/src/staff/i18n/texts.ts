import { useLanguage } from '../../app-context.ts';
import { staffTexts } from './words.ts';

export { type StaffTexts, staffMessage, staffTexts } from './words.ts';

/** The staff pages' words (`s`) next to the shared ones (`t`), in the page's language. */
export function useStaffTexts() {
  const state = useLanguage();
  return { ...state, s: staffTexts[state.language] };
}
