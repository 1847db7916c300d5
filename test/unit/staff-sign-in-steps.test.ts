import { Secret } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../infra/local/sign-in/password-hash.ts';
import { createSignInSessions, SIGN_IN_SESSION_MS } from '../../infra/local/sign-in/sign-in-sessions.ts';
import { passwordPolicyRefusal } from '../../infra/local/sign-in/staff-password-policy.ts';
import { createStaffSignInFlow, type SignInStep } from '../../infra/local/sign-in/staff-sign-in-flow.ts';
import { matchTotp, newTotpSecret, totpCode, totpCodeAtStep, totpStep } from '../../infra/local/sign-in/totp.ts';
import { STAFF_DEMO_ACCOUNTS, type StaffAccount } from '../../infra/seed/staff-users.ts';
import { STAFF_DEMO_PASSWORD } from '../helpers/staff-tokens.ts';

/** RFC 6238 appendix B's SHA-1 key, "12345678901234567890", in base32. */
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('one-time codes (RFC 6238: SHA-1, 6 digits, 30 seconds)', () => {
  it('match the test vectors of RFC 6238, cut to 6 digits', () => {
    for (const [seconds, code] of [
      [59, '287082'],
      [1_111_111_109, '081804'],
      [1_111_111_111, '050471'],
      [1_234_567_890, '005924'],
      [2_000_000_000, '279037'],
      [20_000_000_000, '353130'],
    ] as const) {
      expect([seconds, totpCode(RFC_SECRET, seconds * 1000)]).toEqual([seconds, code]);
    }
  });

  it('make new keys of 160 random bits, each different', () => {
    const first = newTotpSecret();
    expect(first).toMatch(/^[A-Z2-7]{32}$/);
    expect(Secret.fromBase32(first).bytes).toHaveLength(20);
    expect(newTotpSecret()).not.toBe(first);
  });

  it('accept the code of the current step and of one step either side, and no further', () => {
    const at = 1_565_000_000_000;
    const step = totpStep(at);
    expect(matchTotp(RFC_SECRET, totpCodeAtStep(RFC_SECRET, step), at)).toBe(step);
    expect(matchTotp(RFC_SECRET, totpCodeAtStep(RFC_SECRET, step - 1), at)).toBe(step - 1);
    expect(matchTotp(RFC_SECRET, totpCodeAtStep(RFC_SECRET, step + 1), at)).toBe(step + 1);
    expect(matchTotp(RFC_SECRET, totpCodeAtStep(RFC_SECRET, step - 2), at)).toBeUndefined();
    expect(matchTotp(RFC_SECRET, totpCodeAtStep(RFC_SECRET, step + 2), at)).toBeUndefined();
  });

  it('never accept a code twice, nor one older than the last accepted', () => {
    const at = 1_565_000_000_000;
    const step = totpStep(at);
    const code = totpCodeAtStep(RFC_SECRET, step);
    expect(matchTotp(RFC_SECRET, code, at, step)).toBeUndefined();
    expect(matchTotp(RFC_SECRET, totpCodeAtStep(RFC_SECRET, step - 1), at, step - 1)).toBeUndefined();
    expect(matchTotp(RFC_SECRET, totpCodeAtStep(RFC_SECRET, step + 1), at, step)).toBe(step + 1);
  });

  it('refuse anything but 6 digits', () => {
    const at = 1_565_000_000_000;
    const code = totpCode(RFC_SECRET, at);
    for (const typed of ['', `${code}0`, code.slice(1), ` ${code}`, `${code.slice(0, 3)} ${code.slice(3)}`, 'abcdef']) {
      expect([typed, matchTotp(RFC_SECRET, typed, at)]).toEqual([typed, undefined]);
    }
  });
});

