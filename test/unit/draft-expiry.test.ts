import { describe, expect, it } from 'vitest';
import { draftExpiresAt, isExpiredDraft } from '../../shared/domain/draft-expiry.ts';

const window = { firstDay: '2019-08-01', lastDay: '2019-08-16', timeZone: 'Europe/Riga' };
const closesAt = '2019-08-16T21:00:00.000Z';

describe('how long a draft is kept', () => {
  it('is the round’s retention.draftDays, 30 when it does not say', () => {
    const created = new Date('2019-07-01T10:00:00Z');
    const open = { firstDay: '2019-07-01', lastDay: '2019-12-31', timeZone: 'Europe/Riga' };
    expect(draftExpiresAt({ window: open, retention: {} }, created).toISOString()).toBe('2019-07-31T10:00:00.000Z');
    expect(draftExpiresAt({ window: open, retention: { draftDays: 7 } }, created).toISOString()).toBe(
      '2019-07-08T10:00:00.000Z',
    );
  });

  it('never reaches past the end of intake, early closing included', () => {
    expect(draftExpiresAt({ window, retention: {} }, new Date('2019-08-10T10:00:00Z')).toISOString()).toBe(closesAt);
    const closedEarly = { ...window, closedEarlyAt: '2019-08-12T09:00:00.000Z' };
    expect(draftExpiresAt({ window: closedEarly, retention: {} }, new Date('2019-08-10T10:00:00Z')).toISOString()).toBe(
      '2019-08-12T09:00:00.000Z',
    );
  });

  it('makes a draft gone from its expiry on, and never a submitted application', () => {
    const draft = { status: 'draft', draftExpiresAt: closesAt };
    expect(isExpiredDraft(draft, new Date('2019-08-16T20:59:59.999Z'))).toBe(false);
    expect(isExpiredDraft(draft, new Date(closesAt))).toBe(true);
    expect(isExpiredDraft({ ...draft, status: 'submitted' }, new Date('2020-01-01T00:00:00Z'))).toBe(false);
    expect(isExpiredDraft({ status: 'draft' }, new Date('2020-01-01T00:00:00Z'))).toBe(false);
  });
});
