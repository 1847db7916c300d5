import { isStepId, type StepId } from './steps.ts';

/** Every page of the app. API paths (`/rounds`, `/applications`) are never pages, so the two cannot clash. */
export type Route =
  | { page: 'rounds' }
  | { page: 'start'; roundId: string }
  | { page: 'step'; roundId: string; step: StepId }
  | { page: 'cannot-apply'; roundId: string }
  | { page: 'done'; roundId: string }
  | { page: 'continue'; roundId: string }
  | { page: 'saved'; roundId: string }
  | { page: 'privacy'; roundId: string }
  | { page: 'status' }
  | { page: 'plan' }
  | { page: 'link-request' }
  | { page: 'not-found' };

/** Where a page sends people back to after a change: the check page, or the consent page that found errors. */
export type ReturnTo = 'check' | 'consent';

export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { page: 'rounds' };
  if (parts.length === 1 && parts[0] === 'status') return { page: 'status' };
  if (parts.length === 2 && parts[0] === 'status' && parts[1] === 'send-link') return { page: 'link-request' };
  if (parts.length === 2 && parts[0] === 'status' && parts[1] === 'plan') return { page: 'plan' };
  const [first, roundId, sub] = parts;
  if (first !== 'apply' || !roundId || parts.length > 3) return { page: 'not-found' };
  if (sub === undefined) return { page: 'start', roundId };
  if (sub === 'cannot-apply') return { page: 'cannot-apply', roundId };
  if (sub === 'done') return { page: 'done', roundId };
  if (sub === 'continue') return { page: 'continue', roundId };
  if (sub === 'saved') return { page: 'saved', roundId };
  if (sub === 'privacy') return { page: 'privacy', roundId };
  if (isStepId(sub)) return { page: 'step', roundId, step: sub };
  return { page: 'not-found' };
}

export const paths = {
  rounds: () => '/',
  status: () => '/status',
  linkRequest: () => '/status/send-link',
  /** A participant's support plan, reached with the same number and code as the status. */
  plan: () => '/status/plan',
  start: (roundId: string) => `/apply/${encodeURIComponent(roundId)}`,
  step: (roundId: string, step: StepId, returnTo?: ReturnTo) =>
    `/apply/${encodeURIComponent(roundId)}/${step}${returnTo ? `?return=${returnTo}` : ''}`,
  cannotApply: (roundId: string) => `/apply/${encodeURIComponent(roundId)}/cannot-apply`,
  done: (roundId: string) => `/apply/${encodeURIComponent(roundId)}/done`,
  /** Opened from the e-mailed link, with `#reference=…&code=…`. */
  continue: (roundId: string) => `/apply/${encodeURIComponent(roundId)}/continue`,
  saved: (roundId: string) => `/apply/${encodeURIComponent(roundId)}/saved`,
  privacy: (roundId: string) => `/apply/${encodeURIComponent(roundId)}/privacy`,
};

export function returnToOf(search: string): ReturnTo | undefined {
  const value = new URLSearchParams(search).get('return');
  return value === 'check' || value === 'consent' ? value : undefined;
}
