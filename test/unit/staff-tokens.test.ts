import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { AMZ_JSON, INITIATE_AUTH_TARGET, readSignInAttempt } from '../../infra/local/sign-in/cognito-protocol.ts';
import { loadStaffSigningKey, type StaffSigningKey } from '../../infra/local/sign-in/staff-signing-key.ts';
import { createStaffTokenIssuer, type StaffTokenIssuer } from '../../infra/local/sign-in/staff-tokens.ts';
import { STAFF_DEMO_ACCOUNTS, type StaffAccount } from '../../infra/seed/staff-users.ts';
import { StaffTokenClaimsSchema } from '../../shared/schemas/staff-identity.ts';

const issuer = 'http://127.0.0.1:8010';
const clientId = 'local-staff-web';
const account = (username: string): StaffAccount => {
  const found = STAFF_DEMO_ACCOUNTS.find((candidate) => candidate.username === username);
  if (!found) throw new Error(`no account ${username}`);
  return found;
};

describe('staff tokens of the sign-in stand-in', () => {
  let key: StaffSigningKey;
  let tokens: StaffTokenIssuer;
  const verify = (token: string) =>
    jwtVerify(token, createLocalJWKSet({ keys: [key.publicJwk] }), { issuer, algorithms: ['RS256'] });

  beforeAll(async () => {
    key = await loadStaffSigningKey();
    tokens = createStaffTokenIssuer({ key, issuer, clientId, accounts: STAFF_DEMO_ACCOUNTS });
  });

  it('give a social worker an ID token with Cognito’s claims, group and municipality, valid for an hour', async () => {
    const issuedAt = new Date('2019-08-02T07:00:00Z');
    const token = await tokens.idToken(account('bauska'), { issuedAt });
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'RS256', kid: key.kid, typ: 'JWT' });
    const { payload } = await jwtVerify(token, createLocalJWKSet({ keys: [key.publicJwk] }), {
      issuer,
      audience: clientId,
      currentDate: new Date('2019-08-02T07:30:00Z'),
    });
    expect(payload).toEqual({
      sub: '237df055-6da2-4ad0-83df-816940e4dc24',
      token_use: 'id',
      'cognito:username': 'bauska',
      'cognito:groups': ['social-workers'],
      'custom:municipality': 'LV-016',
      name: 'Bauskas sociālais darbinieks (demo)',
      email: 'bauska.demo@intake.example.lv',
      email_verified: true,
      iss: issuer,
      aud: clientId,
      iat: issuedAt.getTime() / 1000,
      exp: issuedAt.getTime() / 1000 + 3600,
      auth_time: issuedAt.getTime() / 1000,
      jti: expect.any(String),
    });
    expect(StaffTokenClaimsSchema.safeParse(payload).success).toBe(true);
  });

  it('give an administrator the administrators group and no municipality', async () => {
    const { payload } = await verify(await tokens.idToken(account('admin')));
    expect(payload['cognito:groups']).toEqual(['administrators']);
    expect(payload).not.toHaveProperty('custom:municipality');
  });

  it('make access tokens without an audience or custom attributes, as Cognito does', async () => {
    const { payload } = await verify(await tokens.accessToken(account('bauska')));
    expect(payload).toMatchObject({
      token_use: 'access',
      client_id: clientId,
      username: 'bauska',
      'cognito:groups': ['social-workers'],
    });
    expect(payload).not.toHaveProperty('aud');
    expect(payload).not.toHaveProperty('custom:municipality');
    expect(payload).not.toHaveProperty('email');
  });

  it('issue test tokens from a demo account with claims replaced or left out, or from bare claims', async () => {
    const moved = await verify(
      await tokens.issueIdToken({ 'cognito:username': 'bauska', 'custom:municipality': 'LV-JEL', name: undefined }),
    );
    expect(moved.payload).toMatchObject({ sub: account('bauska').sub, 'custom:municipality': 'LV-JEL' });
    expect(moved.payload).not.toHaveProperty('name');
    const stranger = await verify(await tokens.issueIdToken({ 'cognito:username': 'stranger' }));
    expect(stranger.payload).toMatchObject({ token_use: 'id', 'cognito:groups': [], aud: clientId });
    expect(stranger.payload.sub).not.toBe(account('bauska').sub);
  });

  it('issue expired test tokens that the verifier refuses', async () => {
    const token = await tokens.issueIdToken(
      { 'cognito:username': 'admin' },
      { issuedAt: new Date(Date.now() - 2 * 3600_000) },
    );
    await expect(verify(token)).rejects.toMatchObject({ code: 'ERR_JWT_EXPIRED' });
  });
});

describe('reading a sign-in request', () => {
  const request = (body: unknown, overrides: { contentType?: string; target?: string } = {}) =>
    readSignInAttempt(
      {
        contentType: overrides.contentType ?? AMZ_JSON,
        target: overrides.target ?? INITIATE_AUTH_TARGET,
        body: Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)),
      },
      clientId,
    );
  const refusal = (attempt: ReturnType<typeof request>) =>
    attempt.kind === 'refused' ? JSON.parse(attempt.answer.body).__type : 'accepted';
  const valid = {
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: clientId,
    AuthParameters: { USERNAME: 'a', PASSWORD: 'b' },
  };

  it('reads the username and password of a password sign-in', () => {
    expect(request(valid)).toEqual({ kind: 'password', username: 'a', password: 'b' });
  });

  it('refuses another app client as Cognito refuses an unknown one', () => {
    expect(refusal(request({ ...valid, ClientId: 'other' }))).toBe('ResourceNotFoundException');
  });

  it('refuses other operations, other flows and malformed requests as invalid parameters', () => {
    for (const attempt of [
      request(valid, { target: 'AWSCognitoIdentityProviderService.SignUp' }),
      request(valid, { contentType: 'application/json' }),
      request({ ...valid, AuthFlow: 'USER_SRP_AUTH' }),
      request({ ...valid, AuthParameters: { USERNAME: 'a' } }),
      request({ ...valid, AuthParameters: { PASSWORD: 'b' } }),
      request({ ...valid, AuthParameters: { USERNAME: 1, PASSWORD: 'b' } }),
      request('{not json'),
      request([]),
    ]) {
      expect(refusal(attempt)).toBe('InvalidParameterException');
    }
  });
});