describe('sign-in sessions', () => {
  const clock = (start = 1_565_000_000_000) => {
    let now = start;
    return { now: () => now, pass: (ms: number) => (now += ms) };
  };

  it('are long random strings that say nothing about the sign-in', () => {
    const sessions = createSignInSessions<{ username: string }>(Date.now);
    const first = sessions.issue({ username: 'bauska' });
    const second = sessions.issue({ username: 'bauska' });
    expect(first).toMatch(/^[A-Za-z0-9_-]{64}$/);
    expect(second).not.toBe(first);
    expect(first).not.toContain('bauska');
  });

  it('last 3 minutes', () => {
    const time = clock();
    const sessions = createSignInSessions<string>(time.now);
    const session = sessions.issue('state');
    time.pass(SIGN_IN_SESSION_MS - 1);
    expect(sessions.open(session)).toEqual({ ok: true, state: 'state' });
    time.pass(1);
    expect(sessions.open(session)).toEqual({ ok: false, refusal: 'expired' });
  });

  it('are good once, and unknown ones are refused', () => {
    const sessions = createSignInSessions<string>(Date.now);
    const session = sessions.issue('state');
    sessions.spend(session);
    expect(sessions.open(session)).toEqual({ ok: false, refusal: 'used' });
    expect(sessions.open('made-up')).toEqual({ ok: false, refusal: 'unknown' });
  });

  it('take four wrong codes and end at the fifth', () => {
    const sessions = createSignInSessions<string>(Date.now);
    const session = sessions.issue('state');
    for (let wrong = 1; wrong <= 4; wrong++) expect(sessions.wrongCode(session)).toBe(true);
    expect(sessions.open(session).ok).toBe(true);
    expect(sessions.wrongCode(session)).toBe(false);
    expect(sessions.open(session)).toEqual({ ok: false, refusal: 'too-many-codes' });
  });

  it('are forgotten once expired, so memory holds only the last minutes', () => {
    const time = clock();
    const sessions = createSignInSessions<string>(time.now);
    const old = sessions.issue('old');
    time.pass(SIGN_IN_SESSION_MS);
    sessions.issue('new');
    expect(sessions.open(old)).toEqual({ ok: false, refusal: 'unknown' });
  });
});

describe('the user pool’s password rules', () => {
  it('take 12 characters or more with a lower-case and an upper-case letter, a digit and a symbol', () => {
    expect(passwordPolicyRefusal('Jauna-parole-2019')).toBeUndefined();
    expect(passwordPolicyRefusal('Ābeļzieds 42!')).toBeUndefined();
  });

  it('refuse a password with Cognito’s words for the first rule it breaks', () => {
    const policy = 'Password does not conform to policy: ';
    expect(passwordPolicyRefusal('Īsa-par-19')).toBe(`${policy}Password not long enough`);
    expect(passwordPolicyRefusal('JAUNA-PAROLE-2019')).toBe(`${policy}Password must have lowercase characters`);
    expect(passwordPolicyRefusal('jauna-parole-2019')).toBe(`${policy}Password must have uppercase characters`);
    expect(passwordPolicyRefusal('Jauna-parole-bez')).toBe(`${policy}Password must have numeric characters`);
    expect(passwordPolicyRefusal('Jaunaparole2019')).toBe(`${policy}Password must have symbol characters`);
    expect(passwordPolicyRefusal(' Jauna-parole-2019')).toBe(`${policy}Password must not begin or end with a space`);
  });
});

