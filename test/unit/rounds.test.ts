import { describe, expect, it } from 'vitest';
import { seedRounds } from '../../infra/seed/rounds.ts';
import { intakeState, windowInstants } from '../../shared/domain/intake-window.ts';
import { RoundSchema } from '../../shared/schemas/round.ts';

const now = new Date('2024-05-10T12:00:00Z');
const round = (id: string, at = now) => {
  const found = seedRounds(at).find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no round ${id}`);
  return found;
};

describe('the seeded rounds', () => {
  it('are the 2019 pilot and a demo round, each valid by the round schema', () => {
    const rounds = seedRounds(now);
    expect(rounds.map((item) => item.id)).toEqual(['pilot-2019', 'demo']);
    for (const item of rounds) expect(RoundSchema.safeParse(item).success).toBe(true);
  });

  it('give the pilot the window of the call: 01.08.2019 to 16.08.2019 inclusive, Riga time', () => {
    const { window } = round('pilot-2019');
    expect(window).toEqual({ firstDay: '2019-08-01', lastDay: '2019-08-16', timeZone: 'Europe/Riga' });
    expect(windowInstants(window)).toEqual({
      opensAt: new Date('2019-07-31T21:00:00Z'),
      closesAt: new Date('2019-08-16T21:00:00Z'),
    });
  });

  it('give the pilot the ten municipalities of the call with ten places each', () => {
    const { municipalities } = round('pilot-2019');
    expect(municipalities.map((municipality) => [municipality.code, municipality.name.lv])).toEqual([
      ['LV-JEL', 'Jelgavas pilsētas pašvaldība'],
      ['LV-016', 'Bauskas novada pašvaldība'],
      ['LV-LPX', 'Liepājas pilsētas pašvaldība'],
      ['LV-088', 'Talsu novada pašvaldība'],
      ['LV-025', 'Daugavpils novada pašvaldība'],
      ['LV-015', 'Balvu novada pašvaldība'],
      ['LV-022', 'Cēsu novada pašvaldība'],
      ['LV-033', 'Gulbenes novada pašvaldība'],
      ['LV-067', 'Ogres novada pašvaldība'],
      ['LV-099', 'Tukuma novada pašvaldība'],
    ]);
    expect(municipalities.every((municipality) => municipality.cap === 10)).toBe(true);
    expect(municipalities.find((municipality) => municipality.code === 'LV-022')?.name.en).toBe('Cēsis municipality');
  });

  it('give the pilot the rules and the two documents of the call, and no criteria yet', () => {
    const pilot = round('pilot-2019');
    expect(pilot.eligibleDisabilityGroups).toEqual([1, 2]);
    expect(pilot.requiresMentalDisorder).toBe(true);
    expect(pilot.requiredDocuments.map((document) => document.type)).toEqual(['application-form', 'disability-proof']);
    expect(pilot.criteria).toEqual([]);
    expect(pilot.whoMayApply.lv).toContain('1. vai 2. invaliditātes grupa');
    expect(pilot.whoMayApply.en).toContain('disability group 1 or 2');
  });

  it('name the pilot without naming a health condition, because the name goes into e-mails', () => {
    const { name } = round('pilot-2019');
    expect(`${name.lv} ${name.en}`).not.toMatch(/garīg|traucēj|invalid|mental|disorder|disabilit/i);
  });

  it('keep the demo round open at the time of seeding, a week back and thirty days ahead', () => {
    const demo = round('demo');
    expect(demo.window).toEqual({ firstDay: '2024-05-03', lastDay: '2024-06-09', timeZone: 'Europe/Riga' });
    expect(intakeState(demo.window, now)).toBe('open');
    expect(demo.name.lv).toContain('Demonstrācijas kārta');
  });

  it('count the demo days in Riga, where a new day starts before it does in UTC', () => {
    // 22:30 UTC on 31 March is 01:30 on 1 April in Riga (summer time began that night).
    const lateNight = new Date('2024-03-31T22:30:00Z');
    const demo = round('demo', lateNight);
    expect(demo.window.firstDay).toBe('2024-03-25');
    expect(demo.window.lastDay).toBe('2024-05-01');
    expect(intakeState(demo.window, lateNight)).toBe('open');
  });

  it('give the demo round the same municipalities, rules and documents as the pilot', () => {
    const pilot = round('pilot-2019');
    const demo = round('demo');
    expect(demo.municipalities).toEqual(pilot.municipalities);
    expect(demo.eligibleDisabilityGroups).toEqual(pilot.eligibleDisabilityGroups);
    expect(demo.requiresMentalDisorder).toBe(pilot.requiresMentalDisorder);
    expect(demo.requiredDocuments).toEqual(pilot.requiredDocuments);
  });
});
