import type { StaffIdentity } from '../schemas/staff-identity.ts';

/**
 * Checks a staff sign-in token (signature, issuer, audience, expiry) and says who it belongs to. Throws an
 * `AccessError` when the token is expired, forged or not a staff member's.
 */
export interface StaffTokenVerifier {
  verify(token: string): Promise<StaffIdentity>;
}
