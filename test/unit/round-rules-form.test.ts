import { describe, expect, it } from 'vitest';
import type { Round } from '../../web/src/api/types.ts';
import {
  checkRulesForm,
  formOf,
  type RulesForm,
  rulesOf,
  wholeNumber,
  withGroup,
  withRowAdded,
  withRowRemoved,
  withRowValue,
} from '../../web/src/staff/round-editor/rules-form.ts';

const DOCUMENTS: Round['requiredDocuments'] = [
  {
    type: 'application-form',
    name: { lv: 'Iesniegums', en: 'Application form' },
    description: { lv: 'Aizpildīts', en: 'Filled in' },
  },
];

const ROUND = {
  id: 'pilot-2020',
  name: { lv: 'Pilotprojekts', en: 'Pilot' },
  whoMayApply: { lv: 'Pilngadīgi', en: 'Adults' },
  window: {
    firstDay: '2020-08-01',
    lastDay: '2020-08-16',
    timeZone: 'Europe/Riga',
    opensAt: '2020-07-31T21:00:00.000Z',
    closesAt: '2020-08-16T21:00:00.000Z',
  },
  eligibleDisabilityGroups: [1, 2],
  requiresMentalDisorder: true,
  municipalities: [
    { code: 'LV-016', name: { lv: 'Bauskas novads', en: 'Bauska municipality' }, cap: 10 },
    { code: 'LV-JEL', name: { lv: 'Jelgava', en: 'Jelgava city' }, cap: 5 },
  ],
  criteria: [{ id: 'support-need', name: { lv: 'Atbalsta vajadzība', en: 'Support need' }, maxPoints: 20 }],
  requiredDocuments: DOCUMENTS,
  retention: { notSelectedDays: 365, participantDays: 1825 },
  intakeState: 'not-yet-open',
} as Round;

const { requiredDocuments: _documents, id: _id, window, intakeState: _state, ...ROUND_RULES } = ROUND;

/** A new round's form with every box filled in as an administrator would. */
function filledNewForm(): RulesForm {
  return { ...formOf(ROUND), roundId: 'pilot-2021' };
}

const paths = (form: RulesForm, isNew: boolean) => checkRulesForm(form, isNew).map((error) => error.path);

describe('the round editor form', () => {
  it('starts a new round with every disability group, a confirmed mental disorder and one empty municipality', () => {
    const form = formOf(undefined);
    expect(form.groups).toEqual([1, 2, 3]);
    expect(form.mentalDisorder).toBe(true);
    expect(form.municipalities).toHaveLength(1);
    expect(form.municipalities[0]).toMatchObject({ code: '', nameLv: '', nameEn: '', cap: '' });
    expect(form.criteria).toEqual([]);
  });

  it('shows a round’s dates the Latvian way and its numbers as text', () => {
    const form = formOf(ROUND);
    expect(form).toMatchObject({
      firstDay: '01.08.2020',
      lastDay: '16.08.2020',
      notSelectedDays: '365',
      participantDays: '1825',
    });
    expect(form.municipalities.map((row) => row.cap)).toEqual(['10', '5']);
    expect(form.criteria[0]?.maxPoints).toBe('20');
  });

  it('saves a round it did not change as the very rules it was opened with, in Riga time', () => {
    expect(rulesOf(formOf(ROUND), DOCUMENTS)).toEqual({
      ...ROUND_RULES,
      window: { firstDay: window.firstDay, lastDay: window.lastDay, timeZone: 'Europe/Riga' },
      requiredDocuments: DOCUMENTS,
    });
  });

  it('keeps whether the online answers are the application, and leaves it out when they are not', () => {
    const round = { ...ROUND, onlineAnswersAreApplication: true };
    expect(formOf(round).onlineAnswersAreApplication).toBe(true);
    expect(rulesOf(formOf(round), DOCUMENTS).onlineAnswersAreApplication).toBe(true);
    expect(formOf(ROUND).onlineAnswersAreApplication).toBe(false);
    expect(formOf(undefined).onlineAnswersAreApplication).toBe(false);
    expect(rulesOf(formOf(ROUND), DOCUMENTS)).not.toHaveProperty('onlineAnswersAreApplication');
  });

  it('keeps the days a draft is kept, so saving a round never drops them, and leaves them out when empty', () => {
    const round = { ...ROUND, retention: { ...ROUND.retention, draftDays: 14 } };
    expect(formOf(round).draftDays).toBe('14');
    expect(rulesOf(formOf(round), DOCUMENTS).retention.draftDays).toBe(14);
    expect(formOf(ROUND).draftDays).toBe('');
    expect(rulesOf(formOf(ROUND), DOCUMENTS).retention).not.toHaveProperty('draftDays');
  });

  it('trims what was typed, reads dates written with single digits and sorts the groups', () => {
    const form: RulesForm = {
      ...formOf(ROUND),
      nameLv: '  Jauns nosaukums ',
      firstDay: ' 1.8.2020 ',
      groups: [3, 1],
      notSelectedDays: ' 30 ',
    };
    const rules = rulesOf(form, DOCUMENTS);
    expect(rules.name.lv).toBe('Jauns nosaukums');
    expect(rules.window.firstDay).toBe('2020-08-01');
    expect(rules.eligibleDisabilityGroups).toEqual([1, 3]);
    expect(rules.retention).toEqual({ notSelectedDays: 30, participantDays: 1825 });
  });
});

