import { randomUUID } from 'node:crypto';
import { type JWTPayload, SignJWT } from 'jose';
import { MUNICIPALITY_CLAIM, STAFF_GROUPS } from '../../../shared/schemas/staff-identity.ts';
import type { StaffAccount } from '../../seed/staff-users.ts';
import { SIGNING_ALGORITHM, type StaffSigningKey } from './staff-signing-key.ts';

/** Cognito's default lifetime of ID and access tokens. */
export const TOKEN_LIFETIME_SECONDS = 3600;

/** When a token is issued and for how long it is valid. @default now, one hour */
export interface TokenTimes {
  issuedAt?: Date;
  expiresInSeconds?: number;
}

/**
 * Claims for a token made outside sign-in. `cognito:username` of a demo account starts from that account's
 * claims; any other name starts from bare claims with a new `sub` and no groups. The rest replaces claims, and a
 * claim set to `undefined` is left out, so a test can make a token with a missing, foreign or wrong claim.
 */
export type StaffClaimOverrides = { 'cognito:username': string } & Record<string, unknown>;

export interface StaffTokenIssuer {
  /** The ID token Cognito gives a signed-in user: who they are, their group and municipality. */
  idToken(account: StaffAccount, times?: TokenTimes): Promise<string>;
  /** The access token that comes with it: groups but no custom attributes, and no audience, as in Cognito. */
  accessToken(account: StaffAccount, times?: TokenTimes): Promise<string>;
  /** For tests only: an ID token with chosen claims and times, signed with the real key. */
  issueIdToken(claims: StaffClaimOverrides, times?: TokenTimes): Promise<string>;
}

interface IssuerConfig {
  key: StaffSigningKey;
  /** The `iss` claim: the base URL of the sign-in stand-in, as a user pool's URL is in AWS. */
  issuer: string;
  /** The app client's id: the `aud` of ID tokens, the `client_id` of access tokens. */
  clientId: string;
  accounts: readonly StaffAccount[];
}

/** Signs tokens with the claims and header Cognito gives them, so handlers verify them the same way. */
export function createStaffTokenIssuer(config: IssuerConfig): StaffTokenIssuer {
  const sign = (claims: Record<string, unknown>) =>
    new SignJWT(withoutUndefined(claims) as JWTPayload)
      .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid: config.key.kid, typ: 'JWT' })
      .sign(config.key.privateKey);

  const idClaims = (account: StaffAccount) => ({
    sub: account.sub,
    token_use: 'id',
    'cognito:username': account.username,
    'cognito:groups': [account.role === 'social-worker' ? STAFF_GROUPS.socialWorker : STAFF_GROUPS.administrator],
    ...(account.role === 'social-worker' && { [MUNICIPALITY_CLAIM]: account.municipalityCode }),
    name: account.name,
    email: account.email,
    email_verified: true,
    iss: config.issuer,
    aud: config.clientId,
  });

  return {
    idToken: (account, times) => sign({ ...idClaims(account), ...timeClaims(times), jti: randomUUID() }),
    accessToken: (account, times) =>
      sign({
        sub: account.sub,
        token_use: 'access',
        client_id: config.clientId,
        username: account.username,
        'cognito:groups': idClaims(account)['cognito:groups'],
        scope: 'aws.cognito.signin.user.admin',
        iss: config.issuer,
        ...timeClaims(times),
        jti: randomUUID(),
      }),
    issueIdToken(claims, times) {
      const account = config.accounts.find((candidate) => candidate.username === claims['cognito:username']);
      const base = account
        ? idClaims(account)
        : { sub: randomUUID(), token_use: 'id', 'cognito:groups': [], iss: config.issuer, aud: config.clientId };
      return sign({ ...base, ...timeClaims(times), jti: randomUUID(), ...claims });
    },
  };
}

function timeClaims(times: TokenTimes = {}): { iat: number; exp: number; auth_time: number } {
  const iat = Math.floor((times.issuedAt ?? new Date()).getTime() / 1000);
  return { iat, exp: iat + (times.expiresInSeconds ?? TOKEN_LIFETIME_SECONDS), auth_time: iat };
}

function withoutUndefined(claims: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(claims).filter(([, value]) => value !== undefined));
}
