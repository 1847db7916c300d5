import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { type AddressInfo, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AMZ_JSON, INITIATE_AUTH_TARGET } from '../../infra/local/sign-in/cognito-protocol.ts';
import { startStaffSignIn } from '../../infra/local/sign-in/staff-sign-in.ts';
import { STAFF_DEMO_ACCOUNTS } from '../../infra/seed/staff-users.ts';
import { readConfig } from '../../shared/config.ts';
import { StaffTokenClaimsSchema } from '../../shared/schemas/staff-identity.ts';
import { standInFunctionsDir, standInWebDir } from '../fixtures/stand-in-dirs.ts';
import { startTestSystem, type TestSystem } from '../helpers/local-system.ts';
import {
  expiredStaffToken,
  initiateAuth,
  STAFF_DEMO_PASSWORD,
  signInStaff,
  tokenSignedByAnotherKey,
} from '../helpers/staff-tokens.ts';

let system: TestSystem;
let verify: (token: string) => ReturnType<typeof jwtVerify>;

beforeAll(async () => {
  system = await startTestSystem({ webDir: standInWebDir, functionsDir: standInFunctionsDir });
  const { STAFF_JWKS_URL, STAFF_TOKEN_ISSUER, STAFF_TOKEN_AUDIENCE } = readConfig('staffAuth', system.env);
  // As the handlers verify: keys from the JWKS URL, issuer and audience from the configuration.
  const keys = createRemoteJWKSet(new URL(STAFF_JWKS_URL));
  verify = (token) => jwtVerify(token, keys, { issuer: STAFF_TOKEN_ISSUER, audience: STAFF_TOKEN_AUDIENCE });
});
afterAll(() => system?.stop());

