/**
 * The line under a form's button that says it was saved. The live region is on the page from the start, so a
 * screen reader announces the words when they appear, while focus stays on the button.
 */
export function SavedLine({ text }: { text: string }) {
  return (
    <p class="saved" role="status">
      {text}
    </p>
  );
}
