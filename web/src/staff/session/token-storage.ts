/**
 * The ID token lives in sessionStorage only: it survives a reload but not closing the tab, and it is never put in
 * a URL or a cookie. Whatever else a signed-in page kept (a paper application half registered) goes with it.
 */
const TOKEN_KEY = 'staff-id-token';
const RETURN_KEY = 'staff-return-to';
const PREFIX = 'staff-';

export function loadToken(): string | undefined {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function saveToken(token: string): void {
  try {
    sessionStorage.setItem(TOKEN_KEY, token);
  } catch {
    // Storage switched off: the sign-in lasts until the page is reloaded.
  }
}

/** Forgets the token and everything the staff pages stored in this tab. */
export function clearStaffStorage(): void {
  try {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(PREFIX)) sessionStorage.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}

/** The page someone was on when asked to sign in (again), so signing in leads back there. */
export function rememberReturnTo(path: string): void {
  try {
    sessionStorage.setItem(RETURN_KEY, path);
  } catch {
    // Then signing in leads to the start page.
  }
}

export function takeReturnTo(): string | undefined {
  try {
    const path = sessionStorage.getItem(RETURN_KEY) ?? undefined;
    sessionStorage.removeItem(RETURN_KEY);
    return path;
  } catch {
    return undefined;
  }
}

/** A small value of a staff page kept for a reload, e.g. the paper application being registered. */
export function loadStaffItem<T>(name: string): T | undefined {
  try {
    const stored = sessionStorage.getItem(`${PREFIX}${name}`);
    return stored ? (JSON.parse(stored) as T) : undefined;
  } catch {
    return undefined;
  }
}

export function saveStaffItem(name: string, value: unknown): void {
  try {
    sessionStorage.setItem(`${PREFIX}${name}`, JSON.stringify(value));
  } catch {
    // Storage full or off: the page still works, only a reload loses it.
  }
}

export function removeStaffItem(name: string): void {
  try {
    sessionStorage.removeItem(`${PREFIX}${name}`);
  } catch {
    // Nothing to remove.
  }
}
