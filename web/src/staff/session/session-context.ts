import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { LocalizedText } from '../../api/types.ts';
import type { StaffApi } from '../api/staff-api.ts';
import type { StaffIdentity } from './identity.ts';

export interface StaffSession {
  token: string;
  identity: StaffIdentity;
  /** Every staff route, with this session's token and its 401 handling. */
  api: StaffApi;
}

export interface SessionState {
  session: StaffSession | undefined;
  /** What the sign-in page says first: why the person was signed out, or that they signed out. */
  notice: LocalizedText | undefined;
  /** Starts a session with a new ID token; false when the token is not a staff member's. */
  begin(idToken: string): boolean;
  signOut(): void;
}

export const SessionContext = createContext<SessionState | undefined>(undefined);

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside the staff pages');
  return state;
}

/** The session of a page behind sign-in: the staff app shows such pages only to someone signed in. */
export function useSignedIn(): StaffSession {
  const { session } = useSession();
  if (!session) throw new Error('useSignedIn on a page shown without a session');
  return session;
}
