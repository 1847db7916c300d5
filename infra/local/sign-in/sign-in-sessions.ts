import { randomBytes } from 'node:crypto';

/** How long a sign-in session lasts, as a Cognito app client's default (`AuthSessionValidity`, 3 minutes). */
export const SIGN_IN_SESSION_MS = 3 * 60 * 1000;
/** Wrong codes one session takes before it ends. */
export const MAX_CODE_ATTEMPTS = 5;

/** Why a session is not accepted: each has Cognito's own words (see `sessionRefusalMessage`). */
export type SessionRefusal = 'unknown' | 'expired' | 'used' | 'too-many-codes';

export type SessionOpened<T> = { ok: true; state: T } | { ok: false; refusal: SessionRefusal };

export interface SignInSessions<T> {
  /** A new opaque session for the next step of a sign-in. */
  issue(state: T): string;
  /** The state of a session that is still good, without using it up. */
  open(session: string): SessionOpened<T>;
  /** Uses a session up: each step answers with a new one, and an old one is never accepted again. */
  spend(session: string): void;
  /** Counts a wrong code; the last allowed one ends the session. Returns whether the session still holds. */
  wrongCode(session: string): boolean;
}

interface Entry<T> {
  state: T;
  expiresAt: number;
  spent: boolean;
  wrongCodes: number;
}

/**
 * The sessions between the steps of a sign-in (new password, authenticator set-up, code), as the user pool hands
 * them out: random strings that mean nothing by themselves, each good for one step and for 3 minutes, after which
 * the sign-in starts again. They live only in this process's memory: a restart ends every sign-in in progress.
 */
export function createSignInSessions<T>(
  now: () => number,
  options: { lifetimeMs?: number; maxCodeAttempts?: number } = {},
): SignInSessions<T> {
  const lifetimeMs = options.lifetimeMs ?? SIGN_IN_SESSION_MS;
  const maxCodeAttempts = options.maxCodeAttempts ?? MAX_CODE_ATTEMPTS;
  const entries = new Map<string, Entry<T>>();

  /** Expired sessions are forgotten as new ones come, so the map holds only the last few minutes' sign-ins. */
  const prune = (at: number) => {
    for (const [key, entry] of entries) if (entry.expiresAt <= at) entries.delete(key);
  };

  return {
    issue(state) {
      const at = now();
      prune(at);
      const session = randomBytes(48).toString('base64url');
      entries.set(session, { state, expiresAt: at + lifetimeMs, spent: false, wrongCodes: 0 });
      return session;
    },
    open(session) {
      const entry = entries.get(session);
      if (!entry) return { ok: false, refusal: 'unknown' };
      if (entry.expiresAt <= now()) return { ok: false, refusal: 'expired' };
      if (entry.wrongCodes >= maxCodeAttempts) return { ok: false, refusal: 'too-many-codes' };
      if (entry.spent) return { ok: false, refusal: 'used' };
      return { ok: true, state: entry.state };
    },
    spend(session) {
      const entry = entries.get(session);
      if (entry) entry.spent = true;
    },
    wrongCode(session) {
      const entry = entries.get(session);
      if (!entry) return false;
      entry.wrongCodes += 1;
      return entry.wrongCodes < maxCodeAttempts;
    },
  };
}

/** Cognito's answer to a session it does not accept: always NotAuthorizedException, told apart by the message. */
export function sessionRefusalMessage(refusal: SessionRefusal): string {
  switch (refusal) {
    case 'expired':
      return 'Invalid session for the user, session is expired.';
    case 'used':
      return 'Invalid session for the user, session can only be used once.';
    case 'too-many-codes':
      return 'Too many invalid credentials attempts. User temporarily locked. Please try again after a few seconds.';
    default:
      return 'Invalid session for the user.';
  }
}