describe('the round editor’s own checks', () => {
  it('find nothing to fix in a form filled in completely', () => {
    expect(checkRulesForm(filledNewForm(), true)).toEqual([]);
  });

  it('name every empty box of an empty new round, in the order of the page', () => {
    expect(paths(formOf(undefined), true)).toEqual([
      'roundId',
      'name.lv',
      'name.en',
      'whoMayApply.lv',
      'whoMayApply.en',
      'window.firstDay',
      'window.lastDay',
      'municipalities.0.code',
      'municipalities.0.name.lv',
      'municipalities.0.name.en',
      'municipalities.0.cap',
      'retention.notSelectedDays',
      'retention.participantDays',
    ]);
  });

  it('refuse days a draft is kept outside 1 to 30, and take an empty box as the default', () => {
    for (const draftDays of ['0', '31', 'x', '1.5']) {
      expect(paths({ ...filledNewForm(), draftDays }, true)).toEqual(['retention.draftDays']);
    }
    for (const draftDays of ['', ' 1 ', '30']) expect(paths({ ...filledNewForm(), draftDays }, true)).toEqual([]);
  });

  it('refuse retention periods outside 1 to five years, naming which period in both languages', () => {
    for (const notSelectedDays of ['0', '1827', 'x', '']) {
      expect(paths({ ...filledNewForm(), notSelectedDays }, true)).toEqual(['retention.notSelectedDays']);
    }
    const [tooLong] = checkRulesForm({ ...filledNewForm(), participantDays: '1827' }, true);
    expect(tooLong?.path).toBe('retention.participantDays');
    expect(tooLong?.message.en).toMatch(/year of services.*from 1 to 1826/);
    expect(tooLong?.message.lv).toMatch(/pakalpojumu gada.*no 1 līdz 1826/);
    expect(paths({ ...filledNewForm(), notSelectedDays: '1826', participantDays: ' 1 ' }, true)).toEqual([]);
  });

  it('refuse a round id the API would refuse, and check it only for a new round', () => {
    for (const roundId of ['Pilot', '-pilot', 'p', 'pilot_2021', `p${'x'.repeat(63)}`]) {
      expect(paths({ ...filledNewForm(), roundId }, true)).toEqual(['roundId']);
    }
    for (const roundId of ['pilot-2021', '2021', 'ab']) {
      expect(paths({ ...filledNewForm(), roundId }, true)).toEqual([]);
    }
    expect(paths({ ...filledNewForm(), roundId: 'Not Checked' }, false)).toEqual([]);
  });

  it('say a missing round id and a wrong one in different words', () => {
    const [missing] = checkRulesForm({ ...filledNewForm(), roundId: ' ' }, true);
    const [wrong] = checkRulesForm({ ...filledNewForm(), roundId: 'Pilot' }, true);
    expect(missing?.message.en).toBe('Enter the round identifier.');
    expect(wrong?.message.en).toMatch(/lower-case letters, digits and hyphens/);
  });

  it('refuse a date that is not in the calendar or not written as dd.mm.yyyy', () => {
    expect(paths({ ...filledNewForm(), firstDay: '31.02.2020', lastDay: '2020-08-16' }, true)).toEqual([
      'window.firstDay',
      'window.lastDay',
    ]);
  });

  it('ask for at least one disability group', () => {
    expect(paths({ ...filledNewForm(), groups: [] }, true)).toEqual(['eligibleDisabilityGroups']);
  });

  it('name the row of a wrong number, in both languages', () => {
    const form = withRowValue(filledNewForm(), 'municipalities', 1, 'cap', '0');
    const [error] = checkRulesForm(form, true);
    expect(error?.path).toBe('municipalities.1.cap');
    expect(error?.message.en).toBe('Municipality 2: Places: enter a whole number greater than zero.');
    expect(error?.message.lv).toBe('2. pašvaldība: Vietu skaits: ierakstiet veselu skaitli, kas lielāks par nulli.');
  });

  it('check every criterion row like the municipalities', () => {
    const form = withRowAdded(filledNewForm(), 'criteria');
    expect(paths(form, true)).toEqual([
      'criteria.1.id',
      'criteria.1.name.lv',
      'criteria.1.name.en',
      'criteria.1.maxPoints',
    ]);
  });
});

