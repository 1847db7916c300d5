import { describe, expect, it } from 'vitest';
import { type Answers, newDraft } from '../../web/src/draft/draft.ts';
import { requestBody } from '../../web/src/draft/request-body.ts';
import { needsDateOfBirth } from '../../web/src/draft/request-parts.ts';
import { newPaperDraft, type PaperAnswers } from '../../web/src/staff/paper/paper-draft.ts';
import { checkPaperAnswers, paperRequest } from '../../web/src/staff/paper/paper-request.ts';

/** The same person, typed into the applicant's steps (date of birth in three boxes) and into the paper form. */
function onlineAnswers(): Answers {
  return {
    ...newDraft('demo').answers,
    municipalityCode: 'LV-016',
    disabilityGroup: '2',
    mentalDisorder: 'yes',
    applicant: 'other',
    person: {
      firstName: ' Anna ',
      lastName: 'Bērziņa ',
      personalCode: '321234-56789',
      birthDay: '7',
      birthMonth: '3',
      birthYear: '1990',
    },
    contact: { email: '  ', phone: ' 20000000 ', language: 'en' },
    representative: {
      firstName: 'Jānis',
      lastName: 'Bērziņš',
      capacity: 'guardian',
      email: ' janis@example.lv ',
      phone: '',
    },
    consent: true,
  };
}

function paperAnswers(): PaperAnswers {
  const online = onlineAnswers();
  return {
    ...newPaperDraft('demo').answers,
    office: { receivedOn: '5.8.2019', receivedAtTime: '9:30', receivedBy: ' Inga Kalniņa ' },
    person: { ...online.person, dateOfBirth: '07.03.1990' },
    disabilityGroup: '2',
    mentalDisorder: 'yes',
    contact: { email: '', phone: ' 20000000 ', language: 'en' },
    hasRepresentative: true,
    representative: online.representative,
    consent: true,
  };
}

describe('the request an application becomes', () => {
  it('trims what was typed and leaves out what was left empty', () => {
    const body = requestBody(onlineAnswers(), 'lv');
    expect(body.person).toEqual({
      firstName: 'Anna',
      lastName: 'Bērziņa',
      personalCode: '321234-56789',
      dateOfBirth: '1990-03-07',
      municipalityCode: 'LV-016',
      disabilityGroup: 2,
      mentalDisorderConfirmed: true,
    });
    expect(body.contact).toEqual({ phone: '20000000', language: 'en' });
    expect(body.representative).toEqual({
      firstName: 'Jānis',
      lastName: 'Bērziņš',
      capacity: 'guardian',
      email: 'janis@example.lv',
    });
  });

  it('sends a date of birth only with a personal code that does not carry one', () => {
    const answers = onlineAnswers();
    const legacy = { ...answers, person: { ...answers.person, personalCode: '070390-12345' } };
    expect(requestBody(legacy, 'lv').person).not.toHaveProperty('dateOfBirth');
    expect(needsDateOfBirth('  32')).toBe(true);
    expect(needsDateOfBirth('310390-12345')).toBe(false);
  });

  it('sends e-mails in the language of the screens until another is chosen', () => {
    const answers = onlineAnswers();
    const unchosen = { ...answers, contact: { ...answers.contact, language: undefined } };
    expect(requestBody(unchosen, 'lv').contact.language).toBe('lv');
    expect(requestBody(unchosen, 'en').contact.language).toBe('en');
  });

  it('has no representative when the person applies for themselves', () => {
    expect(requestBody({ ...onlineAnswers(), applicant: 'self' }, 'lv')).not.toHaveProperty('representative');
  });

  it('is the same for the same person whether applied for online or on paper, but for the office’s part', () => {
    const online = requestBody(onlineAnswers(), 'lv');
    const paper = paperRequest(paperAnswers());
    const { municipalityCode: _municipality, ...onlinePerson } = online.person;
    expect(paper.person).toEqual(onlinePerson);
    expect(paper.contact).toEqual(online.contact);
    expect(paper.representative).toEqual(online.representative);
    expect(paper.office).toEqual({ receivedOn: '2019-08-05', receivedAtTime: '09:30', receivedBy: 'Inga Kalniņa' });
  });
});

describe('the paper form’s own checks', () => {
  it('find nothing to fix in a form filled in completely', () => {
    expect(checkPaperAnswers(paperAnswers())).toEqual([]);
  });

  it('name every required answer of an empty form, in the order of the page', () => {
    const paths = checkPaperAnswers({ ...newPaperDraft('demo').answers, hasRepresentative: true }).map((e) => e.path);
    expect(paths).toEqual([
      'office.receivedOn',
      'office.receivedAtTime',
      'office.receivedBy',
      'person.firstName',
      'person.lastName',
      'person.personalCode',
      'person.disabilityGroup',
      'person.mentalDisorderConfirmed',
      'representative.firstName',
      'representative.lastName',
      'representative.capacity',
      'representative.email',
      'consent',
    ]);
  });

  it('refuse a receipt day or a date of birth that is not in the calendar', () => {
    const answers = paperAnswers();
    const errors = checkPaperAnswers({
      ...answers,
      office: { ...answers.office, receivedOn: '31.06.2019' },
      person: { ...answers.person, dateOfBirth: '30.02.1990' },
    });
    expect(errors.map((error) => [error.path, error.code])).toEqual([
      ['office.receivedOn', 'DATE_INVALID'],
      ['person.dateOfBirth', 'DATE_INVALID'],
    ]);
  });

  it('leave out the representative’s answers when the form has no representative', () => {
    const answers = { ...paperAnswers(), hasRepresentative: false };
    expect(checkPaperAnswers({ ...answers, representative: newPaperDraft('demo').answers.representative })).toEqual([]);
    expect(paperRequest(answers)).not.toHaveProperty('representative');
  });
});