describe('signing staff in', () => {
  it('configures the handlers to trust the stand-in: issuer, JWKS and the local app client', () => {
    expect(system.env.STAFF_TOKEN_ISSUER).toBe(system.endpoints.auth);
    expect(system.env.STAFF_JWKS_URL).toBe(`${system.endpoints.auth}/.well-known/jwks.json`);
    expect(system.env.STAFF_TOKEN_AUDIENCE).toBe('local-staff-web');
    expect(system.env.AUDIT_TABLE_NAME).toMatch(/^intake-audit-local-/);
    expect(process.env.STAFF_TOKEN_ISSUER).toBe(system.endpoints.auth);
  });

  it('gives a social worker an ID token that verifies against the JWKS, with the group and municipality', async () => {
    const answer = await initiateAuth(system, { username: 'bauska', password: STAFF_DEMO_PASSWORD });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe(AMZ_JSON);
    expect(answer.body).toEqual({
      AuthenticationResult: {
        IdToken: expect.any(String),
        AccessToken: expect.any(String),
        ExpiresIn: 3600,
        TokenType: 'Bearer',
      },
      ChallengeParameters: {},
    });
    const idToken = answer.body.AuthenticationResult?.IdToken as string;
    const { payload, protectedHeader } = await verify(idToken);
    expect(protectedHeader).toMatchObject({ alg: 'RS256', typ: 'JWT', kid: expect.any(String) });
    expect(payload).toMatchObject({
      sub: STAFF_DEMO_ACCOUNTS.find((account) => account.username === 'bauska')?.sub,
      token_use: 'id',
      'cognito:username': 'bauska',
      'cognito:groups': ['social-workers'],
      'custom:municipality': 'LV-016',
      name: 'Bauskas sociālais darbinieks (demo)',
      email_verified: true,
    });
    expect((payload.exp as number) - (payload.iat as number)).toBe(3600);
    expect(StaffTokenClaimsSchema.safeParse(payload).success).toBe(true);
  });

  it('gives an access token signed with the same key, without an audience or the municipality', async () => {
    const answer = await initiateAuth(system, { username: 'bauska', password: STAFF_DEMO_PASSWORD });
    const accessToken = answer.body.AuthenticationResult?.AccessToken as string;
    // An access token is no ID token: it has no audience, so the handlers' check refuses it.
    await expect(verify(accessToken)).rejects.toMatchObject({ code: 'ERR_JWT_CLAIM_VALIDATION_FAILED' });
    const keys = createRemoteJWKSet(new URL(system.env.STAFF_JWKS_URL));
    const { payload } = await jwtVerify(accessToken, keys, { issuer: system.env.STAFF_TOKEN_ISSUER });
    expect(payload).toMatchObject({ token_use: 'access', client_id: 'local-staff-web', username: 'bauska' });
    expect(payload).not.toHaveProperty('custom:municipality');
  });

  it('signs the administrator in with the administrators group and no municipality', async () => {
    const { payload } = await verify(await signInStaff(system, 'admin'));
    expect(payload['cognito:groups']).toEqual(['administrators']);
    expect(payload).not.toHaveProperty('custom:municipality');
  });

  it('answers a wrong password and an unknown user alike, so sign-in does not tell who has an account', async () => {
    const wrongPassword = await initiateAuth(system, { username: 'bauska', password: 'Demo-parole-2020' });
    const unknownUser = await initiateAuth(system, { username: 'riga', password: STAFF_DEMO_PASSWORD });
    for (const answer of [wrongPassword, unknownUser]) {
      expect(answer.status).toBe(400);
      expect(answer.body).toEqual({ __type: 'NotAuthorizedException', message: 'Incorrect username or password.' });
    }
    expect([...wrongPassword.headers.keys()].sort()).toEqual([...unknownUser.headers.keys()].sort());
  });

  it('refuses another app client', async () => {
    const answer = await initiateAuth(system, {
      username: 'bauska',
      password: STAFF_DEMO_PASSWORD,
      clientId: 'some-other-client',
    });
    expect([answer.status, answer.body.__type]).toEqual([400, 'ResourceNotFoundException']);
    expect(answer.body).not.toHaveProperty('AuthenticationResult');
  });

  it('refuses other operations and malformed requests as invalid parameters', async () => {
    for (const [target, body] of [
      ['AWSCognitoIdentityProviderService.SignUp', '{}'],
      [INITIATE_AUTH_TARGET, '{"AuthFlow":'],
      [INITIATE_AUTH_TARGET, JSON.stringify({ AuthFlow: 'REFRESH_TOKEN_AUTH', ClientId: 'local-staff-web' })],
    ] as const) {
      const response = await fetch(`${system.endpoints.auth}/`, {
        method: 'POST',
        headers: { 'content-type': AMZ_JSON, 'x-amz-target': target },
        body,
      });
      expect([response.status, ((await response.json()) as { __type: string }).__type]).toEqual([
        400,
        'InvalidParameterException',
      ]);
    }
  });

  it('publishes only the public key, with its key id, algorithm and use', async () => {
    const response = await fetch(system.env.STAFF_JWKS_URL);
    expect(response.status).toBe(200);
    const { keys } = (await response.json()) as { keys: Record<string, string>[] };
    expect(keys).toHaveLength(1);
    expect(Object.keys(keys[0] ?? {}).sort()).toEqual(['alg', 'e', 'kid', 'kty', 'n', 'use']);
    expect(keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(keys[0]?.kid).toBe(decodeProtectedHeader(await signInStaff(system, 'talsi')).kid);
  });

  it('logs neither passwords nor tokens', async () => {
    const logged = [vi.spyOn(console, 'log'), vi.spyOn(console, 'error'), vi.spyOn(console, 'info')];
    try {
      const token = await signInStaff(system, 'cesis');
      await initiateAuth(system, { username: 'cesis', password: 'Nepareiza-parole-1' });
      const output = logged.flatMap((spy) => spy.mock.calls.flat()).join('\n');
      expect(output).not.toContain(STAFF_DEMO_PASSWORD);
      expect(output).not.toContain('Nepareiza-parole-1');
      expect(output).not.toContain(token.split('.')[1]);
    } finally {
      for (const spy of logged) spy.mockRestore();
    }
  });
});

describe('tokens made for tests', () => {
  it('verify when issued with the stand-in’s key and valid claims', async () => {
    const { payload } = await verify(
      await system.issueStaffToken({ 'cognito:username': 'ogre', 'custom:municipality': 'LV-099' }),
    );
    expect(payload).toMatchObject({ 'cognito:username': 'ogre', 'custom:municipality': 'LV-099' });
  });

  it('are refused when expired', async () => {
    await expect(verify(await expiredStaffToken(system, 'bauska'))).rejects.toMatchObject({ code: 'ERR_JWT_EXPIRED' });
  });

  it('are refused when signed by another key, even under the real key’s id', async () => {
    const forged = await tokenSignedByAnotherKey(system, 'admin');
    const real = await system.issueStaffToken({ 'cognito:username': 'admin' });
    expect(decodeProtectedHeader(forged).kid).toBe(decodeProtectedHeader(real).kid);
    await expect(verify(forged)).rejects.toMatchObject({ code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' });
  });
});

describe('the web app and sign-in', () => {
  const webOrigin = () => new URL(system.apiUrl).origin;

  it('answers the browser’s preflight from the web app’s origin, with the headers Cognito clients send', async () => {
    const response = await fetch(`${system.endpoints.auth}/`, {
      method: 'OPTIONS',
      headers: {
        origin: webOrigin(),
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-amz-target,x-amz-user-agent',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(webOrigin());
    expect(response.headers.get('access-control-allow-methods')).toBe('POST');
    expect(response.headers.get('access-control-allow-headers')).toBe('content-type, x-amz-target, x-amz-user-agent');
    expect(response.headers.get('vary')).toBe('Origin');
  });

  it('lets the web app’s origin read the sign-in answer, and no other origin', async () => {
    const allowed = await initiateAuth(system, { username: 'bauska', password: 'wrong', origin: webOrigin() });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(webOrigin());
    const other = await initiateAuth(system, { username: 'bauska', password: 'wrong', origin: 'https://evil.example' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${system.endpoints.auth}/`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('tells the web app where to sign in, in /config.json, never cached', async () => {
    const response = await fetch(`${system.apiUrl}/config.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual({
      staffSignIn: { endpoint: `${system.endpoints.auth}/`, clientId: 'local-staff-web', region: 'eu-north-1' },
    });
  });

  it('lets the pages connect to the sign-in origin, without letting forms post there', async () => {
    const response = await fetch(`${system.apiUrl}/`);
    const policy = response.headers.get('content-security-policy') ?? '';
    const directive = (name: string) => policy.split('; ').find((part) => part.startsWith(`${name} `)) ?? '';
    expect(directive('connect-src').split(' ')).toEqual([
      'connect-src',
      "'self'",
      system.endpoints.s3,
      system.endpoints.auth,
    ]);
    expect(directive('form-action')).not.toContain(system.endpoints.auth);
  });
});

describe('the sign-in stand-in on its own', () => {
  const accounts = STAFF_DEMO_ACCOUNTS;

  it('names a taken port and how to choose another, in one line', async () => {
    const blocker: Server = createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as AddressInfo).port)),
    );
    try {
      const starting = startStaffSignIn({ port, clientId: 'c', allowedOrigins: [], accounts });
      await expect(starting).rejects.toThrow(`Port ${port} for the staff sign-in stand-in is taken.`);
      await expect(starting).rejects.toMatchObject({
        name: 'StandInError',
        message: expect.stringContaining('AUTH_PORT'),
      });
      await expect(starting).rejects.toSatisfy((error: Error) => !error.message.includes('\n'));
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('keeps its signing key in the data folder, readable by the owner only, so tokens survive a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'intake-sign-in-'));
    const start = () => startStaffSignIn({ port: 0, clientId: 'c', allowedOrigins: [], accounts, dataDir });
    try {
      const first = await start();
      const token = await first.issueIdToken({ 'cognito:username': 'bauska' });
      await first.stop();
      expect(statSync(join(dataDir, 'staff-signing-key.json')).mode & 0o777).toBe(0o600);

      const second = await start();
      try {
        const keys = createRemoteJWKSet(new URL(second.jwksUrl));
        const { payload } = await jwtVerify(token, keys, { audience: 'c' });
        expect(payload['cognito:username']).toBe('bauska');
      } finally {
        await second.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
