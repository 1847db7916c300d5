import { useState } from 'preact/hooks';
import { useLanguage } from '../../app-context.ts';
import { takeFlash } from './flash.ts';

/**
 * The one-time message the previous page left for this one ("Application KDMA-4729 is registered"), shown once at
 * the top of the page it was left for, in the page's language, and gone on the page after.
 */
export function FlashMessage() {
  const { language } = useLanguage();
  const [flash] = useState(takeFlash);
  if (!flash) return null;
  return (
    <p class="success" role="status" data-testid="flash">
      {flash[language]}
    </p>
  );
}