// Each account's password is hashed with a deliberately slow scrypt; on a busy machine a few of them pass 5 s.
describe('the steps of a sign-in in the stand-in', { timeout: 30_000 }, () => {
  const NEW_PASSWORD = 'Mana-jauna-parole-7';
  const TEMPORARY = 'Pagaidu-parole-2019';

  async function account(
    username: string,
    password: string,
    steps: Pick<StaffAccount, 'temporaryPassword' | 'mfa'>,
  ): Promise<StaffAccount> {
    return {
      role: 'administrator',
      sub: '9a0f7f4e-4b7c-4d51-9d7e-0e4f8f6a1b2c',
      username,
      name: 'Testa administrators (demo)',
      email: `${username}@intake.example.lv`,
      passwordHash: await hashPassword(password),
      ...steps,
    };
  }

  function setUp(accounts: StaffAccount[], start = 1_565_000_000_000) {
    let now = start;
    const flow = createStaffSignInFlow({ accounts, now: () => now });
    return { flow, pass: (ms: number) => (now += ms), now: () => now };
  }

  const challenge = (step: SignInStep, name: string) => {
    if (step.kind !== 'challenge' || step.name !== name)
      throw new Error(`expected ${name}, got ${JSON.stringify(step)}`);
    return step;
  };
  const refusal = (step: SignInStep) => (step.kind === 'refused' ? [step.type, step.message] : step.kind);

  it('sign a password-only account in with the password alone', async () => {
    const { flow } = setUp([...STAFF_DEMO_ACCOUNTS]);
    const step = await flow.step({ kind: 'password', username: 'bauska', password: STAFF_DEMO_PASSWORD });
    expect(step).toMatchObject({ kind: 'signed-in', account: { username: 'bauska' } });
  });

  it('take a temporary password to a new password, then to setting up an app, then to a code at the next sign-in', async () => {
    const { flow, now } = setUp([await account('jauns', TEMPORARY, { temporaryPassword: true, mfa: {} })]);

    const first = challenge(
      await flow.step({ kind: 'password', username: 'jauns', password: TEMPORARY }),
      'NEW_PASSWORD_REQUIRED',
    );
    expect(first.parameters).toMatchObject({ USER_ID_FOR_SRP: 'jauns', requiredAttributes: '[]' });
    const setup = challenge(
      await flow.step({ kind: 'new-password', session: first.session, username: 'jauns', newPassword: NEW_PASSWORD }),
      'MFA_SETUP',
    );
    expect(JSON.parse(setup.parameters.MFAS_CAN_SETUP as string)).toEqual(['SOFTWARE_TOKEN_MFA']);

    const associated = await flow.step({ kind: 'associate-token', session: setup.session });
    if (associated.kind !== 'token-associated') throw new Error(JSON.stringify(associated));
    expect(associated.secretCode).toMatch(/^[A-Z2-7]{32}$/);
    const verified = await flow.step({
      kind: 'verify-token',
      session: associated.session,
      code: totpCode(associated.secretCode, now()),
    });
    if (verified.kind !== 'token-verified') throw new Error(JSON.stringify(verified));
    expect(await flow.step({ kind: 'mfa-setup', session: verified.session, username: 'jauns' })).toMatchObject({
      kind: 'signed-in',
    });

    // The temporary password is gone; the new one leads to the app's code.
    expect(refusal(await flow.step({ kind: 'password', username: 'jauns', password: TEMPORARY }))).toEqual([
      'NotAuthorizedException',
      'Incorrect username or password.',
    ]);
    const again = challenge(
      await flow.step({ kind: 'password', username: 'jauns', password: NEW_PASSWORD }),
      'SOFTWARE_TOKEN_MFA',
    );
    // The code used to set the app up is spent: the next one is taken.
    const used = totpStep(now());
    expect(
      refusal(
        await flow.step({
          kind: 'mfa-code',
          session: again.session,
          username: 'jauns',
          code: totpCode(associated.secretCode, now()),
        }),
      ),
    ).toEqual(['CodeMismatchException', 'Invalid code received for user']);
    const signedIn = await flow.step({
      kind: 'mfa-code',
      session: again.session,
      username: 'jauns',
      code: totpCodeAtStep(associated.secretCode, used + 1),
    });
    expect(signedIn).toMatchObject({ kind: 'signed-in', account: { username: 'jauns' } });
  });

  it('refuse a new password the rules refuse, or the temporary one again, and keep the session for another try', async () => {
    const { flow } = setUp([await account('jauns', TEMPORARY, { temporaryPassword: true })]);
    const first = challenge(
      await flow.step({ kind: 'password', username: 'jauns', password: TEMPORARY }),
      'NEW_PASSWORD_REQUIRED',
    );
    const attempt = (newPassword: string) =>
      flow.step({ kind: 'new-password', session: first.session, username: 'jauns', newPassword });
    expect(refusal(await attempt('īsa'))).toEqual([
      'InvalidPasswordException',
      'Password does not conform to policy: Password not long enough',
    ]);
    expect(refusal(await attempt(TEMPORARY))).toEqual([
      'InvalidPasswordException',
      'Password has previously been used',
    ]);
    expect(await attempt(NEW_PASSWORD)).toMatchObject({ kind: 'signed-in' });
  });

  it('refuse a session after 3 minutes, a session used once already, and a session of another user', async () => {
    const { flow, pass } = setUp([
      await account('jauns', TEMPORARY, { temporaryPassword: true }),
      await account('cits', TEMPORARY, { temporaryPassword: true }),
    ]);
    const start = async () =>
      challenge(await flow.step({ kind: 'password', username: 'jauns', password: TEMPORARY }), 'NEW_PASSWORD_REQUIRED');

    const late = await start();
    pass(SIGN_IN_SESSION_MS);
    expect(
      refusal(
        await flow.step({ kind: 'new-password', session: late.session, username: 'jauns', newPassword: NEW_PASSWORD }),
      ),
    ).toEqual(['NotAuthorizedException', 'Invalid session for the user, session is expired.']);

    const other = await start();
    expect(
      refusal(
        await flow.step({ kind: 'new-password', session: other.session, username: 'cits', newPassword: NEW_PASSWORD }),
      ),
    ).toEqual(['NotAuthorizedException', 'Invalid session for the user.']);

    const once = await start();
    expect(
      await flow.step({ kind: 'new-password', session: once.session, username: 'jauns', newPassword: NEW_PASSWORD }),
    ).toMatchObject({ kind: 'signed-in' });
    expect(
      refusal(
        await flow.step({
          kind: 'new-password',
          session: once.session,
          username: 'jauns',
          newPassword: 'Vel-cita-parole-8',
        }),
      ),
    ).toEqual(['NotAuthorizedException', 'Invalid session for the user, session can only be used once.']);
  });

  it('refuse a wrong code while setting up the app, keep the session for another try, and end it at the fifth', async () => {
    const { flow, now } = setUp([await account('jauns', STAFF_DEMO_PASSWORD, { mfa: {} })]);
    const setup = challenge(
      await flow.step({ kind: 'password', username: 'jauns', password: STAFF_DEMO_PASSWORD }),
      'MFA_SETUP',
    );
    const associated = await flow.step({ kind: 'associate-token', session: setup.session });
    if (associated.kind !== 'token-associated') throw new Error(JSON.stringify(associated));
    const wrong = totpCode(associated.secretCode, now()) === '000000' ? '111111' : '000000';
    const verify = (code: string) => flow.step({ kind: 'verify-token', session: associated.session, code });
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(refusal(await verify(wrong))).toEqual([
        'EnableSoftwareTokenMFAException',
        'Code mismatch and fail enable Software Token MFA',
      ]);
    }
    expect(refusal(await verify(wrong))[0]).toBe('NotAuthorizedException');
    // Ended: not even the right code is taken now.
    expect(refusal(await verify(totpCode(associated.secretCode, now())))[0]).toBe('NotAuthorizedException');
  });

  it('ask an account with an app set up for its code, accepting a code from 30 seconds before or after', async () => {
    const secret = newTotpSecret();
    const { flow, now } = setUp([await account('ar-kodu', STAFF_DEMO_PASSWORD, { mfa: { totpSecret: secret } })]);
    const signInWith = async (code: string) => {
      const asked = challenge(
        await flow.step({ kind: 'password', username: 'ar-kodu', password: STAFF_DEMO_PASSWORD }),
        'SOFTWARE_TOKEN_MFA',
      );
      return flow.step({ kind: 'mfa-code', session: asked.session, username: 'ar-kodu', code });
    };
    const step = totpStep(now());
    expect(refusal(await signInWith(totpCodeAtStep(secret, step - 2)))[0]).toBe('CodeMismatchException');
    expect(await signInWith(totpCodeAtStep(secret, step - 1))).toMatchObject({ kind: 'signed-in' });
    expect(await signInWith(totpCodeAtStep(secret, step + 1))).toMatchObject({ kind: 'signed-in' });
  });

  it('do not skip a step: a session of one step is refused at another', async () => {
    const { flow } = setUp([await account('jauns', TEMPORARY, { temporaryPassword: true, mfa: {} })]);
    const first = challenge(
      await flow.step({ kind: 'password', username: 'jauns', password: TEMPORARY }),
      'NEW_PASSWORD_REQUIRED',
    );
    expect(refusal(await flow.step({ kind: 'mfa-setup', session: first.session, username: 'jauns' }))).toEqual([
      'NotAuthorizedException',
      'Invalid session for the user.',
    ]);
    expect(refusal(await flow.step({ kind: 'associate-token', session: first.session }))[0]).toBe(
      'NotAuthorizedException',
    );
    const setup = challenge(
      await flow.step({ kind: 'new-password', session: first.session, username: 'jauns', newPassword: NEW_PASSWORD }),
      'MFA_SETUP',
    );
    // Finishing MFA_SETUP needs the session of a verified app, not the challenge's own.
    expect(refusal(await flow.step({ kind: 'mfa-setup', session: setup.session, username: 'jauns' }))[0]).toBe(
      'NotAuthorizedException',
    );
  });
});
