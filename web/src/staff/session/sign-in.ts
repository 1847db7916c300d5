/**
 * Signing in with a username and password, the way Amazon Cognito's user pool API takes it (locally a stand-in
 * answers the same). Where the user pool is comes from `/config.json`, which each deployment writes next to the
 * app, so one build serves every deployment.
 */

interface WebConfig {
  staffSignIn: { endpoint: string; clientId: string; region: string };
}

export type SignInOutcome =
  | { ok: true; idToken: string }
  /**
   * Why not: `wrong-credentials` (unknown user or wrong password, told apart by nobody), `challenge` (the user
   * pool asks for a further step, e.g. a code from an app, which these pages do not offer yet), `too-many`,
   * `reset-required`, `unavailable` (no answer, or no configuration).
   */
  | { ok: false; reason: 'wrong-credentials' | 'challenge' | 'too-many' | 'reset-required' | 'unavailable' };

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

export async function signIn(username: string, password: string): Promise<SignInOutcome> {
  const found = await webConfig();
  if (!found) return { ok: false, reason: 'unavailable' };
  const { endpoint, clientId } = found.staffSignIn;
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-amz-json-1.1',
        'X-Amz-Target': 'AWSCognitoIdentityProviderService.InitiateAuth',
      },
      body: JSON.stringify({
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: clientId,
        AuthParameters: { USERNAME: username, PASSWORD: password },
      }),
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  const body = (await response.json().catch(() => undefined)) as
    | { AuthenticationResult?: { IdToken?: string }; ChallengeName?: string; __type?: string }
    | undefined;
  const idToken = body?.AuthenticationResult?.IdToken;
  if (response.ok && idToken) return { ok: true, idToken };
  if (response.ok && body?.ChallengeName) return { ok: false, reason: 'challenge' };
  // Cognito's error type may carry a prefix (`com.amazonaws…#NotAuthorizedException`).
  const type = (body?.__type ?? '').split('#').pop();
  if (type === 'NotAuthorizedException' || type === 'UserNotFoundException') {
    return { ok: false, reason: 'wrong-credentials' };
  }
  if (type === 'TooManyRequestsException' || type === 'LimitExceededException')
    return { ok: false, reason: 'too-many' };
  if (type === 'PasswordResetRequiredException' || type === 'UserNotConfirmedException') {
    return { ok: false, reason: 'reset-required' };
  }
  return { ok: false, reason: 'unavailable' };
}
