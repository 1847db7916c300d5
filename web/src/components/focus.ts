/**
 * After a page change, focus goes to the error summary when the page opens with errors, else to the page's h1, so
 * a screen reader starts reading the new page at its question and a keyboard user starts from the top of it.
 * Not on the first load: then the browser's own start (the skip link) is the right place.
 */
let focusOnNextPage = false;

export function requestPageFocus(): void {
  focusOnNextPage = true;
}

export function focusPageStart(): void {
  if (!focusOnNextPage) return;
  const target = document.getElementById('error-summary') ?? document.getElementById('page-heading');
  if (!target) return;
  focusOnNextPage = false;
  target.focus();
}

/** An error summary link: focus the field itself (a plain fragment link would only scroll to it). */
export function focusField(id: string): void {
  const field = document.getElementById(id) ?? document.getElementById('page-heading');
  field?.scrollIntoView({ block: 'center' });
  field?.focus();
}
