import { describe, expect, it } from 'vitest';
import { earliestDue, erasureRefusal, retentionDue, serviceYearEnd } from '../../shared/domain/retention-rules.ts';
import type { SelectionOutcome } from '../../shared/schemas/review.ts';
import { RoundSchema, StoredRoundSchema } from '../../shared/schemas/round.ts';
import { pilotLikeRound } from '../fixtures/rounds.ts';
import { planned, version } from '../fixtures/service-year-plans.ts';

const periods = { notSelectedDays: 30, participantDays: 365 };
const DAY = 24 * 60 * 60 * 1000;
const publishedAt = '2019-09-02T07:00:00.000Z';
const outcome = (kind: SelectionOutcome['outcome'], extra: Partial<SelectionOutcome> = {}): SelectionOutcome => ({
  runId: 'a'.repeat(20),
  outcome: kind,
  publishedAt,
  ...extra,
});
const worker = { subject: 's', username: 'bauska', displayName: 'B' };
const withdrawal = (at: string) => ({ reason: 'Atteicās.', by: worker, at });
const dayCentre = planned('day-centre', 'bauska-centrs', 8, 12, 1_400);

describe('when an application’s personal data stops being kept', () => {
  it('is not set while no selection is published: nobody’s result is final', () => {
    expect(retentionDue(periods, { application: {} })).toBeUndefined();
    expect(retentionDue(periods, { application: { withdrawal: withdrawal(publishedAt) } })).toBeUndefined();
  });

  it('is the publication plus notSelectedDays for the not selected and the waiting list, to the millisecond', () => {
    for (const kind of ['not-selected', 'waitlisted'] as const) {
      expect(retentionDue(periods, { application: { selection: outcome(kind) } })).toEqual({
        rule: 'not-selected-period',
        at: new Date(Date.parse(publishedAt) + 30 * DAY),
      });
    }
  });

  it('counts from a withdrawal after the publication, and from the publication for an earlier one', () => {
    const later = '2019-12-01T10:00:00.000Z';
    expect(
      retentionDue(periods, { application: { selection: outcome('selected'), withdrawal: withdrawal(later) } }),
    ).toEqual({ rule: 'not-selected-period', at: new Date(Date.parse(later) + 30 * DAY) });
    expect(
      retentionDue(periods, {
        application: { selection: outcome('not-selected'), withdrawal: withdrawal('2019-08-20T10:00:00.000Z') },
      })?.at,
    ).toEqual(new Date(Date.parse(publishedAt) + 30 * DAY));
  });

  it('keeps a participant participantDays after the day their plan says the year ended, from midnight in Riga', () => {
    const ended = { versions: [version([dayCentre])], end: { kind: 'completed', on: '2020-09-14' } as never };
    expect(retentionDue(periods, { application: { selection: outcome('selected') }, plan: ended })).toEqual({
      rule: 'participant-period',
      // 15.09.2020 00:00 in Riga (summer time, UTC+3), then 365 days.
      at: new Date(Date.parse('2020-09-14T21:00:00.000Z') + 365 * DAY),
    });
  });

  it('ends a participant’s year by the current version’s start plus the year’s months when no end is recorded', () => {
    const running = { versions: [version([dayCentre]), version([dayCentre], { version: 2, startDate: '2019-10-01' })] };
    expect(serviceYearEnd(running, publishedAt, 12)).toEqual(new Date('2020-09-30T21:00:00.000Z'));
    expect(serviceYearEnd(running, publishedAt, 6)).toEqual(new Date('2020-03-31T21:00:00.000Z'));
  });

  it('counts the months from the day the place was given when there is no plan, 12 unless the year says', () => {
    expect(serviceYearEnd(undefined, publishedAt)).toEqual(new Date('2020-09-01T21:00:00.000Z'));
    const offered = outcome('selected', { offeredAt: '2019-11-20T12:00:00.000Z' });
    expect(retentionDue(periods, { application: { selection: offered }, serviceMonths: 3 })).toEqual({
      rule: 'participant-period',
      // The place was given on 20.11.2019; three months later, 20.02.2020 00:00 in Riga (winter, UTC+2).
      at: new Date(Date.parse('2020-02-19T22:00:00.000Z') + 365 * DAY),
    });
  });

  it('is never earlier for a round than its publication plus the shorter period', () => {
    expect(earliestDue(periods, publishedAt)).toEqual(new Date(Date.parse(publishedAt) + 30 * DAY));
    expect(earliestDue({ notSelectedDays: 400, participantDays: 10 }, publishedAt)).toEqual(
      new Date(Date.parse(publishedAt) + 10 * DAY),
    );
  });
});

describe('whether the law lets a person’s data be erased on request', () => {
  const hold = { reason: 'appeal' as const, by: worker, at: publishedAt };

  it('refuses while the application is on hold, first of all', () => {
    expect(erasureRefusal({ hold }, false)).toBe('ERASURE_REFUSED_ON_HOLD');
    expect(erasureRefusal({ hold, selection: outcome('selected') }, true)).toBe('ERASURE_REFUSED_ON_HOLD');
  });

  it('refuses once a published selection included it, whether or not its result is written yet', () => {
    expect(erasureRefusal({ selection: outcome('not-selected') }, false)).toBe('ERASURE_REFUSED_PUBLISHED_SELECTION');
    expect(erasureRefusal({}, true)).toBe('ERASURE_REFUSED_PUBLISHED_SELECTION');
  });

  it('allows it before any publication', () => {
    expect(erasureRefusal({}, false)).toBeUndefined();
  });
});

describe('a round stored before the retention periods were grouped', () => {
  const { retention: _retention, ...rest } = pilotLikeRound;

  it('reads its retentionDays as both periods, and its draftDays as the drafts’ period', () => {
    const stored = { ...rest, retentionDays: 365, draftDays: 14 };
    expect(StoredRoundSchema.parse(stored)).toEqual({
      ...rest,
      retention: { draftDays: 14, notSelectedDays: 365, participantDays: 365 },
    });
    expect(StoredRoundSchema.parse({ ...rest, retentionDays: 60 }).retention).toEqual({
      notSelectedDays: 60,
      participantDays: 60,
    });
  });

  it('reads a round of the new shape as it is, and refuses the old field anywhere else', () => {
    expect(StoredRoundSchema.parse(pilotLikeRound)).toEqual(pilotLikeRound);
    expect(RoundSchema.safeParse({ ...rest, retentionDays: 365 }).success).toBe(false);
    expect(StoredRoundSchema.safeParse({ ...pilotLikeRound, retentionDays: 365 }).success).toBe(false);
    expect(StoredRoundSchema.safeParse({ ...rest, retentionDays: 0 }).success).toBe(false);
  });
});
