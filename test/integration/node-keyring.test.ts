import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { NodeKeyring } from '../../shared/adapters/crypto/node-keyring.ts';
import { AccessCodeSchema } from '../../shared/schemas/api.ts';
import { READABLE_DIGITS, READABLE_LETTERS } from '../../shared/schemas/common.ts';

const READABLE = READABLE_LETTERS + READABLE_DIGITS;

const secret = Buffer.alloc(32, 7);
const keyring = new NodeKeyring(secret);

describe('NodeKeyring', () => {
  it('decrypts what it encrypted, including non-ASCII text', () => {
    for (const plaintext of ['16117519997', '32123412345', 'Ģirts Ēķis', '']) {
      expect(keyring.decrypt(keyring.encrypt(plaintext))).toBe(plaintext);
    }
  });

  it('encrypts the same text differently each time, in the versioned base64url format', () => {
    const first = keyring.encrypt('16117519997');
    const second = keyring.encrypt('16117519997');

    expect(first).not.toBe(second);
    expect(first).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/);
    expect(first).not.toContain('16117519997');
  });

  it('detects a changed ciphertext, IV or tag, and a text made with another secret', () => {
    const ciphertext = keyring.encrypt('16117519997');
    const [version, iv, body, tag] = ciphertext.split('.') as [string, string, string, string];
    const flip = (part: string) => {
      const bytes = Buffer.from(part, 'base64url');
      bytes[0] = (bytes[0] ?? 0) ^ 1;
      return bytes.toString('base64url');
    };

    for (const altered of [
      [version, flip(iv), body, tag],
      [version, iv, flip(body), tag],
      [version, iv, body, flip(tag)],
      [version, iv, body],
      ['v2', iv, body, tag],
    ]) {
      expect(() => keyring.decrypt(altered.join('.'))).toThrow();
    }
    expect(() => new NodeKeyring(randomBytes(32)).decrypt(ciphertext)).toThrow();
  });

  it('does not echo the ciphertext in its error', () => {
    const altered = `${keyring.encrypt('16117519997')}x`;

    let message = '';
    try {
      keyring.decrypt(altered);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).not.toBe('');
    expect(message).not.toContain(altered.slice(3, 19));
  });

  it('gives equal codes equal hashes and different codes different hashes', () => {
    const hash = keyring.personalCodeHash('16117519997');

    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(new NodeKeyring(Buffer.alloc(32, 7)).personalCodeHash('16117519997')).toBe(hash);
    expect(keyring.personalCodeHash('18056505610')).not.toBe(hash);
  });

  it('gives the same code a different hash under another secret, so hashes cannot be matched across deployments', () => {
    expect(new NodeKeyring(Buffer.alloc(32, 8)).personalCodeHash('16117519997')).not.toBe(
      keyring.personalCodeHash('16117519997'),
    );
  });

  it('gives each reference a stable access code of readable symbols that the access-code schema accepts', () => {
    const code = keyring.accessCode('KDMA-4729');

    expect(code).toMatch(new RegExp(`^[${READABLE}]{5}-[${READABLE}]{5}$`));
    expect(AccessCodeSchema.parse(code)).toBe(code);
    expect(keyring.accessCode('KDMA-4729')).toBe(code);
    expect(new NodeKeyring(Buffer.alloc(32, 7)).accessCode('KDMA-4729')).toBe(code);
    expect(keyring.accessCode('KDMA-4728')).not.toBe(code);
    expect(new NodeKeyring(Buffer.alloc(32, 8)).accessCode('KDMA-4729')).not.toBe(code);
  });

  it('uses every symbol of the alphabet about equally often', () => {
    const counts = new Map<string, number>();
    for (let n = 0; n < 2000; n++) {
      for (const symbol of keyring.accessCode(`REF-${n}`).replace('-', '')) {
        counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
      }
    }
    const expected = 20_000 / 27;

    expect(counts.size).toBe(27);
    for (const count of counts.values()) expect(Math.abs(count - expected)).toBeLessThan(expected * 0.25);
  });

  it('refuses a root secret that is not 32 bytes', () => {
    expect(() => new NodeKeyring(Buffer.alloc(16))).toThrow(/32 bytes/);
  });
});
