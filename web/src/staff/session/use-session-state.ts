import { useMemo, useState } from 'preact/hooks';
import type { ApiError, LocalizedText } from '../../api/types.ts';
import { navigate } from '../../flow/router.ts';
import { staffApi } from '../api/staff-api.ts';
import { staffMessage } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { identityOf } from './identity.ts';
import type { SessionState, StaffSession } from './session-context.ts';
import { clearStaffStorage, loadToken, rememberReturnTo, saveToken } from './token-storage.ts';

/**
 * The sign-in state of the staff pages. A token that has run out by the time the page loads is dropped at once;
 * one that runs out later is found by the API's 401, which ends the session and leads to the sign-in page with
 * the API's words, remembering the page to come back to.
 */
export function useSessionState(): SessionState {
  const [initial] = useState(readStoredSession);
  const [current, setCurrent] = useState<Signed | undefined>(initial.session);
  const [notice, setNotice] = useState<LocalizedText | undefined>(() =>
    initial.expired ? staffMessage((s) => s.signIn.sessionExpired) : undefined,
  );

  const end = (message: LocalizedText, returnTo?: string) => {
    clearStaffStorage();
    if (returnTo) rememberReturnTo(returnTo);
    setCurrent(undefined);
    setNotice(message);
    navigate(staffPaths.signIn(), { replace: true });
  };

  const session = useMemo<StaffSession | undefined>(() => {
    if (!current) return undefined;
    const onUnauthorized = (error: ApiError) =>
      end(error.message, `${window.location.pathname}${window.location.search}`);
    return { ...current, api: staffApi(current.token, onUnauthorized) };
  }, [current?.token]);

  return {
    session,
    notice,
    begin(idToken) {
      const identity = identityOf(idToken);
      if (!identity) return false;
      saveToken(idToken);
      setNotice(undefined);
      setCurrent({ token: idToken, identity });
      return true;
    },
    signOut() {
      end(staffMessage((s) => s.signIn.signedOut));
    },
  };
}

type Signed = Pick<StaffSession, 'token' | 'identity'>;

/** The token kept in this tab, if it still holds; one that ran out is dropped, with everything kept beside it. */
function readStoredSession(): { session?: Signed; expired: boolean } {
  const token = loadToken();
  if (!token) return { expired: false };
  const identity = identityOf(token);
  if (identity && identity.expiresAt > Date.now()) return { session: { token, identity }, expired: false };
  clearStaffStorage();
  return { expired: true };
}
