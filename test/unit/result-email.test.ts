import { describe, expect, it } from 'vitest';
import { type ResultEmailInput, renderResultEmail } from '../../shared/email/result-email.ts';
import { letterBasics, STATUS_URL } from '../fixtures/letter-basics.ts';

function input(overrides: Partial<ResultEmailInput> = {}): ResultEmailInput {
  return {
    ...letterBasics,
    selection: { outcome: 'selected' },
    ...overrides,
  };
}

const selections = {
  selected: { outcome: 'selected' },
  offered: { outcome: 'selected', offeredAt: '2019-10-01T07:00:00.000Z' },
  waitlisted: { outcome: 'waitlisted', position: 3 },
  'not-eligible': { outcome: 'not-selected', reason: 'not-eligible' },
  'set-aside-duplicate': { outcome: 'not-selected', reason: 'set-aside-duplicate' },
  withdrawn: { outcome: 'not-selected', reason: 'withdrawn' },
} as const satisfies Record<string, ResultEmailInput['selection']>;
type Which = keyof typeof selections;

/** What each result must say first, and what it must explain, per language and recipient. */
const expected: Record<Which, Record<'lv' | 'en', Record<'applicant' | 'representative', string[]>>> = {
  selected: {
    lv: {
      applicant: ['Labas ziņas: jums ir vieta.', 'Sociālais darbinieks ar jums sazināsies.'],
      representative: ['Labas ziņas: personai vārdā Anna ir vieta.', 'sazināsies ar jums vai ar personu'],
    },
    en: {
      applicant: ['Good news: you have a place.', 'A social worker will contact you.', 'plan the services you need'],
      representative: ['Good news: Anna has a place.', 'contact you or Anna', 'plan the services Anna needs'],
    },
  },
  offered: {
    lv: {
      applicant: ['Ir atbrīvojusies vieta.', 'Šo vietu piedāvājam jums.'],
      representative: ['Ir atbrīvojusies vieta.', 'Šo vietu piedāvājam personai vārdā Anna.'],
    },
    en: {
      applicant: ['A place has become free.', 'The place is offered to you.', 'A social worker will contact you.'],
      representative: ['A place has become free.', 'The place is offered to Anna.', 'contact you or Anna'],
    },
  },
  waitlisted: {
    lv: {
      applicant: [
        'Jūs esat gaidīšanas sarakstā.',
        'Jūsu numurs sarakstā ir 3.',
        'pirmajam cilvēkam gaidīšanas sarakstā',
      ],
      representative: ['Persona vārdā Anna ir gaidīšanas sarakstā.', 'Personas numurs sarakstā ir 3.'],
    },
    en: {
      applicant: [
        'You are on the waiting list.',
        'Your number on the list is 3.',
        'it is offered to the first person on the waiting list',
        'We will send you an e-mail if a place is offered to you.',
      ],
      representative: [
        'Anna is on the waiting list.',
        "Anna's number on the list is 3.",
        'We will send you an e-mail if a place is offered to Anna.',
      ],
    },
  },
  'not-eligible': {
    lv: {
      applicant: ['Diemžēl jūs nesaņēmāt vietu.', 'Pieteikums neatbilda dalības nosacījumiem.'],
      representative: ['Diemžēl persona vārdā Anna nesaņēma vietu.', 'Pieteikums neatbilda dalības nosacījumiem.'],
    },
    en: {
      applicant: ['You did not get a place.', 'The application did not meet the conditions for taking part.'],
      representative: ['Anna did not get a place.', 'The application did not meet the conditions for taking part.'],
    },
  },
  'set-aside-duplicate': {
    lv: {
      applicant: ['Par jums bija vairāk nekā viens pieteikums.', 'Šis pieteikums atlasē nepiedalījās.'],
      representative: ['Par personu bija vairāk nekā viens pieteikums.', 'Šis pieteikums atlasē nepiedalījās.'],
    },
    en: {
      applicant: ['There was more than one application for you.', 'This application did not take part.'],
      representative: ['There was more than one application for Anna.', 'This application did not take part.'],
    },
  },
  withdrawn: {
    lv: {
      applicant: ['Pieteikums tika atsaukts.', 'ka jūs vairs nevēlaties piedalīties'],
      representative: ['Pieteikums tika atsaukts.', 'ka persona vairs nevēlas piedalīties'],
    },
    en: {
      applicant: ['The application was withdrawn.', 'that you no longer want to take part'],
      representative: ['The application was withdrawn.', 'that Anna no longer wants to take part'],
    },
  },
};

