import { STAFF_ROOT } from '../office/office-path.ts';

/**
 * The staff pages' addresses. They live under `/office` (`STAFF_ROOT`), apart from the API's `/staff/…` routes
 * on the same origin: an address is either a page or an API route, never both, so a reload or a bookmark of a
 * page always gets the app.
 */

export type StaffRoute =
  | { page: 'home' }
  | { page: 'sign-in' }
  | { page: 'queue'; roundId: string }
  | { page: RoundPage; roundId: string }
  | { page: 'paper'; roundId: string; step: PaperStep }
  | { page: 'application'; reference: string }
  | { page: 'application-step'; reference: string; step: ApplicationStep }
  | { page: 'duplicates'; reference: string }
  | { page: 'plan'; reference: string }
  | { page: 'retention'; reference: string }
  | { page: 'audit' }
  | { page: 'new-round' }
  | { page: 'edit-rules'; roundId: string }
  | { page: 'edit-service-year'; roundId: string }
  | { page: 'service-year-dashboard'; roundId: string }
  | { page: 'processing-record' }
  | { page: 'personal-data' }
  | { page: 'personal-details'; reference: string }
  | { page: 'not-found' };

/** The pages of a round besides its queue and paper registration: `/office/rounds/{roundId}/{page}`. */
export const ROUND_PAGES = [
  'export',
  'selection',
  'protocol',
  'dashboard',
  'intake',
  'rules',
  'participants',
  'service-year',
] as const;
export type RoundPage = (typeof ROUND_PAGES)[number];

/** The steps of registering a paper application, in order. */
export const PAPER_STEPS = ['details', 'documents', 'check'] as const;
export type PaperStep = (typeof PAPER_STEPS)[number];

/**
 * The steps of an application that open on their own page, `/office/applications/{reference}/{step}`, so each is
 * one thing in view with its own address, and the browser's Back returns to the task list. Settling a duplicate
 * is the duplicates page.
 */
export const APPLICATION_STEPS = ['documents', 'eligibility', 'points', 'result', 'withdrawal'] as const;
export type ApplicationStep = (typeof APPLICATION_STEPS)[number];

export function parseStaffRoute(pathname: string): StaffRoute {
  const parts = pathname.slice(STAFF_ROOT.length).split('/').filter(Boolean).map(safeDecode);
  const [first, id, sub, step, ...rest] = parts;
  if (rest.length > 0 || parts.some((part) => part === undefined)) return { page: 'not-found' };
  if (first === undefined) return { page: 'home' };
  if (parts.length === 1 && first === 'sign-in') return { page: 'sign-in' };
  if (parts.length === 1 && first === 'audit') return { page: 'audit' };
  if (parts.length === 1 && first === 'records-of-processing') return { page: 'processing-record' };
  if (parts.length === 1 && first === 'personal-data') return { page: 'personal-data' };
  if (first === 'rounds' && id) {
    // `new` is the page that creates a round, never a round's queue.
    if (id === 'new') return sub === undefined ? { page: 'new-round' } : { page: 'not-found' };
    if (sub === undefined) return { page: 'queue', roundId: id };
    if (sub === 'rules' && step === 'edit') return { page: 'edit-rules', roundId: id };
    if (sub === 'service-year' && step === 'edit') return { page: 'edit-service-year', roundId: id };
    if (sub === 'service-year' && step === 'dashboard') return { page: 'service-year-dashboard', roundId: id };
    if (step === undefined && (ROUND_PAGES as readonly string[]).includes(sub)) {
      return { page: sub as RoundPage, roundId: id };
    }
    if (sub === 'paper') {
      if (step === undefined) return { page: 'paper', roundId: id, step: 'details' };
      if ((PAPER_STEPS as readonly string[]).includes(step)) {
        return { page: 'paper', roundId: id, step: step as PaperStep };
      }
    }
  }
  if (first === 'applications' && id && step === undefined) {
    if (sub === undefined) return { page: 'application', reference: id };
    if (sub === 'duplicates') return { page: 'duplicates', reference: id };
    if (sub === 'plan') return { page: 'plan', reference: id };
    if (sub === 'personal-details') return { page: 'personal-details', reference: id };
    if (sub === 'retention') return { page: 'retention', reference: id };
    if ((APPLICATION_STEPS as readonly string[]).includes(sub)) {
      return { page: 'application-step', reference: id, step: sub as ApplicationStep };
    }
  }
  return { page: 'not-found' };
}

