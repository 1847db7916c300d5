import type { ComponentChildren } from 'preact';

/**
 * A wide table scrolls sideways inside this box on a narrow screen or at high zoom, rather than the whole page.
 * The box can take focus so a keyboard user can scroll it with the arrow keys (WCAG 2.1.1), and it is a named
 * region so a screen reader says what that focus is on: the table's caption.
 */
export function TableWrap({ captionId, children }: { captionId: string; children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a <section> would add a landmark per table; the role only names the scroll box.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: keyboard users must be able to scroll a table wider than the screen.
    <div class="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      {children}
    </div>
  );
}
