import { type ConflictCode, ConflictError } from '../domain/errors.ts';

/** An attempt's answer when someone else stored a change between its read and its write. */
export const CHANGED = Symbol('changed');

/** Each change is worked out from what was read, so working it out again on a fresher copy is always right. */
const ATTEMPTS = 3;

/**
 * Runs a read–change–conditional-write `attempt` again while another writer got in between; only when that keeps
 * happening is the person asked to reload, with `conflict`.
 */
export async function retryWhileChanged<T>(
  conflict: ConflictCode,
  attempt: () => Promise<T | typeof CHANGED>,
): Promise<T> {
  for (let tries = 0; tries < ATTEMPTS; tries++) {
    const result = await attempt();
    if (result !== CHANGED) return result;
  }
  throw new ConflictError(conflict);
}
