import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type CryptoKey, calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { StandInError } from '../stand-ins.ts';

export const SIGNING_ALGORITHM = 'RS256';
const KEY_FILE = 'staff-signing-key.json';

/** The key the sign-in stand-in signs staff tokens with, and its public half as the JWKS lists it. */
export interface StaffSigningKey {
  kid: string;
  privateKey: CryptoKey;
  /** With `kid`, `alg` and `use`: what a verifier needs to pick and check the key. */
  publicJwk: JWK;
}

/**
 * The signing key: kept in `<dataDir>/staff-signing-key.json` (readable by the owner only) when there is a data
 * folder, so tokens issued before a restart still verify after it; otherwise a new one in memory. The key id is
 * the key's RFC 7638 thumbprint, so the same key always has the same id.
 */
export async function loadStaffSigningKey(dataDir?: string): Promise<StaffSigningKey> {
  const file = dataDir && join(dataDir, KEY_FILE);
  const privateJwk = file && existsSync(file) ? readKeyFile(file) : await newPrivateJwk(file);
  const publicPart: JWK = { kty: 'RSA', n: privateJwk.n as string, e: privateJwk.e as string };
  const kid = await calculateJwkThumbprint(publicPart);
  const privateKey = await importJWK(privateJwk, SIGNING_ALGORITHM);
  if (privateKey instanceof Uint8Array) throw new StandInError('The staff signing key is not an RSA key.');
  return { kid, privateKey, publicJwk: { ...publicPart, kid, alg: SIGNING_ALGORITHM, use: 'sig' } };
}

async function newPrivateJwk(file: string | undefined): Promise<JWK> {
  const { privateKey } = await generateKeyPair(SIGNING_ALGORITHM, { extractable: true });
  const jwk = await exportJWK(privateKey);
  if (file) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(jwk)}\n`, { mode: 0o600 });
  }
  return jwk;
}

function readKeyFile(file: string): JWK {
  try {
    const jwk = JSON.parse(readFileSync(file, 'utf8')) as JWK;
    if (jwk.kty === 'RSA' && typeof jwk.n === 'string' && typeof jwk.e === 'string' && typeof jwk.d === 'string') {
      return jwk;
    }
  } catch {
    // Reported below, the same as a file that parses but holds no key.
  }
  throw new StandInError(
    `${file} is not an RSA signing key. Delete it to make a new one (staff then sign in again), ` +
      'or run npm start -- --fresh to start clean.',
  );
}
