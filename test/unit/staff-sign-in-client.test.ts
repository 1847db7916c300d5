import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { authenticatorLink, groupedKey } from '../../web/src/staff/session/authenticator-key.ts';
import { passwordProblem, problemOfRefusal } from '../../web/src/staff/session/password-rules.ts';
import { confirmNewApp, sendAppCode, setNewPassword, signIn } from '../../web/src/staff/session/sign-in.ts';

const ENDPOINT = 'https://cognito-idp.eu-north-1.amazonaws.com/';

/** The user pool's answers in order, and every request the web app made to it. */
function userPool(answers: { status: number; body: object }[]) {
  const sent: { target: string; body: Record<string, unknown> }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      if (url === '/config.json') {
        return new Response(
          JSON.stringify({ staffSignIn: { endpoint: ENDPOINT, clientId: 'web', region: 'eu-north-1' } }),
        );
      }
      const headers = init?.headers as Record<string, string>;
      expect(headers['Content-Type']).toBe('application/x-amz-json-1.1');
      sent.push({ target: headers['X-Amz-Target'] as string, body: JSON.parse(init?.body as string) });
      const answer = answers.shift();
      if (!answer) throw new TypeError('no answer');
      return new Response(JSON.stringify(answer.body), { status: answer.status });
    }),
  );
  return sent;
}

const error = (type: string, message: string) => ({ status: 400, body: { __type: type, message } });
/** The user pool asks for a next step: `name`, with its parameters, in a session. */
const challenge = (name: string, session: string, parameters: Record<string, string>) => ({
  status: 200,
  body: { ChallengeName: name, Session: session, ChallengeParameters: parameters },
});

