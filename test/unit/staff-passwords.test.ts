import { describe, expect, it } from 'vitest';
import { hashPassword, UNMATCHABLE_HASH, verifyPassword } from '../../infra/local/sign-in/password-hash.ts';
import { checkStaffPassword } from '../../infra/local/sign-in/staff-password-check.ts';
import { seedRounds } from '../../infra/seed/rounds.ts';
import { STAFF_DEMO_ACCOUNTS } from '../../infra/seed/staff-users.ts';
import { STAFF_DEMO_PASSWORD } from '../helpers/staff-tokens.ts';

const HASH_FORMAT = /^scrypt\$32768\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{86}==$/;

// Each check costs a deliberately slow scrypt (about 0.1 s); on a busy machine a few of them pass 5 s.
const SCRYPT_TESTS = { timeout: 30_000 };

describe('checking a staff password', SCRYPT_TESTS, () => {
  it('signs a demo account in with the demo password', async () => {
    const account = await checkStaffPassword(STAFF_DEMO_ACCOUNTS, 'bauska', STAFF_DEMO_PASSWORD);
    expect(account).toMatchObject({ username: 'bauska', role: 'social-worker', municipalityCode: 'LV-016' });
  });

  it('refuses a wrong password, one differing only in case, and an empty one', async () => {
    for (const password of ['Demo-parole-2020', 'demo-parole-2019', `${STAFF_DEMO_PASSWORD} `, '']) {
      expect(await checkStaffPassword(STAFF_DEMO_ACCOUNTS, 'bauska', password)).toBeUndefined();
    }
  });

  it('refuses an unknown user, even with the demo password, as it refuses a wrong password', async () => {
    for (const username of ['nobody', 'Bauska', 'bauska ', '']) {
      expect(await checkStaffPassword(STAFF_DEMO_ACCOUNTS, username, STAFF_DEMO_PASSWORD)).toBeUndefined();
    }
  });

  it('checks an unknown user against a hash of the same cost, so refusing takes as long as for a known user', async () => {
    expect(UNMATCHABLE_HASH).toMatch(HASH_FORMAT);
    expect(await verifyPassword(UNMATCHABLE_HASH, STAFF_DEMO_PASSWORD)).toBe(false);
  });
});

describe('password hashes', SCRYPT_TESTS, () => {
  it('match the password they were made from and no other, with a new salt each time', async () => {
    const first = await hashPassword('Sālsūdens-42');
    const second = await hashPassword('Sālsūdens-42');
    expect(first).toMatch(HASH_FORMAT);
    expect(first).not.toBe(second);
    expect(await verifyPassword(first, 'Sālsūdens-42')).toBe(true);
    // The same letters written with a combining mark are the same password.
    expect(await verifyPassword(first, 'Sa\u0304lsūdens-42')).toBe(true);
    expect(await verifyPassword(first, 'Salsudens-42')).toBe(false);
  });

  it('never match a stored value that is not a hash in the expected form, or whose cost is out of range', async () => {
    const [, , , , salt, hash] = (await hashPassword('x')).split('$');
    for (const stored of [
      '',
      'x',
      'Demo-parole-2019',
      `bcrypt$32768$8$1$${salt}$${hash}`,
      `scrypt$1048576$8$1$${salt}$${hash}`,
      `scrypt$30000$8$1$${salt}$${hash}`,
      `scrypt$32768$8$1$$${hash}`,
      `scrypt$32768$8$1$${salt}$`,
    ]) {
      expect([stored, await verifyPassword(stored, 'x')]).toEqual([stored, false]);
    }
  });
});

/** The accounts the password alone signs in, as the quick demo has them. */
const PASSWORD_ONLY = STAFF_DEMO_ACCOUNTS.filter((account) => !account.temporaryPassword && !account.mfa);
/** The temporary password of the demo account whose first sign-in asks for a new one (README). */
const TEMPORARY_PASSWORD = 'Pagaidu-parole-2019';

describe('the demo staff accounts', SCRYPT_TESTS, () => {
  it('give every municipality of the pilot round one password-only social worker, and add one administrator', () => {
    const [pilot] = seedRounds(new Date('2019-08-01T00:00:00Z'));
    const socialWorkers = PASSWORD_ONLY.filter((account) => account.role === 'social-worker');
    expect(socialWorkers.map((account) => account.municipalityCode).sort()).toEqual(
      pilot?.municipalities.map((municipality) => municipality.code).sort(),
    );
    expect(PASSWORD_ONLY.filter((account) => account.role === 'administrator')).toHaveLength(1);
  });

  it('add one account whose first sign-in sets a new password and an app, and one that asks an app’s code', () => {
    const steps = STAFF_DEMO_ACCOUNTS.filter((account) => !PASSWORD_ONLY.includes(account));
    expect(steps.map(({ username, temporaryPassword, mfa }) => ({ username, temporaryPassword, mfa }))).toEqual([
      { username: 'jelgava-jauns', temporaryPassword: true, mfa: {} },
      {
        username: 'bauska-kods',
        temporaryPassword: undefined,
        mfa: { totpSecret: expect.stringMatching(/^[A-Z2-7]{32}$/) },
      },
    ]);
  });

  it('have unique usernames and stable UUIDs as subjects, and names that say they are demo accounts', () => {
    const unique = (values: string[]) => new Set(values).size === values.length;
    expect(unique(STAFF_DEMO_ACCOUNTS.map((account) => account.username))).toBe(true);
    expect(unique(STAFF_DEMO_ACCOUNTS.map((account) => account.sub))).toBe(true);
    for (const account of STAFF_DEMO_ACCOUNTS) {
      expect(account.sub).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(account.name).toMatch(/\(demo\)$/);
    }
  });

  it('keep the password only as hashes, each with its own salt; all but the temporary one are the demo password', async () => {
    const salts = STAFF_DEMO_ACCOUNTS.map((account) => account.passwordHash.split('$')[4]);
    expect(new Set(salts).size).toBe(STAFF_DEMO_ACCOUNTS.length);
    for (const account of STAFF_DEMO_ACCOUNTS) {
      expect(account.passwordHash).toMatch(HASH_FORMAT);
      const password = account.temporaryPassword ? TEMPORARY_PASSWORD : STAFF_DEMO_PASSWORD;
      expect(await checkStaffPassword(STAFF_DEMO_ACCOUNTS, account.username, password)).toBe(account);
    }
  });
});
