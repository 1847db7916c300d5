import { useEffect, useState } from 'preact/hooks';
import { requestPageFocus } from '../components/focus.ts';

/** The current address, re-read whenever the app navigates or the person uses the browser's back button. */
export interface Location {
  pathname: string;
  search: string;
}

const listeners = new Set<() => void>();
const current = (): Location => ({ pathname: window.location.pathname, search: window.location.search });

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  window.scrollTo(0, 0);
  requestPageFocus();
  for (const listener of listeners) listener();
}

export function useLocation(): Location {
  const [location, setLocation] = useState(current);
  useEffect(() => {
    const update = () => setLocation(current());
    const onPopState = () => {
      requestPageFocus();
      update();
    };
    listeners.add(update);
    window.addEventListener('popstate', onPopState);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', onPopState);
    };
  }, []);
  return location;
}

/**
 * Links stay real links (they open in a new tab, they can be bookmarked); a plain click on one of the app's own
 * pages is handled here without reloading, so the answers in memory stay and focus can be placed on the new page.
 */
export function interceptLinkClicks(root: HTMLElement): void {
  root.addEventListener('click', (event) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return;
    }
    const link = (event.target as Element | null)?.closest('a');
    if (!link || link.target || link.hasAttribute('download')) return;
    const url = new URL(link.href, window.location.href);
    if (url.origin !== window.location.origin) return;
    // In-page links (the error summary) are handled where they are rendered.
    if (url.pathname === window.location.pathname && url.search === window.location.search && url.hash) return;
    event.preventDefault();
    navigate(`${url.pathname}${url.search}${url.hash}`);
  });
}
