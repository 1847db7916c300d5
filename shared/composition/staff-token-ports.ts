import { JoseStaffTokenVerifier } from '../adapters/auth/jose-staff-token-verifier.ts';
import { readConfig } from '../config.ts';
import type { Ports } from '../ports/index.ts';
import { once } from './once.ts';

export type StaffTokenPorts = Pick<Ports, 'staffTokens'>;

/** The verifier of staff sign-in tokens, made on first use. */
export function staffTokenPorts(): StaffTokenPorts {
  const staffTokens = once(() => {
    const settings = readConfig('staffAuth');
    return new JoseStaffTokenVerifier({
      issuer: settings.STAFF_TOKEN_ISSUER,
      audience: settings.STAFF_TOKEN_AUDIENCE,
      jwksUrl: settings.STAFF_JWKS_URL,
    });
  });
  return {
    get staffTokens() {
      return staffTokens();
    },
  };
}
