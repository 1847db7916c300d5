import { describe, expect, it } from 'vitest';
import type { Ports } from '../../shared/ports/index.ts';
import { RoundResponseSchema } from '../../shared/schemas/api.ts';
import type { Round } from '../../shared/schemas/round.ts';
import { getRound, listRounds } from '../../shared/use-cases/get-round.ts';
import { pilotLikeRound } from '../fixtures/rounds.ts';

const administrator = {
  subject: '7d1f3c2a-9b8e-4f60-a1d2-5e6f7a8b9c0d',
  username: 'ilze.admin',
  displayName: 'Ilze Kalniņa',
};

/** The pilot's round, closed early on its last day and then extended by an administrator. */
const changedRound: Round = {
  ...pilotLikeRound,
  window: { ...pilotLikeRound.window, lastDay: '2019-08-20' },
  windowChanges: [
    {
      change: 'closed-early',
      at: '2019-08-16T09:00:00.000Z',
      by: administrator,
      closedAt: '2019-08-16T09:00:30.000Z',
    },
    { change: 'extended', at: '2019-08-16T10:00:00.000Z', by: administrator, lastDay: '2019-08-20' },
  ],
  revision: 3,
};

const ports = { rounds: { get: async () => changedRound, list: async () => [changedRound] } } as unknown as Pick<
  Ports,
  'rounds'
>;

describe('the public answer of a round', () => {
  it('names no staff member who changed the window', async () => {
    const answer = await getRound(ports, { roundId: 'pilot-2019', now: new Date('2019-08-17T00:00:00Z') });

    const text = JSON.stringify(answer);
    for (const identity of Object.values(administrator)) expect(text).not.toContain(identity);
    expect(text).not.toMatch(/"(by|subject|username|displayName)"/);
    expect(RoundResponseSchema.safeParse(answer).success).toBe(true);
  });

  it('keeps the dates applicants need: the closing instant and when and how the window changed', async () => {
    const answer = await getRound(ports, { roundId: 'pilot-2019', now: new Date('2019-08-17T00:00:00Z') });

    expect(answer.window).toMatchObject({ lastDay: '2019-08-20', closesAt: '2019-08-20T21:00:00.000Z' });
    expect(answer.intakeState).toBe('open');
    expect(answer.windowChanges).toEqual([
      { change: 'closed-early', at: '2019-08-16T09:00:00.000Z', closedAt: '2019-08-16T09:00:30.000Z' },
      { change: 'extended', at: '2019-08-16T10:00:00.000Z', lastDay: '2019-08-20' },
    ]);
  });

  it('has a schema that refuses a window change naming who made it', () => {
    const [withWho] = changedRound.windowChanges ?? [];

    expect(RoundResponseSchema.shape.windowChanges.safeParse([withWho]).success).toBe(false);
  });

  it('lists rounds without any window change', async () => {
    const { rounds } = await listRounds(ports, { now: new Date('2019-08-17T00:00:00Z') });

    expect(JSON.stringify(rounds)).not.toContain(administrator.username);
  });
});