describe('the web app’s sign-in with the user pool', () => {
  beforeEach(() => vi.unstubAllGlobals());
  afterEach(() => vi.unstubAllGlobals());

  it('turns NEW_PASSWORD_REQUIRED into the new-password step, and answers it with NEW_PASSWORD', async () => {
    const sent = userPool([
      challenge('NEW_PASSWORD_REQUIRED', 's1', { USER_ID_FOR_SRP: 'jelgava-jauns', requiredAttributes: '[]' }),
      { status: 200, body: { AuthenticationResult: { IdToken: 'id-token' } } },
    ]);
    const first = await signIn('Jelgava-Jauns', 'Pagaidu-parole-2019');
    expect(first).toEqual({
      kind: 'challenge',
      challenge: { step: 'new-password', username: 'jelgava-jauns', session: 's1' },
    });
    if (first.kind !== 'challenge' || first.challenge.step !== 'new-password') throw new Error('no challenge');
    expect(await setNewPassword(first.challenge, 'Jauna-parole-2019')).toEqual({
      kind: 'signed-in',
      idToken: 'id-token',
    });
    expect(sent.map((request) => request.target)).toEqual([
      'AWSCognitoIdentityProviderService.InitiateAuth',
      'AWSCognitoIdentityProviderService.RespondToAuthChallenge',
    ]);
    expect(sent[1]?.body).toEqual({
      ChallengeName: 'NEW_PASSWORD_REQUIRED',
      ClientId: 'web',
      Session: 's1',
      ChallengeResponses: { USERNAME: 'jelgava-jauns', NEW_PASSWORD: 'Jauna-parole-2019' },
    });
  });

  it('asks for the app’s key as soon as MFA_SETUP comes, then verifies the code and finishes with the new session', async () => {
    const sent = userPool([
      challenge('MFA_SETUP', 's1', { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' }),
      { status: 200, body: { SecretCode: 'JBSWY3DPEHPK3PXP', Session: 's2' } },
      { status: 200, body: { Status: 'SUCCESS', Session: 's3' } },
      { status: 200, body: { AuthenticationResult: { IdToken: 'id-token' } } },
    ]);
    const first = await signIn('jelgava-jauns', 'Jauna-parole-2019');
    expect(first).toEqual({
      kind: 'challenge',
      challenge: { step: 'set-up-app', username: 'jelgava-jauns', session: 's2', secretCode: 'JBSWY3DPEHPK3PXP' },
    });
    if (first.kind !== 'challenge' || first.challenge.step !== 'set-up-app') throw new Error('no challenge');
    expect(await confirmNewApp(first.challenge, '123456')).toEqual({ kind: 'signed-in', idToken: 'id-token' });
    expect(sent.slice(1)).toEqual([
      { target: 'AWSCognitoIdentityProviderService.AssociateSoftwareToken', body: { Session: 's1' } },
      { target: 'AWSCognitoIdentityProviderService.VerifySoftwareToken', body: { Session: 's2', UserCode: '123456' } },
      {
        target: 'AWSCognitoIdentityProviderService.RespondToAuthChallenge',
        body: {
          ChallengeName: 'MFA_SETUP',
          ClientId: 'web',
          Session: 's3',
          ChallengeResponses: { USERNAME: 'jelgava-jauns' },
        },
      },
    ]);
  });

  it('answers SOFTWARE_TOKEN_MFA with SOFTWARE_TOKEN_MFA_CODE', async () => {
    const sent = userPool([{ status: 200, body: { AuthenticationResult: { IdToken: 'id-token' } } }]);
    const outcome = await sendAppCode({ step: 'app-code', username: 'bauska-kods', session: 's1' }, '654321');
    expect(outcome).toEqual({ kind: 'signed-in', idToken: 'id-token' });
    expect(sent[0]?.body).toMatchObject({
      ChallengeName: 'SOFTWARE_TOKEN_MFA',
      ChallengeResponses: { USERNAME: 'bauska-kods', SOFTWARE_TOKEN_MFA_CODE: '654321' },
    });
  });

  it('tells a wrong code, an expired session, an ended one and too many attempts apart', async () => {
    const challenge = { step: 'app-code', username: 'bauska-kods', session: 's1' } as const;
    const cases: [ReturnType<typeof error>, string][] = [
      [error('CodeMismatchException', 'Invalid code received for user'), 'wrong-code'],
      [error('NotAuthorizedException', 'Invalid session for the user, session is expired.'), 'session-expired'],
      [
        error('NotAuthorizedException', 'Invalid session for the user, session can only be used once.'),
        'session-ended',
      ],
      [
        error(
          'NotAuthorizedException',
          'Too many invalid credentials attempts. User temporarily locked. Please try again after a few seconds.',
        ),
        'too-many',
      ],
      [error('TooManyRequestsException', 'Rate exceeded'), 'too-many'],
      [error('com.amazonaws.cognito#ExpiredCodeException', 'Code expired'), 'session-expired'],
    ];
    for (const [answer, reason] of cases) {
      userPool([answer]);
      expect([answer.body, await sendAppCode(challenge, '111111')]).toEqual([answer.body, { kind: 'refused', reason }]);
    }
    userPool([error('EnableSoftwareTokenMFAException', 'Code mismatch and fail enable Software Token MFA')]);
    expect(await confirmNewApp({ ...challenge, step: 'set-up-app', secretCode: 'X' }, '111111')).toEqual({
      kind: 'refused',
      reason: 'wrong-code',
    });
  });

  it('keeps the user pool’s words of a refused password, and tells a wrong password from locked-out attempts', async () => {
    userPool([
      error('InvalidPasswordException', 'Password does not conform to policy: Password must have symbol characters'),
    ]);
    expect(await setNewPassword({ step: 'new-password', username: 'a', session: 's' }, 'Jaunaparole2019')).toEqual({
      kind: 'refused',
      reason: 'invalid-password',
      detail: 'Password does not conform to policy: Password must have symbol characters',
    });
    userPool([error('NotAuthorizedException', 'Incorrect username or password.')]);
    expect(await signIn('a', 'b')).toEqual({ kind: 'refused', reason: 'wrong-credentials' });
    userPool([error('NotAuthorizedException', 'Password attempts exceeded')]);
    expect(await signIn('a', 'b')).toEqual({ kind: 'refused', reason: 'too-many' });
  });

  it('refuses a step it does not offer, such as required attributes or SMS codes', async () => {
    userPool([{ status: 200, body: { ChallengeName: 'SMS_MFA', Session: 's' } }]);
    expect(await signIn('a', 'b')).toEqual({ kind: 'refused', reason: 'unsupported' });
    userPool([challenge('NEW_PASSWORD_REQUIRED', 's', { requiredAttributes: '["userAttributes.phone_number"]' })]);
    expect(await signIn('a', 'b')).toEqual({ kind: 'refused', reason: 'unsupported' });
  });
});

describe('the authenticator app’s key on the set-up page', () => {
  it('is shown in groups of four', () => {
    expect(groupedKey('W3BGKHNMUINK37C44UDLVWCOTFBDA2QQ')).toBe('W3BG KHNM UINK 37C4 4UDL VWCO TFBD A2QQ');
    expect(groupedKey('ABCDEF')).toBe('ABCD EF');
  });

  it('is offered as an otpauth://totp link with the issuer, account, and the code’s kind', () => {
    const link = authenticatorLink('W3BGKHNMUINK37C44UDLVWCOTFBDA2QQ', 'jelgava-jauns');
    expect(link).toBe(
      'otpauth://totp/Soci%C4%81lo%20pakalpojumu%20pieteikumi:jelgava-jauns?secret=W3BGKHNMUINK37C44UDLVWCOTFBDA2QQ' +
        '&issuer=Soci%C4%81lo%20pakalpojumu%20pieteikumi&algorithm=SHA1&digits=6&period=30',
    );
  });
});

describe('the password rules in the browser', () => {
  it('name the first rule a password breaks, in the user pool’s order', () => {
    expect(passwordProblem('Jauna-parole-2019')).toBeUndefined();
    expect(passwordProblem('Īsa-par-19')).toBe('tooShort');
    expect(passwordProblem(' Jauna-parole-2019')).toBe('edgeSpace');
    expect(passwordProblem('JAUNA-PAROLE-2019')).toBe('lowercase');
    expect(passwordProblem('jauna-parole-2019')).toBe('uppercase');
    expect(passwordProblem('Jauna-parole-bez')).toBe('digit');
    expect(passwordProblem('Jaunaparole2019')).toBe('symbol');
  });

  it('read the user pool’s refusals back into the same rules', () => {
    const policy = 'Password does not conform to policy: ';
    expect(problemOfRefusal(`${policy}Password not long enough`)).toBe('tooShort');
    expect(problemOfRefusal(`${policy}Password must have numeric characters`)).toBe('digit');
    expect(problemOfRefusal('Password has previously been used')).toBe('reused');
    expect(problemOfRefusal('Something new')).toBeUndefined();
  });
});
