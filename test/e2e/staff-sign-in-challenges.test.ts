import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AMZ_JSON } from '../../infra/local/sign-in/cognito-protocol.ts';
import { hashPassword } from '../../infra/local/sign-in/password-hash.ts';
import { SIGN_IN_SESSION_MS } from '../../infra/local/sign-in/sign-in-sessions.ts';
import { type StaffSignIn, startStaffSignIn } from '../../infra/local/sign-in/staff-sign-in.ts';
import { totpCode, totpCodeAtStep } from '../../infra/local/sign-in/totp.ts';
import type { StaffAccount } from '../../infra/seed/staff-users.ts';
import { standInFunctionsDir, standInWebDir } from '../fixtures/stand-in-dirs.ts';
import { startTestSystem, type TestSystem } from '../helpers/local-system.ts';
import {
  APP_CODE_SECRET,
  APP_CODE_USERNAME,
  FIRST_SIGN_IN_TEMPORARY_PASSWORD,
  FIRST_SIGN_IN_USERNAME,
  nextCode,
  signInSteps,
  wrongCode,
} from '../helpers/staff-sign-in-steps.ts';
import { STAFF_DEMO_PASSWORD } from '../helpers/staff-tokens.ts';

const NEW_PASSWORD = 'Jelgava-jauna-parole-7';

let system: TestSystem;
let steps: ReturnType<typeof signInSteps>;

beforeAll(async () => {
  system = await startTestSystem({ webDir: standInWebDir, functionsDir: standInFunctionsDir });
  steps = signInSteps(`${system.endpoints.auth}/`, system.env.STAFF_TOKEN_AUDIENCE);
});
afterAll(() => system?.stop());

async function verifyIdToken(token: string) {
  const keys = createRemoteJWKSet(new URL(system.env.STAFF_JWKS_URL));
  return jwtVerify(token, keys, { issuer: system.env.STAFF_TOKEN_ISSUER, audience: system.env.STAFF_TOKEN_AUDIENCE });
}

// In this order: the first sign-in sets the password and the app that the later ones use.
describe('the first sign-in of an account made with a temporary password, and the sign-ins after it', () => {
  let secret: string;
  /** The time step of the code that set the app up: the next sign-in needs a later one. */
  let lastStep: number;

  it('asks for a new password, refusing one the password rules refuse, in Cognito’s words', async () => {
    const asked = await steps.password(FIRST_SIGN_IN_USERNAME, FIRST_SIGN_IN_TEMPORARY_PASSWORD);
    expect(asked.status).toBe(200);
    expect(asked.headers.get('content-type')).toBe(AMZ_JSON);
    expect(asked.body).toEqual({
      ChallengeName: 'NEW_PASSWORD_REQUIRED',
      Session: expect.stringMatching(/^[A-Za-z0-9_-]{64}$/),
      ChallengeParameters: {
        USER_ID_FOR_SRP: FIRST_SIGN_IN_USERNAME,
        requiredAttributes: '[]',
        userAttributes: expect.any(String),
      },
    });
    expect(asked.body).not.toHaveProperty('AuthenticationResult');

    const weak = await steps.respond('NEW_PASSWORD_REQUIRED', asked.body.Session, {
      USERNAME: FIRST_SIGN_IN_USERNAME,
      NEW_PASSWORD: 'jelgava-parole',
    });
    expect([weak.status, weak.body]).toEqual([
      400,
      {
        __type: 'InvalidPasswordException',
        message: 'Password does not conform to policy: Password must have uppercase characters',
      },
    ]);

    const chosen = await steps.respond('NEW_PASSWORD_REQUIRED', asked.body.Session, {
      USERNAME: FIRST_SIGN_IN_USERNAME,
      NEW_PASSWORD,
    });
    expect(chosen.status).toBe(200);
    expect(chosen.body).toEqual({
      ChallengeName: 'MFA_SETUP',
      Session: expect.any(String),
      ChallengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' },
    });
    expect(chosen.body.Session).not.toBe(asked.body.Session);

    // The session of a step is good once.
    const again = await steps.respond('NEW_PASSWORD_REQUIRED', asked.body.Session, {
      USERNAME: FIRST_SIGN_IN_USERNAME,
      NEW_PASSWORD: 'Vel-cita-parole-8',
    });
    expect([again.status, again.body.__type]).toEqual([400, 'NotAuthorizedException']);

    const associated = await steps.associate(chosen.body.Session);
    expect(associated.status).toBe(200);
    expect(associated.body).toEqual({
      SecretCode: expect.stringMatching(/^[A-Z2-7]{32}$/),
      Session: expect.any(String),
    });
    secret = associated.body.SecretCode as string;

    const wrong = await steps.verify(associated.body.Session, wrongCode(secret));
    expect([wrong.status, wrong.body]).toEqual([
      400,
      { __type: 'EnableSoftwareTokenMFAException', message: 'Code mismatch and fail enable Software Token MFA' },
    ]);

    const first = nextCode(secret);
    lastStep = first.step;
    const verified = await steps.verify(associated.body.Session, first.code);
    expect(verified.status).toBe(200);
    expect(verified.body).toEqual({ Status: 'SUCCESS', Session: expect.any(String) });

    const done = await steps.respond('MFA_SETUP', verified.body.Session, { USERNAME: FIRST_SIGN_IN_USERNAME });
    expect(done.status).toBe(200);
    const { payload } = await verifyIdToken(done.body.AuthenticationResult?.IdToken as string);
    expect(payload).toMatchObject({
      'cognito:username': FIRST_SIGN_IN_USERNAME,
      'cognito:groups': ['social-workers'],
      'custom:municipality': 'LV-JEL',
    });
  });

  it('signs in with the new password and the app’s code, refusing the temporary one', async () => {
    const old = await steps.password(FIRST_SIGN_IN_USERNAME, FIRST_SIGN_IN_TEMPORARY_PASSWORD);
    expect([old.status, old.body]).toEqual([
      400,
      { __type: 'NotAuthorizedException', message: 'Incorrect username or password.' },
    ]);

    const asked = await steps.password(FIRST_SIGN_IN_USERNAME, NEW_PASSWORD);
    expect(asked.body).toMatchObject({ ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: expect.any(String) });
    const code = nextCode(secret, lastStep);
    const signedIn = await steps.appCode(asked.body.Session, FIRST_SIGN_IN_USERNAME, code.code);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.AuthenticationResult).toMatchObject({ ExpiresIn: 3600, TokenType: 'Bearer' });
  });

  it('ends the session at the fifth wrong code, as too many attempts', async () => {
    const asked = await steps.password(FIRST_SIGN_IN_USERNAME, NEW_PASSWORD);
    const send = (code: string) => steps.appCode(asked.body.Session, FIRST_SIGN_IN_USERNAME, code);
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect((await send(wrongCode(secret))).body.__type).toBe('CodeMismatchException');
    }
    const ended = await send(wrongCode(secret));
    expect([ended.status, ended.body.__type]).toEqual([400, 'NotAuthorizedException']);
    expect(ended.body.message).toMatch(/Too many invalid credentials attempts/);
  });
});

