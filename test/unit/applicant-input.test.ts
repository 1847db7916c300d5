import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  dateFromParts,
  dateOfBirthInRange,
  EMAIL_PATTERN,
  emailProblem,
  nameProblem,
  phoneProblem,
} from '../../shared/domain/applicant-input.ts';
import { checkNewApplication } from '../../shared/domain/application-rules.ts';
import { beginsAsNewFormat, parsePersonalCode } from '../../shared/domain/personal-code.ts';
import { messages } from '../../shared/http/messages.ts';
import { fieldErrors } from '../../shared/http/validation-messages.ts';
import { CreateApplicationRequestSchema } from '../../shared/schemas/application.ts';
import type { Round } from '../../web/src/api/types.ts';
import { type Answers, newDraft } from '../../web/src/draft/draft.ts';
import { requestBody } from '../../web/src/draft/request-body.ts';
import { stepOfPath } from '../../web/src/flow/steps.ts';
import { checkStep } from '../../web/src/flow/validate.ts';
import { pilotLikeRound } from '../fixtures/rounds.ts';

const now = new Date('2019-08-05T09:00:00Z');
/** The same round as the pages read it from the API. */
const pageRound: Round = {
  ...pilotLikeRound,
  window: { ...pilotLikeRound.window, opensAt: '2019-07-31T21:00:00Z', closesAt: '2019-08-16T21:00:00Z' },
  intakeState: 'open',
};

describe('the personal code, as typed', () => {
  it('tells the legacy format (with the date of birth) from the new one (without)', () => {
    expect(parsePersonalCode('161175-19997')).toMatchObject({ format: 'legacy', dateOfBirth: '1975-11-16' });
    expect(parsePersonalCode('16117519997')).toMatchObject({ format: 'legacy', checksumMatches: true });
    expect(parsePersonalCode('321234-56789')).toEqual({ format: 'new', normalised: '32123456789' });
    expect(parsePersonalCode(' 39999999999 ')).toMatchObject({ format: 'new' });
    // Legacy codes of days 30 and 31 begin with 30 and 31, never 32 to 39.
    expect(parsePersonalCode('310175-10000')).toMatchObject({ format: 'legacy', dateOfBirth: '1975-01-31' });
  });

  it('asks for the date of birth as soon as a typed code begins as a new one', () => {
    for (const typed of ['32', ' 39', '321234-56789', '3999']) expect(beginsAsNewFormat(typed)).toBe(true);
    for (const typed of ['', '3', '30', '31', '311399-12345', '161175-19997', 'x32']) {
      expect(beginsAsNewFormat(typed)).toBe(false);
    }
  });

  it('refuses a code of the wrong shape', () => {
    for (const code of ['12345', '1611751999', '161175-199970', '161175--19997', 'abcdef-ghijk', '161175 19997']) {
      expect(parsePersonalCode(code)).toBe('PERSONAL_CODE_MALFORMED');
    }
    // The century digit is 0, 1 or 2.
    expect(parsePersonalCode('161175-39997')).toBe('PERSONAL_CODE_MALFORMED');
  });

  it('refuses a legacy code whose first six digits are no real date', () => {
    expect(parsePersonalCode('311399-12345')).toBe('PERSONAL_CODE_DATE_INVALID'); // month 13
    expect(parsePersonalCode('300299-12345')).toBe('PERSONAL_CODE_DATE_INVALID'); // 30 February
    expect(parsePersonalCode('290201-22345')).toBe('PERSONAL_CODE_DATE_INVALID'); // 29.02.2001, not a leap year
    expect(parsePersonalCode('290200-22345')).toMatchObject({ dateOfBirth: '2000-02-29' }); // 2000 was one
    expect(parsePersonalCode('000175-12345')).toBe('PERSONAL_CODE_DATE_INVALID'); // day 0
  });
});

