import type { StaffAccount } from '../../seed/staff-users.ts';
import {
  type ChallengeName,
  type CognitoErrorType,
  INCORRECT_CREDENTIALS,
  type SignInAttempt,
} from './cognito-protocol.ts';
import { hashPassword, verifyPassword } from './password-hash.ts';
import { createSignInSessions, type SessionRefusal, sessionRefusalMessage } from './sign-in-sessions.ts';
import { checkStaffPassword } from './staff-password-check.ts';
import { passwordPolicyRefusal } from './staff-password-policy.ts';
import { matchTotp, newTotpSecret } from './totp.ts';

/** Where a sign-in stands after one request: signed in, asked for a further step, or refused. */
export type SignInStep =
  | { kind: 'signed-in'; account: StaffAccount }
  | { kind: 'challenge'; name: ChallengeName; session: string; parameters: Record<string, string> }
  | { kind: 'token-associated'; secretCode: string; session: string }
  | { kind: 'token-verified'; session: string }
  | { kind: 'refused'; type: CognitoErrorType; message: string };

export interface StaffSignInFlow {
  /** Takes one request of a sign-in (anything `readSignInAttempt` accepted) and says what comes next. */
  step(attempt: Exclude<SignInAttempt, { kind: 'refused' }>): Promise<SignInStep>;
}

export interface SignInFlowOptions {
  accounts: readonly StaffAccount[];
  /** The clock of sessions and codes. @default Date.now */
  now?: () => number;
}

/** What the user pool knows of a user beyond the seed: their password now, whether it is temporary, their app. */
interface UserState {
  passwordHash: string;
  temporaryPassword: boolean;
  mfaRequired: boolean;
  totpSecret: string | undefined;
  /** The time step of the last code accepted: a code is never accepted twice. */
  lastTotpStep: number;
}

/** What a session carries between two requests of one sign-in. */
type SessionState =
  | { step: 'NEW_PASSWORD_REQUIRED'; username: string }
  | { step: 'MFA_SETUP'; username: string }
  | { step: 'MFA_SETUP_ASSOCIATED'; username: string; secret: string }
  | { step: 'MFA_SETUP_VERIFIED'; username: string }
  | { step: 'SOFTWARE_TOKEN_MFA'; username: string };

const INVALID_SESSION = 'Invalid session for the user.';

/**
 * The sign-in of the staff user pool, step by step as Cognito runs it for a pool with MFA required and an
 * authenticator app as the only factor:
 *
 * - the password (InitiateAuth); a temporary one leads to NEW_PASSWORD_REQUIRED, whose answer sets the new one;
 * - then, for an account that needs a code, MFA_SETUP when no app is set up yet (AssociateSoftwareToken gives the
 *   key, VerifySoftwareToken checks the app's first code, RespondToAuthChallenge finishes), or SOFTWARE_TOKEN_MFA
 *   asking for the app's code;
 * - then the tokens.
 *
 * Every step answers with a new session that lasts 3 minutes and is good once; a wrong code leaves it standing
 * until the fifth. New passwords and set-up apps are kept in this process's memory only: a restart gives every
 * account its seeded state again (a temporary password stays temporary until someone changes it after each start).
 */
