import {
  AMZ_JSON,
  ASSOCIATE_SOFTWARE_TOKEN_TARGET,
  INITIATE_AUTH_TARGET,
  PASSWORD_FLOW,
  RESPOND_TO_AUTH_CHALLENGE_TARGET,
  VERIFY_SOFTWARE_TOKEN_TARGET,
} from '../../infra/local/sign-in/cognito-protocol.ts';
import { totpCodeAtStep, totpStep } from '../../infra/local/sign-in/totp.ts';
import type { CognitoBody } from '../../web/src/staff/session/sign-in.ts';

/** The demo account whose first sign-in sets a new password and an authenticator app (README). */
export const FIRST_SIGN_IN_USERNAME = 'jelgava-jauns';
export const FIRST_SIGN_IN_TEMPORARY_PASSWORD = 'Pagaidu-parole-2019';
/** The demo account whose authenticator app is set up already, and its key (README). */
export const APP_CODE_USERNAME = 'bauska-kods';
export const APP_CODE_SECRET = 'W3BGKHNMUINK37C44UDLVWCOTFBDA2QQ';

/** Any answer of the user pool's API, as the browser gets it. */
export interface CognitoReply {
  status: number;
  headers: Headers;
  body: Omit<CognitoBody, 'AuthenticationResult'> & {
    AuthenticationResult?: { IdToken: string; AccessToken: string; ExpiresIn: number; TokenType: string };
  };
}

/** One operation of the user pool's API, sent to `endpoint` exactly as the web app sends it. */
export async function cognito(endpoint: string, target: string, body: object): Promise<CognitoReply> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': AMZ_JSON, 'x-amz-target': target },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as CognitoReply['body'] };
}

/** The requests of each step of a sign-in, for one app client at one endpoint. */
export function signInSteps(endpoint: string, clientId: string) {
  const respond = (name: string, session: string | undefined, responses: Record<string, string>) =>
    cognito(endpoint, RESPOND_TO_AUTH_CHALLENGE_TARGET, {
      ChallengeName: name,
      ClientId: clientId,
      Session: session,
      ChallengeResponses: responses,
    });
  return {
    password: (username: string, password: string) =>
      cognito(endpoint, INITIATE_AUTH_TARGET, {
        AuthFlow: PASSWORD_FLOW,
        ClientId: clientId,
        AuthParameters: { USERNAME: username, PASSWORD: password },
      }),
    respond,
    /** The authenticator app's code, the answer to SOFTWARE_TOKEN_MFA, as `username`. */
    appCode: (session: string | undefined, username: string, code: string) =>
      respond('SOFTWARE_TOKEN_MFA', session, { USERNAME: username, SOFTWARE_TOKEN_MFA_CODE: code }),
    associate: (session: string | undefined) =>
      cognito(endpoint, ASSOCIATE_SOFTWARE_TOKEN_TARGET, { Session: session }),
    verify: (session: string | undefined, code: string) =>
      cognito(endpoint, VERIFY_SOFTWARE_TOKEN_TARGET, { Session: session, UserCode: code }),
  };
}

/**
 * An authenticator app's code that the user pool takes next: the current step's, or, when that one was used
 * already, the next step's (accepted as a clock 30 seconds ahead), so a test never waits for the clock.
 */
export function nextCode(secret: string, lastUsedStep = -1, atMs = Date.now()): { code: string; step: number } {
  const step = Math.max(totpStep(atMs), lastUsedStep + 1);
  return { code: totpCodeAtStep(secret, step), step };
}

/** A 6-digit code that is not the app's code at any step the user pool would accept now. */
export function wrongCode(secret: string, atMs = Date.now()): string {
  const now = totpStep(atMs);
  const taken = new Set([-1, 0, 1].map((drift) => totpCodeAtStep(secret, now + drift)));
  for (let candidate = 0; ; candidate++) {
    const code = String(candidate).padStart(6, '0');
    if (!taken.has(code)) return code;
  }
}