describe('whole numbers in the round editor', () => {
  it('take a whole number above zero, with spaces around it', () => {
    expect(wholeNumber('12')).toBe(12);
    expect(wholeNumber(' 3 ')).toBe(3);
  });

  it('refuse zero, fractions, signs and words', () => {
    for (const text of ['0', '1.5', '1,5', '-2', '+2', 'ten', '']) expect(wholeNumber(text)).toBeUndefined();
  });
});

describe('changing the round editor’s lists', () => {
  it('ticks and unticks a disability group without repeating it', () => {
    expect(withGroup([1, 2], 3, true)).toEqual([1, 2, 3]);
    expect(withGroup([1, 2], 2, true)).toEqual([1, 2]);
    expect(withGroup([1, 2], 1, false)).toEqual([2]);
  });

  it('adds an empty row with a key of its own, and removes exactly the row asked for', () => {
    const form = formOf(ROUND);
    const added = withRowAdded(form, 'municipalities');
    expect(added.municipalities).toHaveLength(3);
    expect(added.municipalities[2]).toMatchObject({ code: '', cap: '' });
    expect(new Set(added.municipalities.map((row) => row.key)).size).toBe(3);
    const removed = withRowRemoved(added, 'municipalities', 0);
    expect(removed.municipalities.map((row) => row.code)).toEqual(['LV-JEL', '']);
  });

  it('changes one box of one row and leaves the others and the original form as they were', () => {
    const form = formOf(ROUND);
    const changed = withRowValue(form, 'criteria', 0, 'maxPoints', '25');
    expect(changed.criteria[0]?.maxPoints).toBe('25');
    expect(changed.criteria[0]?.id).toBe('support-need');
    expect(form.criteria[0]?.maxPoints).toBe('20');
  });
});

describe('the social service and the expected results in the round editor', () => {
  const bauskaService = {
    name: { lv: 'Bauskas novada Sociālais dienests', en: 'Bauska social service' },
    address: 'Uzvaras iela 1, Bauska',
    phone: '+371 60000000',
    email: 'soc@bauska.example.lv',
    contestTo: { lv: 'Administratīvo strīdu komisijai', en: 'the Administrative Disputes Commission' },
  };
  const withService = {
    ...ROUND,
    resultsExpectedBy: '2020-09-30',
    municipalities: [{ ...ROUND.municipalities[0], socialService: bauskaService }, ROUND.municipalities[1]],
  } as Round;

  it('shows them and saves them back unchanged, leaving a municipality without one as it was', () => {
    const form = formOf(withService);
    expect(form.resultsExpectedBy).toBe('30.09.2020');
    expect(form.municipalities[0]).toMatchObject({
      serviceAddress: 'Uzvaras iela 1, Bauska',
      contestToEn: 'the Administrative Disputes Commission',
    });
    const rules = rulesOf(form, DOCUMENTS);
    expect(rules.resultsExpectedBy).toBe('2020-09-30');
    expect(rules.municipalities[0]?.socialService).toEqual(bauskaService);
    expect(rules.municipalities[1]).not.toHaveProperty('socialService');
    expect(checkRulesForm(form, false)).toEqual([]);
  });

  it('asks for every contact once one is typed, and for both languages of the addressee', () => {
    const form = formOf(ROUND);
    const typed = withRowValue(form, 'municipalities', 1, 'servicePhone', '+371 60000000');
    expect(paths(typed, false)).toEqual([
      'municipalities.1.socialService.name.lv',
      'municipalities.1.socialService.name.en',
      'municipalities.1.socialService.address',
      'municipalities.1.socialService.email',
    ]);
    const halfAddressee = withRowValue(formOf(withService), 'municipalities', 0, 'contestToEn', ' ');
    expect(paths(halfAddressee, false)).toEqual(['municipalities.0.socialService.contestTo.en']);
    const noAddressee = withRowValue(
      withRowValue(formOf(withService), 'municipalities', 0, 'contestToEn', ''),
      'municipalities',
      0,
      'contestToLv',
      '',
    );
    expect(paths(noAddressee, false)).toEqual([]);
    expect(rulesOf(noAddressee, DOCUMENTS).municipalities[0]?.socialService).not.toHaveProperty('contestTo');
  });

  it('takes the expected day as optional, but refuses one that is not a date', () => {
    expect(rulesOf(formOf(ROUND), DOCUMENTS)).not.toHaveProperty('resultsExpectedBy');
    expect(paths({ ...formOf(ROUND), resultsExpectedBy: '31.02.2020' }, false)).toEqual(['resultsExpectedBy']);
  });
});
