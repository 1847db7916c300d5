import { describe, expect, it } from 'vitest';
import { checkNewApplication } from '../../shared/domain/application-rules.ts';
import type { CreateApplicationRequest } from '../../shared/schemas/application.ts';
import { validRequest } from '../fixtures/requests.ts';
import { pilotLikeRound } from '../fixtures/rounds.ts';

const during = new Date('2019-08-05T10:00:00Z');
const person = validRequest().person;
const codes = (request: CreateApplicationRequest, at = during) => {
  const check = checkNewApplication(pilotLikeRound, request, at);
  return check.ok ? [] : check.violations.map((violation) => `${violation.code}@${violation.field ?? ''}`);
};

describe('rules for a new application', () => {
  it('accepts a valid application and reads the date of birth from a legacy code', () => {
    expect(checkNewApplication(pilotLikeRound, validRequest(), during)).toMatchObject({
      ok: true,
      dateOfBirth: '1975-11-16',
      personalCode: { format: 'legacy', checksumMatches: true },
    });
  });

  it('refuses an application before the window opens or after it closes, and reports only that', () => {
    const broken = validRequest({ consent: false });
    expect(codes(broken, new Date('2019-07-31T20:59:59.999Z'))).toEqual(['INTAKE_NOT_YET_OPEN@']);
    expect(codes(broken, new Date('2019-08-16T21:00:00.000Z'))).toEqual(['INTAKE_CLOSED@']);
  });

  it('refuses a municipality that is not in the round', () => {
    expect(codes(validRequest({ person: { ...person, municipalityCode: 'LV-RIX' } }))).toEqual([
      'MUNICIPALITY_NOT_IN_ROUND@person.municipalityCode',
    ]);
  });

  it('refuses disability group 3', () => {
    expect(codes(validRequest({ person: { ...person, disabilityGroup: 3 } }))).toEqual([
      'DISABILITY_GROUP_NOT_ELIGIBLE@person.disabilityGroup',
    ]);
  });

  it('refuses an application without the mental-disorder confirmation', () => {
    expect(codes(validRequest({ person: { ...person, mentalDisorderConfirmed: false } }))).toEqual([
      'MENTAL_DISORDER_NOT_CONFIRMED@person.mentalDisorderConfirmed',
    ]);
  });

  it('refuses an application without consent', () => {
    expect(codes(validRequest({ consent: false }))).toEqual(['CONSENT_MISSING@consent']);
  });

  it('needs a way to reach the person: e-mail, phone, post address, or a representative', () => {
    expect(codes(validRequest({ contact: { language: 'lv' } }))).toEqual(['CONTACT_MISSING@contact.email']);
    expect(codes(validRequest({ contact: { phone: '20000000', language: 'lv' } }))).toEqual([]);
    expect(codes(validRequest({ contact: { address: 'Rīgas iela 1, Bauska', language: 'lv' } }))).toEqual([]);
    const representative = {
      firstName: 'Jānis',
      lastName: 'Bērziņš',
      capacity: 'guardian' as const,
      email: 'janis@example.lv',
    };
    expect(codes(validRequest({ contact: { language: 'lv' }, representative }))).toEqual([]);
  });

  it('refuses a malformed personal code and a legacy code with an impossible date', () => {
    expect(codes(validRequest({ person: { ...person, personalCode: '1611-75' } }))).toEqual([
      'PERSONAL_CODE_MALFORMED@person.personalCode',
    ]);
    expect(codes(validRequest({ person: { ...person, personalCode: '310275-10000' } }))).toEqual([
      'PERSONAL_CODE_DATE_INVALID@person.personalCode',
    ]);
  });

  it('accepts a legacy code with a wrong check digit, flagged rather than refused', () => {
    const check = checkNewApplication(
      pilotLikeRound,
      validRequest({ person: { ...person, personalCode: '180565-05611' } }),
      during,
    );
    expect(check).toMatchObject({ ok: true, personalCode: { checksumMatches: false } });
  });

  it('needs a real past date of birth with a new-format code', () => {
    const newCode = { ...person, personalCode: '321234-56789' };
    expect(codes(validRequest({ person: newCode }))).toEqual(['DATE_OF_BIRTH_REQUIRED@person.dateOfBirth']);
    expect(codes(validRequest({ person: { ...newCode, dateOfBirth: '2030-01-01' } }))).toEqual([
      'DATE_OF_BIRTH_INVALID@person.dateOfBirth',
    ]);
    expect(
      checkNewApplication(pilotLikeRound, validRequest({ person: { ...newCode, dateOfBirth: '1980-02-29' } }), during),
    ).toMatchObject({ ok: true, dateOfBirth: '1980-02-29' });
  });

  it('refuses a date of birth that contradicts a legacy code', () => {
    expect(codes(validRequest({ person: { ...person, dateOfBirth: '1975-11-17' } }))).toEqual([
      'DATE_OF_BIRTH_MISMATCH@person.dateOfBirth',
    ]);
  });

  it('reports every broken rule at once', () => {
    const request = validRequest({
      consent: false,
      person: { ...person, disabilityGroup: 3, mentalDisorderConfirmed: false },
    });
    expect(codes(request)).toHaveLength(3);
  });
});
