import { describe, expect, it } from 'vitest';
import { intakeState, windowInstants } from '../../shared/domain/intake-window.ts';
import {
  closeEarly,
  decideSave,
  EARLY_CLOSING_DELAY_MS,
  extendWindow,
  roundRulesViolations,
  rulesFrozen,
  rulesOf,
} from '../../shared/domain/round-rules.ts';
import type { Round, RoundRules } from '../../shared/schemas/round.ts';
import { pilotLikeRound } from '../fixtures/rounds.ts';

const text = (en: string) => ({ lv: `${en} (lv)`, en });
const admin = { subject: 'sub-admin', username: 'admin', displayName: 'Administrators' };

/** The pilot's round (intake from 2019-07-31T21:00Z to 2019-08-16T21:00Z) with two criteria. */
const round: Round = {
  ...pilotLikeRound,
  criteria: [
    { id: 'need', name: text('Need'), maxPoints: 10 },
    { id: 'alone', name: text('Alone'), maxPoints: 5 },
  ],
};
const rules: RoundRules = rulesOf(round);
const opensAt = new Date('2019-07-31T21:00:00.000Z');
const beforeOpening = new Date('2019-07-20T10:00:00.000Z');
const duringIntake = new Date('2019-08-05T08:00:00.000Z');

const codesOf = (violations: readonly { code: string; field?: string }[]) =>
  violations.map((violation) => `${violation.code}@${violation.field}`);

describe('the rules of a round', () => {
  it('accepts the pilot’s rules, and a window of a single day', () => {
    expect(roundRulesViolations(rules)).toEqual([]);
    expect(roundRulesViolations({ ...rules, window: { ...rules.window, lastDay: rules.window.firstDay } })).toEqual([]);
  });

  it('refuses a last day before the first day', () => {
    const window = { ...rules.window, firstDay: '2019-08-16', lastDay: '2019-08-15' };
    expect(codesOf(roundRulesViolations({ ...rules, window }))).toEqual(['LAST_DAY_BEFORE_FIRST_DAY@window.lastDay']);
  });

  it.each(['Europe/Riga', 'UTC', 'America/New_York', 'Etc/GMT-3'])('knows the time zone %s', (timeZone) => {
    expect(roundRulesViolations({ ...rules, window: { ...rules.window, timeZone } })).toEqual([]);
  });

  it.each(['Europe/Atlantis', 'europe/riga', 'EST', '+03:00', 'Riga', ' Europe/Riga'])(
    'refuses %j as a time zone: only canonical IANA names',
    (timeZone) => {
      expect(codesOf(roundRulesViolations({ ...rules, window: { ...rules.window, timeZone } }))).toEqual([
        'TIME_ZONE_UNKNOWN@window.timeZone',
      ]);
    },
  );

  it('refuses a municipality listed twice, naming each repeat', () => {
    const [bauska, jelgava] = rules.municipalities;
    const municipalities = [
      bauska,
      jelgava,
      { ...bauska, cap: 3 },
      { ...bauska, cap: 4 },
    ] as RoundRules['municipalities'];
    expect(codesOf(roundRulesViolations({ ...rules, municipalities }))).toEqual([
      'MUNICIPALITY_DUPLICATE@municipalities.2.code',
      'MUNICIPALITY_DUPLICATE@municipalities.3.code',
    ]);
  });

  it('refuses a required document listed twice', () => {
    const requiredDocuments = [...rules.requiredDocuments, ...rules.requiredDocuments];
    expect(codesOf(roundRulesViolations({ ...rules, requiredDocuments }))).toEqual([
      'DOCUMENT_REQUIREMENT_DUPLICATE@requiredDocuments.2.type',
      'DOCUMENT_REQUIREMENT_DUPLICATE@requiredDocuments.3.type',
    ]);
  });

  it('refuses two criteria with one id', () => {
    const criteria = [...rules.criteria, { id: 'need', name: text('Need again'), maxPoints: 1 }];
    expect(codesOf(roundRulesViolations({ ...rules, criteria }))).toEqual(['CRITERION_DUPLICATE@criteria.2.id']);
  });

  it('allows criteria worth 9999 points together, the most the queue can order, and not one more', () => {
    const criteria = (last: number) => [
      { id: 'need', name: text('Need'), maxPoints: 9000 },
      { id: 'alone', name: text('Alone'), maxPoints: last },
    ];
    expect(roundRulesViolations({ ...rules, criteria: criteria(999) })).toEqual([]);
    expect(codesOf(roundRulesViolations({ ...rules, criteria: criteria(1000) }))).toEqual([
      'CRITERIA_TOTAL_TOO_HIGH@criteria',
    ]);
  });

  it('reports every problem at once', () => {
    const broken: RoundRules = {
      ...rules,
      window: { firstDay: '2019-08-16', lastDay: '2019-08-01', timeZone: 'Mars/Olympus' },
      criteria: [...rules.criteria, ...rules.criteria],
    };
    expect(codesOf(roundRulesViolations(broken))).toEqual([
      'LAST_DAY_BEFORE_FIRST_DAY@window.lastDay',
      'TIME_ZONE_UNKNOWN@window.timeZone',
      'CRITERION_DUPLICATE@criteria.2.id',
      'CRITERION_DUPLICATE@criteria.3.id',
    ]);
  });
});

