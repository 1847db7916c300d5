import { useEffect, useState } from 'preact/hooks';
import { useLanguage } from '../../app-context.ts';
import { takeFlash } from './flash.ts';

/**
 * The one-time message the previous page left for this one ("Application KDMA-4729 is registered"), shown once at
 * the top of the page it was left for, in the page's language, and gone on the page after. The live region is on
 * the page a moment before its words, so a screen reader says them while focus goes to the page's heading.
 */
export function FlashMessage() {
  const { language } = useLanguage();
  const [flash] = useState(takeFlash);
  const [said, setSaid] = useState(false);
  useEffect(() => setSaid(true), []);
  if (!flash) return null;
  return (
    <p class={said ? 'success' : undefined} role="status" data-testid="flash">
      {said && flash[language]}
    </p>
  );
}
