/**
 * The tab's sessionStorage, which survives a reload but not closing the tab. The browser may refuse it (storage
 * switched off or full): a refused read is nothing stored, a refused write or removal simply does not happen, and
 * the pages work on, only a reload forgets what they could not keep.
 */

export function readTabItem(key: string): string | undefined {
  try {
    return sessionStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** A value kept as JSON; undefined when there is none or it is not JSON. */
export function readTabJson<T>(key: string): T | undefined {
  const stored = readTabItem(key);
  try {
    return stored ? (JSON.parse(stored) as T) : undefined;
  } catch {
    return undefined;
  }
}

export function writeTabItem(key: string, value: string): void {
  try {
    sessionStorage.setItem(key, value);
  } catch {
    // Refused: see above.
  }
}

export function removeTabItem(key: string): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    // Nothing to remove.
  }
}

/** Every item whose key starts with `prefix`. */
export function removeTabItemsStartingWith(prefix: string): void {
  try {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(prefix)) sessionStorage.removeItem(key);
  } catch {
    // Nothing to remove.
  }
}
