import {
  readTabItem,
  readTabJson,
  removeTabItem,
  removeTabItemsStartingWith,
  writeTabItem,
} from '../../tab-storage.ts';

/**
 * The ID token lives in sessionStorage only: it survives a reload but not closing the tab, and it is never put in
 * a URL or a cookie. Whatever else a signed-in page kept (a paper application half registered) goes with it. Where
 * the browser refuses storage, the sign-in lasts until the page is reloaded, and signing in leads to the start page.
 */
const TOKEN_KEY = 'staff-id-token';
const RETURN_KEY = 'staff-return-to';
const PREFIX = 'staff-';

export function loadToken(): string | undefined {
  return readTabItem(TOKEN_KEY);
}

export function saveToken(token: string): void {
  writeTabItem(TOKEN_KEY, token);
}

/** Forgets the token and everything the staff pages stored in this tab. */
export function clearStaffStorage(): void {
  removeTabItemsStartingWith(PREFIX);
}

/** The page someone was on when asked to sign in (again), so signing in leads back there. */
export function rememberReturnTo(path: string): void {
  writeTabItem(RETURN_KEY, path);
}

export function takeReturnTo(): string | undefined {
  const path = readTabItem(RETURN_KEY);
  removeTabItem(RETURN_KEY);
  return path;
}

/** A small value of a staff page kept for a reload, e.g. the paper application being registered. */
export function loadStaffItem<T>(name: string): T | undefined {
  return readTabJson<T>(`${PREFIX}${name}`);
}

export function saveStaffItem(name: string, value: unknown): void {
  writeTabItem(`${PREFIX}${name}`, JSON.stringify(value));
}

export function removeStaffItem(name: string): void {
  removeTabItem(`${PREFIX}${name}`);
}
