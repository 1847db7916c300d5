import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import type { Keyring } from '../../ports/keyring.ts';
import { READABLE_DIGITS, READABLE_LETTERS } from '../../schemas/common.ts';

const ROOT_SECRET_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const CIPHERTEXT_VERSION = 'v1';

/** Letters and digits people can read aloud and copy by hand: 27 symbols. */
const ACCESS_CODE_ALPHABET = READABLE_LETTERS + READABLE_DIGITS;
const ACCESS_CODE_SYMBOLS = 10;
/** The largest multiple of the alphabet size that fits in a byte: bytes at or above it are skipped. */
const ACCESS_CODE_BYTE_LIMIT = 256 - (256 % ACCESS_CODE_ALPHABET.length);

/**
 * The keys that protect personal data, all derived from one deployment secret so that there is only one thing
 * to keep and rotate. Each purpose has its own key (HKDF with a distinct `info`), so a key leaked or misused in
 * one role reveals nothing about the others.
 */
export class NodeKeyring implements Keyring {
  readonly #hashKey: Buffer;
  readonly #encryptionKey: Buffer;
  readonly #accessKey: Buffer;

  /** @param rootSecret 32 random bytes (`APP_SECRET`, decoded). */
  constructor(rootSecret: Uint8Array) {
    if (rootSecret.length !== ROOT_SECRET_BYTES) {
      throw new Error(`The root secret must be ${ROOT_SECRET_BYTES} bytes, got ${rootSecret.length}`);
    }
    this.#hashKey = deriveKey(rootSecret, 'personal-code-hash');
    this.#encryptionKey = deriveKey(rootSecret, 'field-encryption');
    this.#accessKey = deriveKey(rootSecret, 'access-code');
  }

  personalCodeHash(normalisedCode: string): string {
    return createHmac('sha256', this.#hashKey).update(normalisedCode, 'utf8').digest('hex');
  }

  /** AES-256-GCM with a fresh random IV: the same code encrypts differently each time, and tampering is detected. */
  encrypt(plaintext: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.#encryptionKey, iv);
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return [CIPHERTEXT_VERSION, iv, ciphertext, tag]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
  }

  /** Throws without echoing the input when the text was altered, truncated or made with another key. */
  decrypt(ciphertext: string): string {
    const [version, iv, body, tag, ...rest] = ciphertext.split('.');
    if (version !== CIPHERTEXT_VERSION || iv === undefined || body === undefined || tag === undefined || rest.length) {
      throw new Error('Not a ciphertext of this keyring');
    }
    const ivBytes = Buffer.from(iv, 'base64url');
    const tagBytes = Buffer.from(tag, 'base64url');
    if (ivBytes.length !== IV_BYTES || tagBytes.length !== TAG_BYTES)
      throw new Error('Not a ciphertext of this keyring');
    const decipher = createDecipheriv('aes-256-gcm', this.#encryptionKey, ivBytes, { authTagLength: TAG_BYTES });
    decipher.setAuthTag(tagBytes);
    try {
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      throw new Error('Ciphertext failed authentication');
    }
  }

  /**
   * `XXXXX-XXXXX` over 27 readable symbols (≈ 47.5 bits). Derived from the reference, so it is never stored and
   * cannot be read from the table. Bytes of HMAC-SHA-256 are mapped by rejection sampling (bytes ≥ 243 are
   * skipped, then byte mod 27), so every symbol is exactly equally likely; further HMAC blocks with a counter
   * supply bytes in the rare case one block has too few.
   */
  accessCode(reference: string): string {
    const symbols: string[] = [];
    for (let block = 0; symbols.length < ACCESS_CODE_SYMBOLS; block++) {
      const bytes = createHmac('sha256', this.#accessKey).update(`${reference}\n${block}`, 'utf8').digest();
      for (const byte of bytes) {
        if (byte >= ACCESS_CODE_BYTE_LIMIT) continue;
        symbols.push(ACCESS_CODE_ALPHABET.charAt(byte % ACCESS_CODE_ALPHABET.length));
        if (symbols.length === ACCESS_CODE_SYMBOLS) break;
      }
    }
    const code = symbols.join('');
    return `${code.slice(0, 5)}-${code.slice(5)}`;
  }
}

/** HKDF-SHA-256 without salt: the root is already uniformly random, so the salt would add nothing (RFC 5869 §3.1). */
function deriveKey(rootSecret: Uint8Array, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', rootSecret, Buffer.alloc(0), info, 32));
}
