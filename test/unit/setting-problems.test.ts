import { describe, expect, it } from 'vitest';
import { readConfig } from '../../shared/config.ts';

/** The message a configuration that cannot be read stops the function with. */
function refusal(section: Parameters<typeof readConfig>[0], env: Record<string, string>): string {
  try {
    readConfig(section, env);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be refused');
}

describe('what is wrong with a setting', () => {
  it('names a variable that is not set', () => {
    expect(refusal('table', {})).toBe(
      'Configuration "table" is incomplete. Set these environment variables: TABLE_NAME: not set',
    );
  });

  it('says which form a malformed or empty value needs, each variable by name', () => {
    const message = refusal('staffAuth', { STAFF_TOKEN_ISSUER: 'issuer', STAFF_TOKEN_AUDIENCE: '' });
    expect(message).toContain('STAFF_TOKEN_ISSUER: must be a valid url');
    expect(message).toContain('STAFF_TOKEN_AUDIENCE: empty');
    expect(message).toContain('STAFF_JWKS_URL: not set');
    expect(refusal('mail', { MAIL_FROM: 'office', MAIL_RATE_PER_SECOND: 'fast' })).toContain(
      'MAIL_FROM: must be a valid email; MAIL_RATE_PER_SECOND: must be a number',
    );
  });

  it('keeps the words a setting’s own rule gives', () => {
    expect(refusal('mail', { MAIL_FROM: 'office@example.lv', MAIL_CONFIGURATION_SET: 'set one' })).toContain(
      'MAIL_CONFIGURATION_SET: must be 1 to 64 letters, digits, _ or -',
    );
  });

  it('never repeats the value, which may be a secret', () => {
    const secret = 'not-long-enough-secret';
    const message = refusal('origin', { ORIGIN_SECRET: secret });
    expect(message).toContain('ORIGIN_SECRET: must be at least 32 characters');
    expect(message).not.toContain(secret);
    expect(refusal('web', { PUBLIC_WEB_URL: secret })).not.toContain(secret);
  });
});