// In this order: each sign-in takes a code later than the one before.
describe('an account with its app set up', () => {
  let lastStep = -1;

  it('asks for the app’s code after the demo password', async () => {
    const asked = await steps.password(APP_CODE_USERNAME, STAFF_DEMO_PASSWORD);
    const code = nextCode(APP_CODE_SECRET);
    expect(asked.body).toEqual({
      ChallengeName: 'SOFTWARE_TOKEN_MFA',
      Session: expect.any(String),
      ChallengeParameters: { USER_ID_FOR_SRP: APP_CODE_USERNAME },
    });
    const signedIn = await steps.appCode(asked.body.Session, APP_CODE_USERNAME, code.code);
    lastStep = code.step;
    const { payload } = await verifyIdToken(signedIn.body.AuthenticationResult?.IdToken as string);
    expect(payload).toMatchObject({ 'cognito:username': APP_CODE_USERNAME, 'custom:municipality': 'LV-016' });
  });

  it('refuses a wrong code, and a code already used, and still takes the next one in the same session', async () => {
    const asked = await steps.password(APP_CODE_USERNAME, STAFF_DEMO_PASSWORD);
    const send = (code: string) => steps.appCode(asked.body.Session, APP_CODE_USERNAME, code);
    for (const code of [wrongCode(APP_CODE_SECRET), totpCodeAtStep(APP_CODE_SECRET, lastStep)]) {
      const refused = await send(code);
      expect([refused.status, refused.body]).toEqual([
        400,
        { __type: 'CodeMismatchException', message: 'Invalid code received for user' },
      ]);
    }
    const next = nextCode(APP_CODE_SECRET, lastStep);
    const signedIn = await send(next.code);
    expect(signedIn.status).toBe(200);
    lastStep = next.step;
  });

  it('refuses the code for another user’s session, and a missing session or code as invalid parameters', async () => {
    const asked = await steps.password(APP_CODE_USERNAME, STAFF_DEMO_PASSWORD);
    const other = await steps.appCode(asked.body.Session, 'bauska', nextCode(APP_CODE_SECRET).code);
    expect([other.status, other.body.__type]).toEqual([400, 'NotAuthorizedException']);
    const noSession = await steps.appCode(undefined, APP_CODE_USERNAME, '123456');
    expect([noSession.status, noSession.body.__type]).toEqual([400, 'InvalidParameterException']);
    const noCode = await steps.respond('SOFTWARE_TOKEN_MFA', asked.body.Session, { USERNAME: APP_CODE_USERNAME });
    expect([noCode.status, noCode.body.__type]).toEqual([400, 'InvalidParameterException']);
    const letters = await steps.verify(asked.body.Session, 'abcdef');
    expect([letters.status, letters.body.__type]).toEqual([400, 'InvalidParameterException']);
  });

  it('lets the web app’s origin call every step: the preflight names no operation, the answers carry CORS', async () => {
    const origin = new URL(system.apiUrl).origin;
    const response = await fetch(`${system.endpoints.auth}/`, {
      method: 'POST',
      headers: {
        origin,
        'content-type': AMZ_JSON,
        'x-amz-target': 'AWSCognitoIdentityProviderService.AssociateSoftwareToken',
      },
      body: JSON.stringify({ Session: 'not-a-session' }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('access-control-allow-origin')).toBe(origin);
    expect(((await response.json()) as { message: string }).message).toBe('Invalid session for the user.');
  });

  it('logs neither codes, keys, sessions nor passwords', async () => {
    const logged = [vi.spyOn(console, 'log'), vi.spyOn(console, 'error'), vi.spyOn(console, 'info')];
    try {
      const asked = await steps.password(APP_CODE_USERNAME, STAFF_DEMO_PASSWORD);
      const code = wrongCode(APP_CODE_SECRET);
      await steps.appCode(asked.body.Session, APP_CODE_USERNAME, code);
      const output = logged.flatMap((spy) => spy.mock.calls.flat()).join('\n');
      for (const secret of [STAFF_DEMO_PASSWORD, code, APP_CODE_SECRET, asked.body.Session as string]) {
        expect(output).not.toContain(secret);
      }
    } finally {
      for (const spy of logged) spy.mockRestore();
    }
  });
});

describe('sign-in sessions of the stand-in on its own, with its clock moved on', () => {
  let now = Date.now();
  let signIn: StaffSignIn;
  let local: ReturnType<typeof signInSteps>;
  const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

  beforeAll(async () => {
    const account = (username: string, steps: Pick<StaffAccount, 'temporaryPassword' | 'mfa'>): StaffAccount => ({
      role: 'administrator',
      sub: '5b6d1c1e-2f7a-4c3b-8e9d-0a1b2c3d4e5f',
      username,
      name: 'Testa administrators (demo)',
      email: `${username}@intake.example.lv`,
      passwordHash: '',
      ...steps,
    });
    const passwordHash = await hashPassword(STAFF_DEMO_PASSWORD);
    signIn = await startStaffSignIn({
      port: 0,
      clientId: 'c',
      allowedOrigins: [],
      now: () => now,
      accounts: [
        { ...account('jauns', { temporaryPassword: true, mfa: {} }), passwordHash },
        { ...account('ar-kodu', { mfa: { totpSecret: secret } }), passwordHash },
      ],
    });
    local = signInSteps(`${signIn.issuer}/`, 'c');
  });
  afterAll(() => signIn?.stop());

  it('refuses a new password sent more than 3 minutes after the password, as an expired session', async () => {
    const asked = await local.password('jauns', STAFF_DEMO_PASSWORD);
    now += SIGN_IN_SESSION_MS + 1000;
    const late = await local.respond('NEW_PASSWORD_REQUIRED', asked.body.Session, {
      USERNAME: 'jauns',
      NEW_PASSWORD,
    });
    expect([late.status, late.body]).toEqual([
      400,
      { __type: 'NotAuthorizedException', message: 'Invalid session for the user, session is expired.' },
    ]);
  });

  it('refuses setting up the app with an expired session', async () => {
    const asked = await local.password('jauns', STAFF_DEMO_PASSWORD);
    const chosen = await local.respond('NEW_PASSWORD_REQUIRED', asked.body.Session, {
      USERNAME: 'jauns',
      NEW_PASSWORD,
    });
    const associated = await local.associate(chosen.body.Session);
    now += SIGN_IN_SESSION_MS;
    const late = await local.verify(associated.body.Session, totpCode(associated.body.SecretCode as string, now));
    expect([late.status, late.body.message]).toEqual([400, 'Invalid session for the user, session is expired.']);
  });

  it('refuses the right code once the session has expired, and takes it in a new sign-in', async () => {
    const asked = await local.password('ar-kodu', STAFF_DEMO_PASSWORD);
    now += SIGN_IN_SESSION_MS;
    const late = await local.appCode(asked.body.Session, 'ar-kodu', totpCode(secret, now));
    expect([late.status, late.body.__type]).toEqual([400, 'NotAuthorizedException']);
    const fresh = await local.password('ar-kodu', STAFF_DEMO_PASSWORD);
    const signedIn = await local.appCode(fresh.body.Session, 'ar-kodu', totpCode(secret, now));
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.AuthenticationResult?.IdToken).toMatch(/^eyJ/);
  });
});