describe('an e-mail address', () => {
  it('needs one @ between a local part and a domain with a top-level domain', () => {
    expect(emailProblem('anna@example.lv')).toBeUndefined();
    expect(emailProblem("o'neil.anna+apply@sub.example.co.uk")).toBeUndefined();
    for (const wrong of ['janis@@example', 'janis@@example.lv', 'janis@example', 'janis.example.lv', '@example.lv']) {
      expect(emailProblem(wrong)).toBe('format');
    }
    expect(emailProblem('.anna@example.lv')).toBe('format');
    expect(emailProblem('anna..b@example.lv')).toBe('format');
    expect(emailProblem('')).toBe('required');
    expect(emailProblem(`${'a'.repeat(250)}@e.lv`)).toBe('too-long');
  });

  it("is zod's own e-mail rule, which the request schema uses", () => {
    const zods = z.email();
    const samples = fc.stringMatching(/^[a-z.@'+_-]{0,6}@?[a-z.-]{0,6}\.?[a-z]{0,3}$/);
    fc.assert(
      fc.property(samples, (value) => {
        expect(EMAIL_PATTERN.test(value)).toBe(zods.safeParse(value).success);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a phone number', () => {
  it('has 8 to 20 digits or spaces, a + first if any, spaces around it trimmed', () => {
    expect(phoneProblem('20000000')).toBeUndefined();
    expect(phoneProblem(' +371 20000000 ')).toBeUndefined();
    expect(phoneProblem('12')).toBe('format');
    expect(phoneProblem('2000000')).toBe('format');
    expect(phoneProblem('2000-0000')).toBe('format');
    expect(phoneProblem('+'.padEnd(22, '1'))).toBe('format');
  });
});

describe('a name', () => {
  it('is 1 to 100 characters once trimmed', () => {
    expect(nameProblem('  ')).toBe('required');
    expect(nameProblem(` ${'a'.repeat(100)} `)).toBeUndefined();
    expect(nameProblem('a'.repeat(101))).toBe('too-long');
  });
});

describe('a date of birth in three boxes', () => {
  it('is a day, a month and a year that exist', () => {
    expect(dateFromParts('27', '3', '2007')).toBe('2007-03-27');
    expect(dateFromParts(' 1 ', '01', '1990')).toBe('1990-01-01');
    expect(dateFromParts('1', '13', '1990')).toBeUndefined();
    expect(dateFromParts('0', '1', '1990')).toBeUndefined();
    expect(dateFromParts('31', '4', '1990')).toBeUndefined();
    expect(dateFromParts('29', '2', '2019')).toBeUndefined();
    expect(dateFromParts('29', '2', '2020')).toBe('2020-02-29');
    expect(dateFromParts('1', '1', '90')).toBeUndefined();
    expect(dateFromParts('1', 'I', '1990')).toBeUndefined();
  });

  it('lies between 1900 and the day it is received', () => {
    expect(dateOfBirthInRange('1900-01-01', now)).toBe(true);
    expect(dateOfBirthInRange('1899-12-31', now)).toBe(false);
    expect(dateOfBirthInRange('2019-08-05', now)).toBe(true);
    expect(dateOfBirthInRange('2019-08-06', now)).toBe(false);
  });
});

/** The answers of a person who may apply, as typed on the pages; each case below breaks one. */
function goodAnswers(): Answers {
  const answers = newDraft(pilotLikeRound.id).answers;
  return {
    ...answers,
    municipalityCode: 'LV-016',
    disabilityGroup: '2',
    mentalDisorder: 'yes',
    applicant: 'other',
    representative: {
      firstName: 'Jānis',
      lastName: 'Bērziņš',
      capacity: 'guardian',
      email: 'janis@example.lv',
      phone: '',
    },
    person: { ...answers.person, firstName: 'Anna', lastName: 'Bērziņa', personalCode: '161175-19997' },
    contact: { email: '', phone: '', language: 'lv' },
    consent: true,
  };
}

type Case = [string, (answers: Answers) => void];
const newCode = (answers: Answers, day: string, month: string, year: string) => {
  answers.person = {
    ...answers.person,
    personalCode: '321234-56789',
    birthDay: day,
    birthMonth: month,
    birthYear: year,
  };
};
const cases: Case[] = [
  ['person.personalCode', (a) => (a.person.personalCode = '12345')],
  ['person.personalCode', (a) => (a.person.personalCode = '311399-12345')],
  ['person.personalCode', (a) => (a.person.personalCode = '1'.repeat(21))],
  ['person.firstName', (a) => (a.person.firstName = 'A'.repeat(101))],
  ['person.lastName', (a) => (a.person.lastName = 'B'.repeat(101))],
  ['person.dateOfBirth', (a) => newCode(a, '1', '1', '1899')],
  ['person.dateOfBirth', (a) => newCode(a, '1', '1', '2020')],
  ['contact.email', (a) => (a.contact.email = 'janis@@example')],
  ['contact.email', (a) => (a.contact.email = `${'a'.repeat(250)}@e.lv`)],
  ['contact.phone', (a) => (a.contact.phone = '12')],
  ['representative.firstName', (a) => (a.representative.firstName = 'J'.repeat(101))],
  ['representative.email', (a) => (a.representative.email = 'janis@example')],
  ['representative.phone', (a) => (a.representative.phone = '+371 200')],
];

/** What the server answers to the request the pages would send: its schema first, then the rules of the call. */
function serverErrors(answers: Answers) {
  const body = requestBody(answers, 'lv');
  const parsed = CreateApplicationRequestSchema.safeParse(body);
  if (!parsed.success) return fieldErrors(parsed.error.issues, body);
  const check = checkNewApplication(pilotLikeRound, parsed.data, now);
  if (check.ok) return [];
  return check.violations.map((violation) => ({
    path: violation.field ?? '',
    message: messages[violation.code],
  }));
}

describe('the pages check each answer as the server does, in its words', () => {
  it('lets a right application through every page, and the server agrees', () => {
    const draft = { ...newDraft(pilotLikeRound.id), answers: goodAnswers() };
    for (const step of ['representative', 'person', 'contact'] as const) {
      expect(checkStep(step, draft, pageRound, now)).toEqual([]);
    }
    expect(serverErrors(draft.answers)).toEqual([]);
  });

  it.each(cases)('%s: the page of the field says what the server says', (path, breakIt) => {
    const answers = goodAnswers();
    breakIt(answers);
    const server = serverErrors(answers);
    expect(server.map((error) => error.path)).toEqual([path]);

    const step = stepOfPath(path);
    expect(step).toBeDefined();
    const draft = { ...newDraft(pilotLikeRound.id), answers };
    const page = checkStep(step as NonNullable<typeof step>, draft, pageRound, now);
    expect(page.map((error) => ({ path: error.path, message: error.message }))).toEqual(
      server.map((error) => ({ path: error.path, message: error.message })),
    );
  });

  it('speaks of the boxes when the date of birth is not a real date, where the server speaks of YYYY-MM-DD', () => {
    for (const [day, month, year] of [
      ['1', '13', '1990'],
      ['29', '2', '2019'],
      ['1', '1', '90'],
    ] as const) {
      const answers = goodAnswers();
      newCode(answers, day, month, year);
      expect(serverErrors(answers)[0]?.message.lv).toContain('GGGG-MM-DD');
      const draft = { ...newDraft(pilotLikeRound.id), answers };
      const [error, ...others] = checkStep('person', draft, pageRound, now);
      expect(others).toEqual([]);
      expect(error?.path).toBe('person.dateOfBirth');
      expect(error?.message).toEqual(messages.DATE_OF_BIRTH_INVALID);
      expect(error?.message.lv).toContain('dienu, mēnesi un gadu');
      expect(error?.message.en).toContain('the day, the month and the year');
    }
  });
});
