import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * Password hashes of the local sign-in stand-in, written as `scrypt$N$r$p$<salt base64>$<hash base64>` so the
 * cost travels with each hash. N = 2^15, r = 8 takes tens of milliseconds and 32 MiB per check: slow enough that
 * a copied seed file is no shortcut to the passwords, quick enough for tests.
 */
const COST = { N: 32_768, r: 8, p: 1 } as const;
const SALT_BYTES = 16;
const HASH_BYTES = 64;
/** Node refuses scrypt above 32 MiB unless told; 128 · N · r is exactly that, plus a little working space. */
const MAX_MEMORY = 64 * 1024 * 1024;
const FORMAT = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([A-Za-z0-9+/]+={0,2})\$([A-Za-z0-9+/]+={0,2})$/;

interface ParsedHash {
  cost: { N: number; r: number; p: number };
  salt: Buffer;
  hash: Buffer;
}

/** A new hash with a random salt: for writing seed data, never kept with a password in the code. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const hash = await derive(password, salt, HASH_BYTES, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

/**
 * Whether `password` matches `stored`. The comparison takes the same time however many bytes match, so the
 * answer's timing says nothing about the hash. A stored value that is not a hash in this format never matches.
 */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const candidate = await derive(password, parsed.salt, parsed.hash.length, parsed.cost);
  return timingSafeEqual(candidate, parsed.hash);
}

/**
 * A hash no password matches, with the same cost as real ones: checked in place of an unknown user's hash, so
 * an unknown user takes as long to refuse as a wrong password and the timing does not tell which names exist.
 */
export const UNMATCHABLE_HASH = [
  'scrypt',
  COST.N,
  COST.r,
  COST.p,
  randomBytes(SALT_BYTES).toString('base64'),
  randomBytes(HASH_BYTES).toString('base64'),
].join('$');

function parseHash(stored: string): ParsedHash | undefined {
  const match = FORMAT.exec(stored);
  if (!match) return undefined;
  const [N, r, p] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
  // The seed file is ours, but a cost far above ours would stall the stand-in on every sign-in.
  if (N < 2 || N > COST.N || (N & (N - 1)) !== 0 || r < 1 || r > COST.r || p < 1 || p > COST.p) return undefined;
  const salt = Buffer.from(match[4] as string, 'base64');
  const hash = Buffer.from(match[5] as string, 'base64');
  if (salt.length < SALT_BYTES || hash.length < 32) return undefined;
  return { cost: { N, r, p }, salt, hash };
}

function derive(password: string, salt: Buffer, length: number, cost: ParsedHash['cost']): Promise<Buffer> {
  const options: ScryptOptions = { ...cost, maxmem: MAX_MEMORY };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, length, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}
