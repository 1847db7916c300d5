import type {
  ExcludedEntry,
  ExclusionReason,
  SelectionCandidate,
  SelectionCandidateState,
  SelectionInput,
  SelectionResult,
} from '../schemas/selection.ts';

/**
 * Names the rule below. Stored with every result, so a result can always be re-checked with the rule that made
 * it, even after the rule changes (a change gets a new version).
 */
export const SELECTION_RULE_VERSION = 'score-then-receipt-then-reference/1';

/** Either the result, or the applications that still wait for a decision and so stop the selection. */
export type SelectionOutcome = { ok: true; result: SelectionResult } | { ok: false; undecided: string[] };

/** Until these are decided nobody can say who is in: one of them could take a place. */
const UNDECIDED: ReadonlySet<SelectionCandidateState> = new Set(['to-review', 'possible-duplicate']);

const EXCLUSION_REASONS: Readonly<Partial<Record<SelectionCandidateState, ExclusionReason>>> = {
  'not-eligible': 'not-eligible',
  'set-aside': 'set-aside-duplicate',
  withdrawn: 'withdrawn',
};

/** An entry's own data, in the same key order everywhere, so stored results serialise identically. */
type EntryData = Pick<SelectionCandidate, 'reference' | 'totalScore' | 'receivedAt'>;

/**
 * One municipality's selection, as the call states it: eligible applications by total score (higher first, a
 * missing score counts as 0), then by receipt time (earlier first), then by reference, so no two ever tie. The
 * first `cap` are selected, the rest wait in that order. The same inputs in any order give the same result.
 * Throws a RangeError on a repeated reference or an unreadable receipt time: that is broken data, not a tie.
 */
export function selectApplications({ cap, applications }: SelectionInput): SelectionOutcome {
  assertUniqueReferences(applications);
  const undecided = applications
    .filter((application) => UNDECIDED.has(application.state))
    .map((application) => application.reference)
    .sort(compareStrings);
  if (undecided.length > 0) return { ok: false, undecided };

  const ordered = applications
    .filter((application) => application.state === 'eligible')
    .map(rankingKey)
    .sort(compareRankingKeys)
    .map((key) => key.candidate);
  const excluded = applications
    .filter((application) => application.state !== 'eligible')
    .sort(byReference)
    // Only decided states are left here, and each of them has a reason.
    .map((application) => excludedEntry(application, EXCLUSION_REASONS[application.state] ?? 'not-eligible'));
  return { ok: true, result: layOut(cap, ordered, excluded) };
}

/**
 * The inputs in one canonical form: sorted by reference, keys in a fixed order, a missing score as `null`. Hashing
 * `JSON.stringify` of it gives the same hash for the same data however it was read from storage.
 */
export function canonicalInputs(cap: number, applications: readonly SelectionCandidate[]): SelectionInput {
  assertUniqueReferences(applications);
  const canonical = applications
    .map(({ reference, state, totalScore, receivedAt }) => ({
      reference,
      state,
      totalScore: totalScore ?? null,
      receivedAt,
    }))
    .sort(byReference);
  return { cap, applications: canonical };
}

/**
 * A selected or waiting person withdrew: the place passes on without running the selection again, which could
 * not run while any application elsewhere waits for a decision. The withdrawn person is excluded as `withdrawn`;
 * everyone after them moves up one, so the first on the waiting list takes the last selected rank. The answer is
 * the same as selecting again with that person's state set to `withdrawn`.
 * Throws a RangeError when the reference holds no place (unknown, or already excluded).
 */
export function promoteAfterWithdrawal(
  result: SelectionResult,
  withdrawnReference: string,
): { result: SelectionResult; promoted?: string } {
  const ordered: EntryData[] = [...result.selected, ...result.waitlisted];
  const index = ordered.findIndex((entry) => entry.reference === withdrawnReference);
  const withdrawn = ordered[index];
  if (!withdrawn) throw new RangeError(`${withdrawnReference} holds no place in this selection`);
  ordered.splice(index, 1);

  const excluded = [...result.excluded, excludedEntry(withdrawn, 'withdrawn')].sort(byReference);
  const next = layOut(result.cap, ordered, excluded);
  const promoted = index < result.selected.length ? result.waitlisted[0]?.reference : undefined;
  return promoted === undefined ? { result: next } : { result: next, promoted };
}

/** Ranks from the one overall order: the first `cap` are selected, the rest wait with rank `cap + position`. */
function layOut(cap: number, ordered: readonly EntryData[], excluded: ExcludedEntry[]): SelectionResult {
  return {
    cap,
    selected: ordered.slice(0, cap).map((entry, index) => ({ ...entryData(entry), rank: index + 1 })),
    waitlisted: ordered
      .slice(cap)
      .map((entry, index) => ({ ...entryData(entry), rank: cap + index + 1, position: index + 1 })),
    excluded,
  };
}

function entryData({ reference, totalScore, receivedAt }: EntryData): EntryData {
  return { reference, totalScore, receivedAt };
}

function excludedEntry(entry: EntryData, reason: ExclusionReason): ExcludedEntry {
  return { ...entryData(entry), reason };
}

interface RankingKey {
  candidate: SelectionCandidate;
  score: number;
  /** The receipt time to the millisecond, as `Date.parse` reads it... */
  millis: number;
  /** ...and any finer digits, which `Date.parse` drops: without trailing zeros they compare as text. */
  finerDigits: string;
}

/** Computed once per candidate, not once per comparison: a municipality can have thousands of applications. */
function rankingKey(candidate: SelectionCandidate): RankingKey {
  const score = candidate.totalScore ?? 0;
  const millis = Date.parse(candidate.receivedAt);
  if (!Number.isFinite(score) || Number.isNaN(millis)) {
    throw new RangeError(`${candidate.reference} has no comparable score or receipt time`);
  }
  const fraction = /\.(\d+)/.exec(candidate.receivedAt)?.[1] ?? '';
  return { candidate, score, millis, finerDigits: fraction.slice(3).replace(/0+$/, '') };
}

/**
 * Instants compare as times, never as text: `06:00:00Z` and `06:00:00.000Z` are the same moment and fall through
 * to the reference.
 */
function compareRankingKeys(a: RankingKey, b: RankingKey): number {
  return (
    b.score - a.score ||
    a.millis - b.millis ||
    compareStrings(a.finerDigits, b.finerDigits) ||
    compareStrings(a.candidate.reference, b.candidate.reference)
  );
}

/** Plain code-unit order: the same on every machine, unlike a locale's collation. */
function compareStrings(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

function byReference(a: { reference: string }, b: { reference: string }): number {
  return compareStrings(a.reference, b.reference);
}

function assertUniqueReferences(applications: readonly SelectionCandidate[]): void {
  const seen = new Set<string>();
  for (const { reference } of applications) {
    if (seen.has(reference)) throw new RangeError(`${reference} appears more than once`);
    seen.add(reference);
  }
}
