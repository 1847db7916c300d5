import type { ComponentChildren } from 'preact';

/**
 * A button for an action beside a page's main one (try again, print, clear the search, start over). It never
 * sends the form it stands in.
 */
export function SecondaryButton({ onPress, children }: { onPress(): void; children: ComponentChildren }) {
  return (
    <button type="button" class="button button-secondary" onClick={onPress}>
      {children}
    </button>
  );
}