describe('the rules once intake has opened', () => {
  it('are frozen from the first instant of the first day', () => {
    expect(rulesFrozen(round, new Date(opensAt.getTime() - 1))).toBe(false);
    expect(rulesFrozen(round, opensAt)).toBe(true);
    expect(rulesFrozen(round, new Date('2020-01-01T00:00:00.000Z'))).toBe(true);
  });

  it('are what an administrator sends: no id, early closing, window history or revision', () => {
    const kept = closeEarly({ ...round, revision: 4 }, duringIntake, admin) as Round;
    expect(rulesOf(kept)).toEqual(rules);
    expect(Object.keys(rulesOf(kept))).not.toContain('id');
    expect(Object.keys(rulesOf(kept).window)).not.toContain('closedEarlyAt');
  });
});

describe('saving a round', () => {
  it('creates a new round with the id from the path', () => {
    expect(decideSave(undefined, 'spring', rules, duringIntake)).toEqual({
      outcome: 'save',
      round: { id: 'spring', ...rules },
    });
  });

  it('replaces the rules before intake opens, keeping what the system keeps', () => {
    const stored: Round = {
      ...round,
      revision: 2,
      windowChanges: [{ change: 'extended', at: '2019-07-10T10:00:00.000Z', by: admin, lastDay: '2019-08-16' }],
    };
    const changed = { ...rules, retention: { ...rules.retention, notSelectedDays: 30 } };
    expect(decideSave(stored, round.id, changed, new Date(opensAt.getTime() - 1))).toEqual({
      outcome: 'save',
      round: { id: round.id, ...changed, windowChanges: stored.windowChanges, revision: 2 },
    });
  });

  it('refuses any change once intake has opened', () => {
    for (const changed of [
      { ...rules, retention: { ...rules.retention, participantDays: 30 } },
      { ...rules, window: { ...rules.window, lastDay: '2019-08-20' } },
      { ...rules, municipalities: rules.municipalities.slice(0, 1) },
      { ...rules, criteria: rules.criteria.map((criterion) => ({ ...criterion, maxPoints: 1 })) },
      { ...rules, name: { ...rules.name, en: 'Renamed' } },
    ]) {
      expect(decideSave(round, round.id, changed, opensAt)).toEqual({ outcome: 'frozen' });
    }
  });

  it('accepts the stored rules sent again, in any key order, even once frozen and closed early', () => {
    const closed = closeEarly(round, duringIntake, admin) as Round;
    const reordered = Object.fromEntries(Object.entries(rules).reverse()) as RoundRules;
    expect(decideSave(closed, round.id, reordered, new Date('2019-09-01T00:00:00.000Z'))).toEqual({
      outcome: 'unchanged',
    });
  });

  it('reports broken rules before anything else', () => {
    const broken = { ...rules, criteria: [...rules.criteria, ...rules.criteria.slice(0, 1)] };
    expect(decideSave(round, round.id, broken, duringIntake)).toEqual({
      outcome: 'refused',
      violations: [{ code: 'CRITERION_DUPLICATE', field: 'criteria.2.id' }],
    });
  });
});