const cases = (Object.keys(selections) as Which[]).flatMap((which) =>
  (['lv', 'en'] as const).flatMap((language) =>
    (['applicant', 'representative'] as const).map((recipient) => ({ which, language, recipient })),
  ),
);

/** The visible words of the HTML part, for checks that must not depend on markup. */
const visibleText = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/&#39;/g, "'");

describe('the result e-mail', () => {
  it.each(cases)('$which in $language for the $recipient says what happened', ({ which, language, recipient }) => {
    const email = renderResultEmail(input({ language, recipient, selection: selections[which] }));
    for (const sentence of expected[which][language][recipient]) {
      expect(email.text).toContain(sentence);
      expect(visibleText(email.html)).toContain(sentence);
    }
    expect(email.subject).toContain('KDMA-4729');
    expect(email.text).toContain(STATUS_URL);
    expect(email.html).toContain(`href="${STATUS_URL.replace(/&/g, '&amp;')}"`);
    expect(email.html).toContain(`<html lang="${language}">`);
  });

  it.each(cases)('$which in $language for the $recipient says whom to ask', ({ which, language, recipient }) => {
    const { text } = renderResultEmail(input({ language, recipient, selection: selections[which] }));
    expect(text).toContain(
      language === 'lv' ? 'sazinieties ar pašvaldības sociālo dienestu' : 'contact the social service',
    );
    expect(text).toContain(language === 'lv' ? 'Bauskas novada pašvaldība' : 'Bauska municipality');
  });

  it.each(cases)('$which in $language for the $recipient names no health data and no personal code', (which) => {
    const email = renderResultEmail({
      ...input({ language: which.language, recipient: which.recipient, selection: selections[which.which] }),
      personFirstName: '161175-19997',
      // A caller that passes too much must still not leak it.
      ...({ personalCode: '161175-19997', disabilityGroup: 2, lastName: 'Bērziņa', rank: 7 } as object),
    });
    for (const part of [email.subject, email.text, email.html]) {
      expect(part).not.toContain('161175');
      expect(part).not.toContain('Bērziņa');
      expect(part).not.toMatch(/\d{6}-?\d{5}/);
      expect(part).not.toMatch(/invaliditāt|disabilit|grupa|group|garīg|mental|diagno|slimīb|illness|veselīb|health/i);
    }
  });

  it('tells what happened first: the news comes before the facts and the next steps', () => {
    const { text } = renderResultEmail(input({ language: 'en', selection: selections.waitlisted }));
    const order = ['You are on the waiting list.', 'Reference number: KDMA-4729', 'What this means', 'Questions'];
    const positions = order.map((sentence) => text.indexOf(sentence));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('names the offer after a withdrawal in the subject, and every other result neutrally', () => {
    expect(renderResultEmail(input({ selection: selections.offered })).subject).toBe('Piedāvājam vietu: KDMA-4729');
    expect(renderResultEmail(input({ language: 'en', selection: selections.offered })).subject).toBe(
      'A place is offered: KDMA-4729',
    );
    for (const which of ['selected', 'waitlisted', 'not-eligible'] as const) {
      expect(renderResultEmail(input({ selection: selections[which] })).subject).toBe('Atlases rezultāts: KDMA-4729');
      expect(renderResultEmail(input({ language: 'en', selection: selections[which] })).subject).toBe(
        'Selection result: KDMA-4729',
      );
    }
  });

  it('shows the waiting-list number only for a place on the waiting list', () => {
    expect(renderResultEmail(input({ language: 'en', selection: selections.waitlisted })).text).toContain(
      'Result: Waiting list, number 3',
    );
    const selected = renderResultEmail(input({ language: 'en', selection: { outcome: 'selected', position: 3 } }));
    expect(selected.text).toContain('Result: Place given');
    expect(selected.text).not.toContain('number 3');
    const unnumbered = renderResultEmail(input({ language: 'en', selection: { outcome: 'waitlisted' } }));
    expect(unnumbered.text).toContain('You are on the waiting list.');
    expect(unnumbered.text).not.toMatch(/number on the list is/);
  });

  it('says a not-selected person may ask about it, also when no reason is given', () => {
    const { text } = renderResultEmail(input({ language: 'en', selection: { outcome: 'not-selected' } }));
    expect(text).toContain('You did not get a place.');
    expect(text).toContain('You may ask the social service about this decision.');
    expect(text).not.toContain('Why');
    expect(renderResultEmail(input({ selection: selections.withdrawn })).text).toContain(
      'Par šo lēmumu varat jautāt sociālajam dienestam.',
    );
  });

  it('speaks of "the person" when the first name is not fit to show', () => {
    for (const name of ['161175-19997', 'Anna (2. grupa)', 'Anna <b>', '   ', undefined]) {
      const en = renderResultEmail(
        input({ recipient: 'representative', language: 'en', personFirstName: name, selection: selections.selected }),
      );
      expect(en.text).toContain('Good news: the person you applied for has a place.');
      const lv = renderResultEmail(
        input({ recipient: 'representative', personFirstName: name, selection: selections['not-eligible'] }),
      );
      expect(lv.text).toContain('Diemžēl persona, par kuru iesniedzāt pieteikumu, nesaņēma vietu.');
    }
  });

  it('does not name the person to the person themselves', () => {
    for (const which of Object.keys(selections) as Which[]) {
      const { text } = renderResultEmail(input({ language: 'en', selection: selections[which] }));
      expect(text).not.toContain('Anna');
    }
  });

  it('gives the text and the HTML part the same words', () => {
    for (const which of Object.keys(selections) as Which[]) {
      const email = renderResultEmail(input({ recipient: 'representative', selection: selections[which] }));
      const words = (text: string) => text.match(/[\p{L}\d]+/gu) ?? [];
      const htmlWords = new Set(words(visibleText(email.html)));
      const textWithoutStepNumbers = email.text.replace(STATUS_URL, '').replace(/^\d+\. /gm, '');
      for (const word of words(textWithoutStepNumbers)) expect(htmlWords).toContain(word);
    }
  });

  // The round's and the municipality's names are the frame's: letter.test.ts holds their escaping.
  it('escapes markup in the first name it shows', () => {
    const email = renderResultEmail(input({ recipient: 'representative', personFirstName: "O'Brien" }));
    expect(email.html).toContain('personai vārdā O&#39;Brien ir vieta.');
    expect(email.text).toContain("personai vārdā O'Brien ir vieta.");
  });

  it('is simple and accessible: one column, no images, a link with words', () => {
    const { html } = renderResultEmail(input({ selection: selections.waitlisted }));
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toMatch(/<img|<table|<script/i);
    expect(html).toMatch(/<a href="[^"]+"[^>]*>Skatīt pieteikuma statusu<\/a>/);
    expect(html).toContain('<title>Atlases rezultāts: KDMA-4729</title>');
  });

  it('keeps sentences short', () => {
    for (const { which, language, recipient } of cases) {
      const { text } = renderResultEmail(input({ language, recipient, selection: selections[which] }));
      const sentences = text.replace(STATUS_URL, '').split(/[.!?:\n]+/);
      for (const sentence of sentences) expect(sentence.trim().split(/\s+/).length).toBeLessThanOrEqual(16);
    }
  });

  it('refuses a status link that is not a web address', () => {
    expect(() => renderResultEmail(input({ statusUrl: 'javascript:alert(1)' }))).toThrow(/http/);
    expect(() => renderResultEmail(input({ statusUrl: 'not a url' }))).toThrow(/URL/);
  });
});
