import type { LocalizedText } from '../../api/types.ts';

/**
 * A one-time message for the next page, e.g. "Application KDMA-4729 is registered" on the application page the
 * registration leads to. Kept in memory only: a reload does not repeat it.
 */
let pending: LocalizedText | undefined;

export function setFlash(message: LocalizedText): void {
  pending = message;
}

export function takeFlash(): LocalizedText | undefined {
  const message = pending;
  pending = undefined;
  return message;
}
