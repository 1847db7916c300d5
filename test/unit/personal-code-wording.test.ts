import { describe, expect, it } from 'vitest';
import { messages } from '../../shared/http/messages.ts';
import { en as applicantEn } from '../../web/src/i18n/en.ts';
import { lv as applicantLv } from '../../web/src/i18n/lv.ts';
import { en as staffEn } from '../../web/src/staff/i18n/en.ts';
import { lv as staffLv } from '../../web/src/staff/i18n/lv.ts';

/** Every fixed string in a nested catalogue of texts (the personal-code hints and errors are all fixed). */
function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(textsOf);
  return [];
}

const catalogues = {
  'API messages': messages,
  'applicant pages (lv)': applicantLv,
  'applicant pages (en)': applicantEn,
  'staff pages (lv)': staffLv,
  'staff pages (en)': staffEn,
};

describe('what people are told about new-format personal codes', () => {
  // New codes (since 1 July 2017) start with any of 32 to 39 (see shared/domain/personal-code.ts).
  it.each(Object.entries(catalogues))('never says in the %s that new codes start with 32 alone', (_, catalogue) => {
    const texts = textsOf(catalogue);
    expect(texts.length).toBeGreaterThan(10);
    const claimsOnly32 = texts.filter((text) => /32XXXX|(sākas ar|starts? with) 32(?! (līdz|to) 39)/i.test(text));
    expect(claimsOnly32).toEqual([]);
  });
});
