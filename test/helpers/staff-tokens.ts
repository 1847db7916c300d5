import { decodeJwt, decodeProtectedHeader, generateKeyPair, SignJWT } from 'jose';
import { AMZ_JSON, INITIATE_AUTH_TARGET, PASSWORD_FLOW } from '../../infra/local/sign-in/cognito-protocol.ts';
import type { StaffClaimOverrides } from '../../infra/local/sign-in/staff-tokens.ts';
import type { LocalSystem } from '../../infra/local/system.ts';
import { AUTHORIZATION_HEADER } from '../../shared/schemas/staff-identity.ts';

/** The one password of every demo staff account (README, "Staff demo accounts"). */
export const STAFF_DEMO_PASSWORD = 'Demo-parole-2019';

type SignInSystem = Pick<LocalSystem, 'endpoints' | 'env'>;
type IssuingSystem = Pick<LocalSystem, 'issueStaffToken'>;

/** Cognito's InitiateAuth answer, as the browser gets it. */
export interface InitiateAuthAnswer {
  status: number;
  headers: Headers;
  body: {
    AuthenticationResult?: { IdToken: string; AccessToken: string; ExpiresIn: number; TokenType: string };
    __type?: string;
    message?: string;
  };
}

/** A password sign-in exactly as the browser sends it, with the app client of the local system unless told. */
export async function initiateAuth(
  system: SignInSystem,
  attempt: { username: string; password: string; clientId?: string; origin?: string },
): Promise<InitiateAuthAnswer> {
  const response = await fetch(`${system.endpoints.auth}/`, {
    method: 'POST',
    headers: {
      'content-type': AMZ_JSON,
      'x-amz-target': INITIATE_AUTH_TARGET,
      ...(attempt.origin && { origin: attempt.origin }),
    },
    body: JSON.stringify({
      AuthFlow: PASSWORD_FLOW,
      ClientId: attempt.clientId ?? system.env.STAFF_TOKEN_AUDIENCE,
      AuthParameters: { USERNAME: attempt.username, PASSWORD: attempt.password },
    }),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as InitiateAuthAnswer['body'],
  };
}

/** Signs a demo account in through the stand-in and gives its ID token; fails the test when sign-in is refused. */
export async function signInStaff(
  system: SignInSystem,
  username: string,
  password: string = STAFF_DEMO_PASSWORD,
): Promise<string> {
  const answer = await initiateAuth(system, { username, password });
  const idToken = answer.body.AuthenticationResult?.IdToken;
  if (answer.status !== 200 || !idToken) {
    throw new Error(`Sign-in of ${username} was refused: ${answer.status} ${answer.body.__type ?? ''}`);
  }
  return idToken;
}

/**
 * A token with the claims and key id of a valid one for `username`, signed by a key made just now: the key id
 * names the real key, so only checking the signature itself refuses it.
 */
export async function tokenSignedByAnotherKey(
  system: IssuingSystem,
  claims: StaffClaimOverrides | string,
): Promise<string> {
  const valid = await system.issueStaffToken(typeof claims === 'string' ? { 'cognito:username': claims } : claims);
  const { privateKey } = await generateKeyPair('RS256');
  const header = decodeProtectedHeader(valid);
  return new SignJWT(decodeJwt(valid))
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', ...(header.kid && { kid: header.kid }) })
    .sign(privateKey);
}

/** A token of `username` signed with the right key, issued two hours ago and so expired for an hour. */
export function expiredStaffToken(system: IssuingSystem, username: string): Promise<string> {
  return system.issueStaffToken(
    { 'cognito:username': username },
    { issuedAt: new Date(Date.now() - 2 * 60 * 60 * 1000) },
  );
}

/** The header staff send their ID token in. */
export function bearer(token: string): Record<string, string> {
  return { [AUTHORIZATION_HEADER]: `Bearer ${token}` };
}
