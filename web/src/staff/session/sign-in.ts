/**
 * Signing in the way Amazon Cognito's user pool API takes it (locally a stand-in answers the same): the username
 * and password (InitiateAuth), then whatever further step the pool asks for, answered with RespondToAuthChallenge:
 *
 * - NEW_PASSWORD_REQUIRED: the password was temporary, and the person chooses their own;
 * - MFA_SETUP: no authenticator app yet, so one is set up (AssociateSoftwareToken gives its key,
 *   VerifySoftwareToken checks its first code) before the sign-in finishes;
 * - SOFTWARE_TOKEN_MFA: the app's 6-digit code.
 *
 * Each answer carries a `Session` for the next request; it lasts 3 minutes and lives only in the page's memory.
 * Where the user pool is comes from `/config.json`, which each deployment writes next to the app, so one build
 * serves every deployment.
 */

interface WebConfig {
  staffSignIn: { endpoint: string; clientId: string; region: string };
}

/** A further step of the sign-in, with what its next request needs. */
export type Challenge =
  | { step: 'new-password'; username: string; session: string }
  /** The key to put in the authenticator app, in base32 as the user pool gives it. */
  | { step: 'set-up-app'; username: string; session: string; secretCode: string }
  | { step: 'app-code'; username: string; session: string };

/**
 * Why not: `wrong-credentials` (unknown user or wrong password, told apart by nobody), `wrong-code` (the app's code
 * does not match), `invalid-password` (the pool's rules refuse the new password; `detail` has its words),
 * `session-expired` (the 3 minutes of a step ran out), `session-ended` (the session is no longer accepted, e.g.
 * after too many wrong codes), `too-many`, `reset-required`, `unsupported` (a step these pages do not offer),
 * `unavailable` (no answer, or no configuration).
 */
export type RefusalReason =
  | 'wrong-credentials'
  | 'wrong-code'
  | 'invalid-password'
  | 'session-expired'
  | 'session-ended'
  | 'too-many'
  | 'reset-required'
  | 'unsupported'
  | 'unavailable';

export type SignInOutcome =
  | { kind: 'signed-in'; idToken: string }
  | { kind: 'challenge'; challenge: Challenge }
  | { kind: 'refused'; reason: RefusalReason; detail?: string };

const TARGET_PREFIX = 'AWSCognitoIdentityProviderService.';

let config: Promise<WebConfig | undefined> | undefined;

function webConfig(): Promise<WebConfig | undefined> {
  config ??= fetch('/config.json', { cache: 'no-store' })
    .then((response) => (response.ok ? (response.json() as Promise<WebConfig>) : undefined))
    .then((read) => (read?.staffSignIn?.endpoint && read.staffSignIn.clientId ? read : undefined))
    .catch(() => undefined);
  const pending = config;
  // A failed read is tried again on the next attempt rather than remembered.
  void pending.then((read) => {
    if (!read && config === pending) config = undefined;
  });
  return pending;
}

/** What the user pool answers: the operation's result, or its error type and message. */
type Answer =
  | { ok: true; body: CognitoBody }
  | { ok: false; type: string; message: string }
  | { ok: false; type: 'unavailable'; message: '' };

/** The fields of the user pool's answers that a sign-in reads (the tests read more of `AuthenticationResult`). */
export interface CognitoBody {
  AuthenticationResult?: { IdToken?: string };
  ChallengeName?: string;
  ChallengeParameters?: Record<string, string>;
  Session?: string;
  SecretCode?: string;
  Status?: string;
  __type?: string;
  message?: string;
}

const UNAVAILABLE: Answer = { ok: false, type: 'unavailable', message: '' };

/** One operation of the user pool's API. */
async function call(action: string, body: (clientId: string) => object): Promise<Answer> {
  const found = await webConfig();
  if (!found) return UNAVAILABLE;
  const { endpoint, clientId } = found.staffSignIn;
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': `${TARGET_PREFIX}${action}` },
      body: JSON.stringify(body(clientId)),
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch {
    return UNAVAILABLE;
  }
  const read = (await response.json().catch(() => undefined)) as CognitoBody | undefined;
  if (!read) return UNAVAILABLE;
  if (response.ok) return { ok: true, body: read };
  // Cognito's error type may carry a prefix (`com.amazonaws…#NotAuthorizedException`).
  return { ok: false, type: (read.__type ?? '').split('#').pop() ?? '', message: read.message ?? '' };
}

export async function signIn(username: string, password: string): Promise<SignInOutcome> {
  const answer = await call('InitiateAuth', (clientId) => ({
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: clientId,
    AuthParameters: { USERNAME: username, PASSWORD: password },
  }));
  return answer.ok ? next(answer.body, username) : refusal(answer, 'password');
}

/** NEW_PASSWORD_REQUIRED: the person's own password in place of the temporary one. */
export async function setNewPassword(
  challenge: Extract<Challenge, { step: 'new-password' }>,
  newPassword: string,
): Promise<SignInOutcome> {
  return answerChallenge(challenge, 'NEW_PASSWORD_REQUIRED', { NEW_PASSWORD: newPassword }, 'new-password');
}

