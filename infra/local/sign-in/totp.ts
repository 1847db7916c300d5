import { Secret, TOTP } from 'otpauth';

/*
 * Time-based one-time passwords as authenticator apps make them and the Cognito user pool checks them: RFC 6238
 * with HMAC-SHA-1, 6 digits and a 30-second step, the key written in base32 as the apps take it. The codes come
 * from the otpauth library; what is ours is the rule that a code works once.
 */

const TOTP_STEP_SECONDS = 30;
/** A code of the step before or after the current one is accepted too, for a phone's clock a little off. */
const ALLOWED_DRIFT_STEPS = 1;
/** 160 bits, the key length RFC 4226 recommends for HMAC-SHA-1. */
const SECRET_BYTES = 20;

const generator = (secret: string) =>
  new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: TOTP_STEP_SECONDS });

/** A new random key, in base32 without padding (32 characters). */
export function newTotpSecret(): string {
  return new Secret({ size: SECRET_BYTES }).base32;
}

/** The time step a moment falls in: whole 30-second periods since 1970. */
export function totpStep(atMs: number): number {
  return Math.floor(atMs / 1000 / TOTP_STEP_SECONDS);
}

/** The code of a time step. */
export function totpCodeAtStep(secret: string, step: number): string {
  return generator(secret).generate({ timestamp: step * TOTP_STEP_SECONDS * 1000 });
}

/** The code an authenticator app shows at a moment. */
export function totpCode(secret: string, atMs: number): string {
  return generator(secret).generate({ timestamp: atMs });
}

/**
 * The time step `code` belongs to, if it is the code of the step at `atMs` or of one step either side; else
 * `undefined`. A step at or before `usedUpTo` is never accepted: a code works once (RFC 6238, section 5.2).
 */
export function matchTotp(secret: string, code: string, atMs: number, usedUpTo = -1): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const delta = generator(secret).validate({ token: code, timestamp: atMs, window: ALLOWED_DRIFT_STEPS });
  if (delta === null) return undefined;
  const step = totpStep(atMs) + delta;
  return step > usedUpTo ? step : undefined;
}
