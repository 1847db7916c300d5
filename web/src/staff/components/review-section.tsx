import type { ComponentChildren } from 'preact';

/**
 * One part of a staff page (a decision, the notes, the history) under its own h2, which names the section for a
 * screen reader's list of regions.
 */
export function ReviewSection({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="review-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}
