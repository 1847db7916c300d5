import { afterAll, beforeAll } from 'vitest';
import { apiClient } from './api-client.ts';
import { startTestSystem, type TestSystem } from './local-system.ts';
import { type StaffRequestLog, staffClient } from './staff-client.ts';
import { signInStaff } from './staff-tokens.ts';
import { storageProbe } from './storage.ts';

/** The system an e2e file runs against, with the clients most files talk to it through. */
export interface SystemOfFile<Staff extends string> {
  system: TestSystem;
  /** The applicant's side of the API. */
  api: ReturnType<typeof apiClient>;
  /** The stand-ins read directly, to prove what was (or was not) stored. */
  storage: ReturnType<typeof storageProbe>;
  /** The staff side of the API; every request it sends is added to `log`. */
  staff: ReturnType<typeof staffClient>;
  /** Every staff request of the file, to hold the audit log against. */
  log: StaffRequestLog;
  /** An ID token per demo account signed in before the tests. */
  tokens: Record<Staff, string>;
}

/**
 * One system for the tests of a file: started before them, with these demo accounts signed in, and stopped after
 * them. The fields are filled in before the first test runs, so tests read them as `file.api`, never destructured
 * at the top of the file (`log` and `tokens` excepted: they are the same objects throughout).
 */
export function systemForFile<Staff extends string = never>(
  signedIn: readonly Staff[] = [],
  options: Parameters<typeof startTestSystem>[0] = {},
): SystemOfFile<Staff> {
  const file = { log: [], tokens: {} } as unknown as SystemOfFile<Staff>;
  beforeAll(async () => {
    file.system = await startTestSystem(options);
    file.api = apiClient(file.system.apiUrl);
    file.storage = storageProbe(file.system);
    file.staff = staffClient(file.system.apiUrl, file.log);
    for (const username of signedIn) file.tokens[username] = await signInStaff(file.system, username);
  });
  afterAll(() => file.system?.stop());
  return file;
}
