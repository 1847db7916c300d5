import type { StaffRole } from '../api/types.ts';

/** Who is signed in, as the ID token's claims say: shown on every page, and deciding which pages are offered. */
export interface StaffIdentity {
  username: string;
  /** The person's name, or the username when the token carries none. */
  displayName: string;
  role: StaffRole;
  /** A social worker's own municipality; administrators have none. */
  municipalityCode?: string;
  /** When the token stops being accepted, in milliseconds since 1970. */
  expiresAt: number;
}

/** Cognito's group names (shared/schemas/staff-identity.ts `STAFF_GROUPS`). */
const ADMINISTRATORS = 'administrators';
const SOCIAL_WORKERS = 'social-workers';

/**
 * Reads the token's payload without checking its signature: the browser only shows who is signed in and
 * chooses which pages to offer. The API checks the signature on every request and decides what is allowed.
 * Returns undefined for anything that is not a staff ID token.
 */
export function identityOf(idToken: string): StaffIdentity | undefined {
  const payload = idToken.split('.')[1];
  if (!payload) return undefined;
  let claims: Record<string, unknown>;
  try {
    claims = JSON.parse(decodeBase64Url(payload)) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const username = claims['cognito:username'];
  const groups = Array.isArray(claims['cognito:groups']) ? claims['cognito:groups'] : [];
  const municipality = claims['custom:municipality'];
  const name = claims.name;
  const exp = claims.exp;
  if (typeof username !== 'string' || typeof exp !== 'number') return undefined;
  const role: StaffRole | undefined = groups.includes(ADMINISTRATORS)
    ? 'administrator'
    : groups.includes(SOCIAL_WORKERS) && typeof municipality === 'string'
      ? 'social-worker'
      : undefined;
  if (!role) return undefined;
  return {
    username,
    displayName: typeof name === 'string' && name ? name : username,
    role,
    ...(role === 'social-worker' && { municipalityCode: municipality as string }),
    expiresAt: exp * 1000,
  };
}

/** Base64url (no padding) to text, with UTF-8 names intact. */
function decodeBase64Url(part: string): string {
  const base64 = part
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(part.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}