function safeDecode(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

const encode = encodeURIComponent;

/** `?name=value&…` without the empty values. */
function query(values: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value) search.set(name, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const staffPaths = {
  home: () => STAFF_ROOT,
  signIn: () => `${STAFF_ROOT}/sign-in`,
  /** The queue as the address keeps it: never a search, which may be a personal code. */
  queue: (
    roundId: string,
    filter: { state?: string; sort?: string | undefined; cursor?: string; municipality?: string | undefined } = {},
  ) =>
    `${STAFF_ROOT}/rounds/${encode(roundId)}${query({ municipality: filter.municipality, state: filter.state, sort: filter.sort, cursor: filter.cursor })}`,
  export: (roundId: string, municipality?: string) =>
    `${STAFF_ROOT}/rounds/${encode(roundId)}/export${query({ municipality })}`,
  /** `from`: the row a page of the municipality's result starts at. */
  selection: (roundId: string, municipality?: string, from?: number) =>
    `${STAFF_ROOT}/rounds/${encode(roundId)}/selection${query({ municipality, from: from ? String(from) : undefined })}`,
  protocol: (roundId: string, municipality?: string) =>
    `${STAFF_ROOT}/rounds/${encode(roundId)}/protocol${query({ municipality })}`,
  dashboard: (roundId: string) => `${STAFF_ROOT}/rounds/${encode(roundId)}/dashboard`,
  intake: (roundId: string) => `${STAFF_ROOT}/rounds/${encode(roundId)}/intake`,
  rules: (roundId: string) => `${STAFF_ROOT}/rounds/${encode(roundId)}/rules`,
  editRules: (roundId: string) => `${STAFF_ROOT}/rounds/${encode(roundId)}/rules/edit`,
  newRound: () => `${STAFF_ROOT}/rounds/new`,
  serviceYear: (roundId: string) => `${STAFF_ROOT}/rounds/${encode(roundId)}/service-year`,
  editServiceYear: (roundId: string) => `${STAFF_ROOT}/rounds/${encode(roundId)}/service-year/edit`,
  serviceYearDashboard: (roundId: string, municipality?: string) =>
    `${STAFF_ROOT}/rounds/${encode(roundId)}/service-year/dashboard${query({ municipality })}`,
  paper: (roundId: string, step: PaperStep = 'details') =>
    `${STAFF_ROOT}/rounds/${encode(roundId)}/paper${step === 'details' ? '' : `/${step}`}`,
  application: (reference: string) => `${STAFF_ROOT}/applications/${encode(reference)}`,
  applicationStep: (reference: string, step: ApplicationStep) =>
    `${STAFF_ROOT}/applications/${encode(reference)}/${step}`,
  duplicates: (reference: string) => `${STAFF_ROOT}/applications/${encode(reference)}/duplicates`,
  /** How long the application's data is kept, its hold, and erasure at the person's request. */
  retention: (reference: string) => `${STAFF_ROOT}/applications/${encode(reference)}/retention`,
  audit: (filter: Record<string, string | undefined> = {}) => `${STAFF_ROOT}/audit${query(filter)}`,
  participants: (roundId: string, municipality?: string) =>
    `${STAFF_ROOT}/rounds/${encode(roundId)}/participants${query({ municipality })}`,
  /** A participant's plan; with `version`, that version of it, read-only. */
  plan: (reference: string, version?: number) =>
    `${STAFF_ROOT}/applications/${encode(reference)}/plan${query({ version: version === undefined ? undefined : String(version) })}`,
  processingRecord: () => `${STAFF_ROOT}/records-of-processing`,
  /** Requests about personal data: the copy of a person's data. The personal code never goes into this address. */
  personalData: () => `${STAFF_ROOT}/personal-data`,
  personalDetails: (reference: string) => `${STAFF_ROOT}/applications/${encode(reference)}/personal-details`,
};
