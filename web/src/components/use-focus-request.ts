import { useEffect, useRef } from 'preact/hooks';

/**
 * Sends focus, once, to an element that the render an action causes will draw: a row just added, a line moved, the
 * list's button after a row is removed. Call the answer with the element's id just before the change. Once there,
 * the request is spent: later renders, such as each keystroke in a field, leave focus where the person has since
 * put it.
 */
export function useFocusRequest(): (id: string) => void {
  const wanted = useRef<string | undefined>(undefined);
  useEffect(() => {
    // An effect of an earlier render may run first, before the element is there: wait for it.
    const element = wanted.current ? document.getElementById(wanted.current) : null;
    if (!element) return;
    element.focus();
    wanted.current = undefined;
  });
  return (id: string) => {
    wanted.current = id;
  };
}
