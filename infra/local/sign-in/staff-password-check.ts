import type { StaffAccount } from '../../seed/staff-users.ts';
import { UNMATCHABLE_HASH, verifyPassword } from './password-hash.ts';

/**
 * The account a username and password sign in to, or `undefined`. An unknown username is checked against a hash
 * no password matches, at the same cost as a real one, so neither the answer nor its timing tells an unknown
 * user from a wrong password: sign-in cannot be used to find out who has an account.
 *
 * `currentHash` gives an account's password hash as it is now, which differs from the seed once someone has
 * chosen a new password; by default, the seed's.
 */
export async function checkStaffPassword(
  accounts: readonly StaffAccount[],
  username: string,
  password: string,
  currentHash: (account: StaffAccount) => string = (account) => account.passwordHash,
): Promise<StaffAccount | undefined> {
  const account = accounts.find((candidate) => candidate.username === username);
  const matches = await verifyPassword(account ? currentHash(account) : UNMATCHABLE_HASH, password);
  return matches ? account : undefined;
}
