import type {
  ExcludedEntry,
  ExclusionReason,
  SelectionCandidate,
  SelectionCandidateState,
  SelectionInput,
  SelectionResult,
} from '../schemas/selection.ts';
import { byReference, inRankingOrder, inReferenceOrder } from './selection-order.ts';

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
  return selectInReferenceOrder(cap, inReferenceOrder(applications));
}

/**
 * The inputs in one canonical form: sorted by reference, keys in a fixed order, a missing score as `null`. Hashing
 * `JSON.stringify` of it gives the same hash for the same data however it was read from storage.
 */
export function canonicalInputs(cap: number, applications: readonly SelectionCandidate[]): SelectionInput {
  return { cap, applications: inReferenceOrder(applications).map(canonicalCandidate) };
}

/** The canonical inputs and the selection on them together, sorting by reference once for both. */
export function selectMunicipality(
  cap: number,
  applications: readonly SelectionCandidate[],
): { input: SelectionInput; outcome: SelectionOutcome } {
  const input = canonicalInputs(cap, applications);
  return { input, outcome: selectInReferenceOrder(cap, input.applications) };
}

function canonicalCandidate({ reference, state, totalScore, receivedAt }: SelectionCandidate): SelectionCandidate {
  return { reference, state, totalScore: totalScore ?? null, receivedAt };
}

/** The selection on candidates already in reference order, which the undecided and excluded lists keep. */
function selectInReferenceOrder(cap: number, ordered: readonly SelectionCandidate[]): SelectionOutcome {
  const undecided = ordered
    .filter((application) => UNDECIDED.has(application.state))
    .map((application) => application.reference);
  if (undecided.length > 0) return { ok: false, undecided };
  const eligible: SelectionCandidate[] = [];
  const excluded: ExcludedEntry[] = [];
  for (const application of ordered) {
    if (application.state === 'eligible') eligible.push(application);
    // Only decided states are left here, and each of them has a reason.
    else excluded.push(excludedEntry(application, EXCLUSION_REASONS[application.state] ?? 'not-eligible'));
  }
  return { ok: true, result: layOut(cap, inRankingOrder(eligible), excluded) };
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
