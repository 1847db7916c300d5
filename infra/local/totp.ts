import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Time-based one-time passwords as authenticator apps make them and the Cognito user pool checks them: RFC 6238
 * with HMAC-SHA-1, 6 digits and a 30-second step, the key written in base32 (RFC 4648) as the apps take it.
 */
export const TOTP_DIGITS = 6;
export const TOTP_STEP_SECONDS = 30;
/** A code of the step before or after the current one is accepted too, for a phone's clock a little off. */
export const TOTP_ALLOWED_DRIFT_STEPS = 1;
/** 160 bits, the key length RFC 4226 recommends for HMAC-SHA-1. */
const SECRET_BYTES = 20;
const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A new random key, in base32 without padding (32 characters). */
export function newTotpSecret(): string {
  return base32Encode(randomBytes(SECRET_BYTES));
}

/** The time step a moment falls in: whole 30-second periods since 1970. */
export function totpStep(atMs: number): number {
  return Math.floor(atMs / 1000 / TOTP_STEP_SECONDS);
}

/** The code of a time step (RFC 4226's HOTP with the step as the counter). */
export function totpCodeAtStep(secret: string, step: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  // Dynamic truncation: the low 4 bits of the last byte say where the 31-bit number starts.
  const offset = (mac[mac.length - 1] as number) & 0x0f;
  const number = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(number % 10 ** TOTP_DIGITS).padStart(TOTP_DIGITS, '0');
}

/** The code an authenticator app shows at a moment. */
export function totpCode(secret: string, atMs: number): string {
  return totpCodeAtStep(secret, totpStep(atMs));
}

/**
 * The time step `code` belongs to, if it is the code of the step at `atMs` or of one step either side; else
 * `undefined`. Every candidate is compared, each in constant time, so the timing does not tell how near a guess was.
 * A step at or before `usedUpTo` is never accepted: a code works once (RFC 6238, section 5.2).
 */
export function matchTotp(secret: string, code: string, atMs: number, usedUpTo = -1): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const now = totpStep(atMs);
  let matched: number | undefined;
  for (let step = now - TOTP_ALLOWED_DRIFT_STEPS; step <= now + TOTP_ALLOWED_DRIFT_STEPS; step++) {
    const equal = timingSafeEqual(Buffer.from(totpCodeAtStep(secret, step)), Buffer.from(code));
    if (equal && step > usedUpTo && matched === undefined) matched = step;
  }
  return matched;
}

export function isTotpSecret(secret: string): boolean {
  return /^[A-Z2-7]{16,}$/.test(secret);
}

export function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      out += BASE32_ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32_ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

/** Base32 to bytes; spaces, padding and lower case are allowed, as people copy keys with them. */
export function base32Decode(text: string): Buffer {
  const clean = text.replace(/[\s=]/g, '').toUpperCase();
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of clean) {
    const index = BASE32_ALPHABET.indexOf(char);
    if (index < 0) throw new Error('Not a base32 key.');
    value = ((value << 5) | index) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}
