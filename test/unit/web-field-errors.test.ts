import { describe, expect, it } from 'vitest';
import type { Round } from '../../web/src/api/types.ts';
import { fieldError, missingDocuments, required } from '../../web/src/flow/field-errors.ts';
import { readDay, staffRequired } from '../../web/src/staff/i18n/field-errors.ts';
import { staffTexts } from '../../web/src/staff/i18n/words.ts';

const requirements = [
  { type: 'application-form', name: { lv: 'Iesniegums', en: 'Application form' }, description: { lv: '', en: '' } },
  { type: 'disability-decision', name: { lv: 'Lēmums', en: 'Decision' }, description: { lv: '', en: '' } },
] as Round['requiredDocuments'];

describe("the browser's own field errors", () => {
  it('are shaped like the server’s, "nothing given" unless another code is named', () => {
    const message = { lv: 'a', en: 'b' };
    expect(fieldError('reference', message)).toEqual({ path: 'reference', code: 'FIELD_REQUIRED', message });
    expect(fieldError('code', message, 'CODE_FORMAT').code).toBe('CODE_FORMAT');
  });

  it('say what is missing in both languages, in the applicant’s or the staff pages’ words', () => {
    const applicant = required('consent', (t) => t.consent.required);
    const staff = staffRequired('note.text', (s) => s.application.requiredNote);
    for (const error of [applicant, staff]) {
      expect(error.code).toBe('FIELD_REQUIRED');
      expect(error.message.lv).not.toBe('');
      expect(error.message.en).not.toBe('');
      expect(error.message.lv).not.toBe(error.message.en);
    }
  });

  it('name each document not yet uploaded, as the round names it', () => {
    const errors = missingDocuments(requirements, { 'application-form': { fileName: 'a.pdf' } });
    expect(errors.map((error) => error.path)).toEqual(['documents.disability-decision']);
    expect(errors[0]?.message.lv).toContain('Lēmums');
    expect(errors[0]?.message.en).toContain('Decision');
    expect(missingDocuments(requirements, {})).toHaveLength(2);
  });
});

describe('a day as staff type it', () => {
  const read = (typed: string) =>
    readDay(
      'intake.lastDay',
      typed,
      (s) => s.intake.requiredLastDay,
      (s) => s.intake.lastDay,
    );

  it('becomes the ISO day the API takes', () => {
    expect(read(' 16.8.2019 ')).toEqual({ day: '2019-08-16' });
  });

  it('is missing when nothing is typed', () => {
    const result = read('  ');
    expect('error' in result && result.error.code).toBe('FIELD_REQUIRED');
  });

  it('is no date when the calendar has no such day, named by the field’s label', () => {
    const result = read('31.02.2019');
    if (!('error' in result)) throw new Error('expected an error');
    expect(result.error).toMatchObject({ path: 'intake.lastDay', code: 'DATE_INVALID' });
    expect(result.error.message.en).toContain(staffTexts.en.intake.lastDay);
    expect(result.error.message.lv).toContain(staffTexts.lv.intake.lastDay);
  });
});