export function createStaffSignInFlow(options: SignInFlowOptions): StaffSignInFlow {
  const now = options.now ?? Date.now;
  const accounts = options.accounts;
  const users = new Map<string, UserState>(
    accounts.map((account) => [
      account.username,
      {
        passwordHash: account.passwordHash,
        temporaryPassword: account.temporaryPassword === true,
        mfaRequired: account.mfa !== undefined,
        totpSecret: account.mfa?.totpSecret,
        lastTotpStep: -1,
      },
    ]),
  );
  const sessions = createSignInSessions<SessionState>(now);
  const accountOf = (username: string) => accounts.find((account) => account.username === username);
  const refused = (type: CognitoErrorType, message: string): SignInStep => ({ kind: 'refused', type, message });
  const sessionRefused = (refusal: SessionRefusal) => refused('NotAuthorizedException', sessionRefusalMessage(refusal));

  /** The step after the password (or the new password): a code, an app to set up, or the tokens. */
  const afterPassword = (account: StaffAccount, user: UserState): SignInStep => {
    if (!user.mfaRequired) return { kind: 'signed-in', account };
    if (!user.totpSecret) {
      const session = sessions.issue({ step: 'MFA_SETUP', username: account.username });
      return {
        kind: 'challenge',
        name: 'MFA_SETUP',
        session,
        parameters: { MFAS_CAN_SETUP: JSON.stringify(['SOFTWARE_TOKEN_MFA']) },
      };
    }
    const session = sessions.issue({ step: 'SOFTWARE_TOKEN_MFA', username: account.username });
    return {
      kind: 'challenge',
      name: 'SOFTWARE_TOKEN_MFA',
      session,
      parameters: { USER_ID_FOR_SRP: account.username },
    };
  };

  /** The session's state when it is good and at the expected step, for the user the request names (if it names one). */
  const openSession = (
    session: string,
    steps: readonly SessionState['step'][],
    username?: string,
  ): { state: SessionState; account: StaffAccount; user: UserState } | { refusal: SignInStep } => {
    const opened = sessions.open(session);
    if (!opened.ok) return { refusal: sessionRefused(opened.refusal) };
    const { state } = opened;
    const account = accountOf(state.username);
    const user = users.get(state.username);
    if (!steps.includes(state.step) || (username !== undefined && username !== state.username) || !account || !user) {
      return { refusal: refused('NotAuthorizedException', INVALID_SESSION) };
    }
    return { state, account, user };
  };

  return {
    async step(attempt) {
      switch (attempt.kind) {
        case 'password': {
          const account = await checkStaffPassword(
            accounts,
            attempt.username,
            attempt.password,
            (candidate) => users.get(candidate.username)?.passwordHash ?? candidate.passwordHash,
          );
          const user = account && users.get(account.username);
          if (!account || !user) return refused('NotAuthorizedException', INCORRECT_CREDENTIALS);
          if (user.temporaryPassword) {
            const session = sessions.issue({ step: 'NEW_PASSWORD_REQUIRED', username: account.username });
            return {
              kind: 'challenge',
              name: 'NEW_PASSWORD_REQUIRED',
              session,
              parameters: {
                USER_ID_FOR_SRP: account.username,
                requiredAttributes: '[]',
                userAttributes: JSON.stringify({ email: account.email, name: account.name }),
              },
            };
          }
          return afterPassword(account, user);
        }
        case 'new-password': {
          const opened = openSession(attempt.session, ['NEW_PASSWORD_REQUIRED'], attempt.username);
          if ('refusal' in opened) return opened.refusal;
          const policy = passwordPolicyRefusal(attempt.newPassword);
          if (policy) return refused('InvalidPasswordException', policy);
          if (await verifyPassword(opened.user.passwordHash, attempt.newPassword)) {
            return refused('InvalidPasswordException', 'Password has previously been used');
          }
          // The session may have run out while the password was hashed; it is spent before anything changes.
          const still = sessions.open(attempt.session);
          if (!still.ok) return sessionRefused(still.refusal);
          sessions.spend(attempt.session);
          opened.user.passwordHash = await hashPassword(attempt.newPassword);
          opened.user.temporaryPassword = false;
          return afterPassword(opened.account, opened.user);
        }
        case 'associate-token': {
          const opened = openSession(attempt.session, ['MFA_SETUP', 'MFA_SETUP_ASSOCIATED']);
          if ('refusal' in opened) return opened.refusal;
          sessions.spend(attempt.session);
          const secret = newTotpSecret();
          const session = sessions.issue({ step: 'MFA_SETUP_ASSOCIATED', username: opened.account.username, secret });
          return { kind: 'token-associated', secretCode: secret, session };
        }
        case 'verify-token': {
          const opened = openSession(attempt.session, ['MFA_SETUP_ASSOCIATED']);
          if ('refusal' in opened) return opened.refusal;
          if (opened.state.step !== 'MFA_SETUP_ASSOCIATED') return refused('NotAuthorizedException', INVALID_SESSION);
          const step = matchTotp(opened.state.secret, attempt.code, now());
          if (step === undefined) {
            if (!sessions.wrongCode(attempt.session)) return sessionRefused('too-many-codes');
            return refused('EnableSoftwareTokenMFAException', 'Code mismatch and fail enable Software Token MFA');
          }
          sessions.spend(attempt.session);
          // As in the user pool, the app is set up from here on, even if the sign-in is not finished.
          opened.user.totpSecret = opened.state.secret;
          opened.user.lastTotpStep = step;
          const session = sessions.issue({ step: 'MFA_SETUP_VERIFIED', username: opened.account.username });
          return { kind: 'token-verified', session };
        }
        case 'mfa-setup': {
          const opened = openSession(attempt.session, ['MFA_SETUP_VERIFIED'], attempt.username);
          if ('refusal' in opened) return opened.refusal;
          sessions.spend(attempt.session);
          return { kind: 'signed-in', account: opened.account };
        }
        case 'mfa-code': {
          const opened = openSession(attempt.session, ['SOFTWARE_TOKEN_MFA'], attempt.username);
          if ('refusal' in opened) return opened.refusal;
          const { user } = opened;
          const step = user.totpSecret ? matchTotp(user.totpSecret, attempt.code, now(), user.lastTotpStep) : undefined;
          if (step === undefined) {
            if (!sessions.wrongCode(attempt.session)) return sessionRefused('too-many-codes');
            return refused('CodeMismatchException', 'Invalid code received for user');
          }
          sessions.spend(attempt.session);
          user.lastTotpStep = step;
          return { kind: 'signed-in', account: opened.account };
        }
      }
    },
  };
}