/** MFA_SETUP, after the key is in the app: its first code proves it, then the sign-in finishes. */
export async function confirmNewApp(
  challenge: Extract<Challenge, { step: 'set-up-app' }>,
  code: string,
): Promise<SignInOutcome> {
  const verified = await call('VerifySoftwareToken', () => ({ Session: challenge.session, UserCode: code }));
  if (!verified.ok) return refusal(verified, 'code');
  if (verified.body.Status !== 'SUCCESS' || !verified.body.Session) return { kind: 'refused', reason: 'wrong-code' };
  return answerChallenge({ ...challenge, session: verified.body.Session }, 'MFA_SETUP', {}, 'code');
}

/** SOFTWARE_TOKEN_MFA: the code the app shows now. */
export async function sendAppCode(
  challenge: Extract<Challenge, { step: 'app-code' }>,
  code: string,
): Promise<SignInOutcome> {
  return answerChallenge(challenge, 'SOFTWARE_TOKEN_MFA', { SOFTWARE_TOKEN_MFA_CODE: code }, 'code');
}

/** RespondToAuthChallenge: the answer to the step the pool asked for, and what the pool asks next, or why not. */
async function answerChallenge(
  challenge: Challenge,
  name: string,
  responses: Record<string, string>,
  during: 'new-password' | 'code',
): Promise<SignInOutcome> {
  const answer = await call('RespondToAuthChallenge', (clientId) => ({
    ChallengeName: name,
    ClientId: clientId,
    Session: challenge.session,
    ChallengeResponses: { USERNAME: challenge.username, ...responses },
  }));
  return answer.ok ? next(answer.body, challenge.username) : refusal(answer, during);
}

/** The tokens, or the next step the user pool asks for. MFA_SETUP fetches the app's key at once. */
async function next(body: CognitoBody, typedUsername: string): Promise<SignInOutcome> {
  const idToken = body.AuthenticationResult?.IdToken;
  if (idToken) return { kind: 'signed-in', idToken };
  const session = body.Session;
  if (!body.ChallengeName || !session) return { kind: 'refused', reason: 'unavailable' };
  // The user pool's own name for the user, which the next step must use; it may differ from what was typed.
  const username = body.ChallengeParameters?.USER_ID_FOR_SRP || typedUsername;
  switch (body.ChallengeName) {
    case 'NEW_PASSWORD_REQUIRED':
      // Attributes the pool would want filled in at this step are not asked here: none are required of staff.
      if (requiredAttributes(body.ChallengeParameters).length > 0) return { kind: 'refused', reason: 'unsupported' };
      return { kind: 'challenge', challenge: { step: 'new-password', username, session } };
    case 'SOFTWARE_TOKEN_MFA':
      return { kind: 'challenge', challenge: { step: 'app-code', username, session } };
    case 'MFA_SETUP': {
      const canSetUp = parseList(body.ChallengeParameters?.MFAS_CAN_SETUP);
      if (canSetUp.length > 0 && !canSetUp.includes('SOFTWARE_TOKEN_MFA')) {
        return { kind: 'refused', reason: 'unsupported' };
      }
      const associated = await call('AssociateSoftwareToken', () => ({ Session: session }));
      if (!associated.ok) return refusal(associated, 'code');
      const { SecretCode: secretCode, Session: nextSession } = associated.body;
      if (!secretCode || !nextSession) return { kind: 'refused', reason: 'unavailable' };
      return { kind: 'challenge', challenge: { step: 'set-up-app', username, session: nextSession, secretCode } };
    }
    default:
      return { kind: 'refused', reason: 'unsupported' };
  }
}

function requiredAttributes(parameters: Record<string, string> | undefined): string[] {
  return parseList(parameters?.requiredAttributes);
}

function parseList(json: string | undefined): string[] {
  try {
    const list: unknown = JSON.parse(json ?? '[]');
    return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

/** The user pool's refusal, in the terms of the step it refused. */
function refusal(answer: Extract<Answer, { ok: false }>, during: 'password' | 'new-password' | 'code'): SignInOutcome {
  const refused = (reason: RefusalReason, detail?: string): SignInOutcome =>
    detail ? { kind: 'refused', reason, detail } : { kind: 'refused', reason };
  const { type, message } = answer;
  switch (type) {
    case 'NotAuthorizedException':
      // One exception for many causes, told apart only by its message.
      if (/attempts exceeded|temporarily locked/i.test(message)) return refused('too-many');
      if (/session is expired|expired session/i.test(message)) return refused('session-expired');
      if (during === 'password') return refused('wrong-credentials');
      return refused('session-ended');
    case 'UserNotFoundException':
      return refused(during === 'password' ? 'wrong-credentials' : 'session-ended');
    case 'CodeMismatchException':
    case 'EnableSoftwareTokenMFAException':
      return refused('wrong-code');
    case 'ExpiredCodeException':
      return refused('session-expired');
    case 'InvalidPasswordException':
      return refused('invalid-password', message);
    case 'InvalidParameterException':
      // A new password with a space at either end is refused by the API's pattern, not by the policy.
      if (during === 'new-password') return refused('invalid-password', message);
      if (during === 'code' && /userCode|SOFTWARE_TOKEN_MFA_CODE/i.test(message)) return refused('wrong-code');
      return refused('unavailable');
    case 'TooManyRequestsException':
    case 'LimitExceededException':
    case 'TooManyFailedAttemptsException':
      return refused('too-many');
    case 'PasswordResetRequiredException':
    case 'UserNotConfirmedException':
      return refused('reset-required');
    default:
      return refused('unavailable');
  }
}
