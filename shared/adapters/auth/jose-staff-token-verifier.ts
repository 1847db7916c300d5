import { createRemoteJWKSet, errors, jwtVerify } from 'jose';
import { AccessError } from '../../domain/errors.ts';
import type { StaffTokenVerifier } from '../../ports/staff-tokens.ts';
import {
  MUNICIPALITY_CLAIM,
  STAFF_GROUPS,
  type StaffIdentity,
  StaffTokenClaimsSchema,
} from '../../schemas/staff-identity.ts';

export interface StaffTokenSettings {
  issuer: string;
  /** The app client id: Cognito puts it in the ID token's `aud`. */
  audience: string;
  jwksUrl: string;
}

/**
 * Verifies ID tokens of the Cognito user pool (or of the local sign-in stand-in, which signs the same claims)
 * against the issuer's published keys. The key set is fetched once and cached by `jose`, refetched only for an
 * unknown key id, so a warm function verifies without a network call.
 */
export class JoseStaffTokenVerifier implements StaffTokenVerifier {
  readonly #settings: StaffTokenSettings;
  readonly #keys: ReturnType<typeof createRemoteJWKSet>;

  constructor(settings: StaffTokenSettings) {
    this.#settings = settings;
    this.#keys = createRemoteJWKSet(new URL(settings.jwksUrl));
  }

  async verify(token: string): Promise<StaffIdentity> {
    let payload: unknown;
    try {
      ({ payload } = await jwtVerify(token, this.#keys, {
        issuer: this.#settings.issuer,
        audience: this.#settings.audience,
        algorithms: ['RS256'],
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new AccessError('STAFF_SESSION_EXPIRED');
      if (error instanceof errors.JOSEError) throw new AccessError('STAFF_TOKEN_INVALID');
      // The key set could not be fetched: our fault, not the caller's.
      throw error;
    }
    const claims = StaffTokenClaimsSchema.safeParse(payload);
    if (!claims.success) throw new AccessError('STAFF_TOKEN_INVALID');
    const { sub, name } = claims.data;
    const username = claims.data['cognito:username'];
    const groups = claims.data['cognito:groups'];
    const who = { subject: sub, username, displayName: name ?? username };
    if (groups.includes(STAFF_GROUPS.administrator)) return { role: 'administrator', ...who };
    const municipalityCode = claims.data[MUNICIPALITY_CLAIM];
    if (groups.includes(STAFF_GROUPS.socialWorker) && municipalityCode) {
      return { role: 'social-worker', ...who, municipalityCode };
    }
    // Signed in, but in no staff group (or a social worker without a municipality): sees nothing.
    throw new AccessError('STAFF_ROLE_FORBIDDEN');
  }
}
