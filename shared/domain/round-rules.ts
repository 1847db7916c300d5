import type { Round, RoundRules, WindowChange } from '../schemas/round.ts';
import type { StaffRef } from '../schemas/staff-ref.ts';
import type { Violation } from './errors.ts';
import { intakeState, windowInstants } from './intake-window.ts';

/** The queue's sort key stores `9999 − total score` in four digits, so no total may be higher. */
export const MAX_TOTAL_POINTS = 9999;

/**
 * How long after an administrator's request an early closing takes effect. A submission is decided by its
 * receipt time against the round as it reads it, and it reads the round after it was received; so every
 * submission received after the closing instant must read the round after the closing was stored. Setting
 * the instant this far ahead guarantees that without a check on the round in every submission's write, which
 * would make every submission contend for one item: no request runs this long (a function starts in at most
 * 10 seconds and is stopped after 10 more).
 */
export const EARLY_CLOSING_DELAY_MS = 30_000;

/** Every problem with the rules of a round at once, each with its field, so an administrator fixes them in one go. */
export function roundRulesViolations(rules: RoundRules): Violation[] {
  const { window } = rules;
  const violations: Violation[] = [];
  if (window.lastDay < window.firstDay) violations.push({ code: 'LAST_DAY_BEFORE_FIRST_DAY', field: 'window.lastDay' });
  if (!isTimeZoneName(window.timeZone)) violations.push({ code: 'TIME_ZONE_UNKNOWN', field: 'window.timeZone' });
  violations.push(
    ...repeated(
      rules.municipalities.map((municipality) => municipality.code),
      (index) => ({ code: 'MUNICIPALITY_DUPLICATE', field: `municipalities.${index}.code` }),
    ),
    ...repeated(
      rules.requiredDocuments.map((document) => document.type),
      (index) => ({ code: 'DOCUMENT_REQUIREMENT_DUPLICATE', field: `requiredDocuments.${index}.type` }),
    ),
    ...repeated(
      rules.criteria.map((criterion) => criterion.id),
      (index) => ({ code: 'CRITERION_DUPLICATE', field: `criteria.${index}.id` }),
    ),
  );
  const total = rules.criteria.reduce((sum, criterion) => sum + criterion.maxPoints, 0);
  if (total > MAX_TOTAL_POINTS) violations.push({ code: 'CRITERIA_TOTAL_TOO_HIGH', field: 'criteria' });
  return violations;
}

/**
 * A time zone by its canonical IANA name (`Europe/Riga`, not `europe/riga`, `EST` or `+03:00`), so the stored
 * rules name it one way only and its summer time is known.
 */
function isTimeZoneName(timeZone: string): boolean {
  if (!/^[A-Za-z]/.test(timeZone)) return false;
  try {
    return new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions().timeZone === timeZone;
  } catch {
    return false;
  }
}

/** A violation for each entry whose value came earlier in the list: the first one stays, the copies are named. */
function repeated(values: readonly unknown[], violation: (index: number) => Violation): Violation[] {
  return values.flatMap((value, index) => (values.indexOf(value) < index ? [violation(index)] : []));
}

/**
 * Once intake has opened, people may have applied under the rules, so the rules can no longer change: an
 * application must be judged by the rules it was made under.
 */
export function rulesFrozen(round: Round, at: Date): boolean {
  return windowInstants(round.window).opensAt.getTime() <= at.getTime();
}

/** The part of a round an administrator sets: what `PUT /staff/rounds/{roundId}` takes. */
export function rulesOf(round: Round): RoundRules {
  const { id: _id, windowChanges: _windowChanges, revision: _revision, window, ...rules } = round;
  const { closedEarlyAt: _closedEarlyAt, ...dates } = window;
  return { ...rules, window: dates };
}

export type SaveRoundDecision =
  | { outcome: 'refused'; violations: Violation[] }
  | { outcome: 'frozen' }
  | { outcome: 'unchanged' }
  | { outcome: 'save'; round: Round };

/**
 * What saving `rules` as round `roundId` does, given the round as stored (if any) and the request time.
 * Sending the stored rules again is always fine, even once they are frozen: a form saved twice is not a change.
 */
export function decideSave(stored: Round | undefined, roundId: string, rules: RoundRules, at: Date): SaveRoundDecision {
  const violations = roundRulesViolations(rules);
  if (violations.length > 0) return { outcome: 'refused', violations };
  if (!stored) return { outcome: 'save', round: { id: roundId, ...rules } };
  if (sameValue(rulesOf(stored), rules)) return { outcome: 'unchanged' };
  if (rulesFrozen(stored, at)) return { outcome: 'frozen' };
  // What the system keeps (an early closing, the window's history, the revision) stays as stored.
  const { closedEarlyAt } = stored.window;
  return {
    outcome: 'save',
    round: {
      id: roundId,
      ...rules,
      window: { ...rules.window, ...(closedEarlyAt && { closedEarlyAt }) },
      ...(stored.windowChanges && { windowChanges: stored.windowChanges }),
      ...(stored.revision !== undefined && { revision: stored.revision }),
    },
  };
}

/**
 * The round closed early by a request received at `at`; undefined when intake is not open then, or already
 * closed early. It takes effect `EARLY_CLOSING_DELAY_MS` later (or when the window ends, if that is sooner).
 */
export function closeEarly(round: Round, at: Date, by: StaffRef): Round | undefined {
  if (round.window.closedEarlyAt || intakeState(round.window, at) !== 'open') return undefined;
  const { closesAt } = windowInstants(round.window);
  const closedAt = new Date(Math.min(at.getTime() + EARLY_CLOSING_DELAY_MS, closesAt.getTime())).toISOString();
  return withChange(
    { ...round, window: { ...round.window, closedEarlyAt: closedAt } },
    { change: 'closed-early', at: at.toISOString(), by, closedAt },
  );
}

/**
 * The round with a later last day. An early closing is lifted, so a round closed early opens again; whether
 * intake is open then follows from the new window alone.
 */
export function extendWindow(
  round: Round,
  lastDay: string,
  at: Date,
  by: StaffRef,
): { ok: true; round: Round } | { ok: false; violations: Violation[] } {
  if (lastDay <= round.window.lastDay)
    return { ok: false, violations: [{ code: 'LAST_DAY_NOT_LATER', field: 'lastDay' }] };
  const { closedEarlyAt: _lifted, ...window } = round.window;
  return {
    ok: true,
    round: withChange(
      { ...round, window: { ...window, lastDay } },
      { change: 'extended', at: at.toISOString(), by, lastDay },
    ),
  };
}

function withChange(round: Round, change: WindowChange): Round {
  return { ...round, windowChanges: [...(round.windowChanges ?? []), change] };
}

/** Equal as JSON data: same values, same list order, object keys in any order, absent and undefined alike. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, index) => sameValue(item, b[index]))
    );
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].every((key) => sameValue(left[key], right[key]));
}