describe('closing intake early', () => {
  it(`takes effect ${EARLY_CLOSING_DELAY_MS / 1000} seconds after the request, and the round keeps the closing`, () => {
    const closed = closeEarly(round, duringIntake, admin) as Round;
    const closedAt = new Date(duringIntake.getTime() + EARLY_CLOSING_DELAY_MS).toISOString();
    expect(closed.window).toEqual({ ...round.window, closedEarlyAt: closedAt });
    expect(closed.windowChanges).toEqual([
      { change: 'closed-early', at: duringIntake.toISOString(), by: admin, closedAt },
    ]);
    expect(intakeState(closed.window, new Date(new Date(closedAt).getTime() - 1))).toBe('open');
    expect(intakeState(closed.window, new Date(closedAt))).toBe('closed');
  });

  it('never takes effect after the window would have ended anyway', () => {
    const lastMoment = new Date('2019-08-16T20:59:59.000Z');
    const closed = closeEarly(round, lastMoment, admin) as Round;
    expect(closed.window.closedEarlyAt).toBe('2019-08-16T21:00:00.000Z');
    expect(windowInstants(closed.window).closesAt.toISOString()).toBe('2019-08-16T21:00:00.000Z');
  });

  it('is refused before intake opens, after it ends, and once closed early (even before that takes effect)', () => {
    expect(closeEarly(round, beforeOpening, admin)).toBeUndefined();
    expect(closeEarly(round, new Date('2019-08-16T21:00:00.000Z'), admin)).toBeUndefined();
    const closed = closeEarly(round, duringIntake, admin) as Round;
    expect(closeEarly(closed, new Date(duringIntake.getTime() + 1), admin)).toBeUndefined();
  });
});

describe('extending intake', () => {
  it('refuses a last day that is not later than the current one', () => {
    for (const lastDay of ['2019-08-16', '2019-08-10']) {
      expect(extendWindow(round, lastDay, duringIntake, admin)).toEqual({
        ok: false,
        violations: [{ code: 'LAST_DAY_NOT_LATER', field: 'lastDay' }],
      });
    }
  });

  it('moves the last day, lifts an early closing and so opens intake again, keeping the history', () => {
    const closed = closeEarly(round, duringIntake, admin) as Round;
    const afterClosing = new Date('2019-08-12T08:00:00.000Z');
    expect(intakeState(closed.window, afterClosing)).toBe('closed');

    const extended = extendWindow(closed, '2019-08-23', afterClosing, admin);
    expect(extended.ok).toBe(true);
    if (!extended.ok) return;
    expect(extended.round.window).toEqual({ ...round.window, lastDay: '2019-08-23' });
    expect(intakeState(extended.round.window, afterClosing)).toBe('open');
    expect(extended.round.windowChanges?.map((change) => change.change)).toEqual(['closed-early', 'extended']);
    expect(extended.round.windowChanges?.at(-1)).toEqual({
      change: 'extended',
      at: afterClosing.toISOString(),
      by: admin,
      lastDay: '2019-08-23',
    });
  });

  it('opens again a round whose window had ended, when the new last day is still ahead', () => {
    const later = new Date('2019-08-20T08:00:00.000Z');
    expect(intakeState(round.window, later)).toBe('closed');
    const extended = extendWindow(round, '2019-08-31', later, admin);
    expect(extended.ok && intakeState(extended.round.window, later)).toBe('open');
  });
});
