import { describe, expect, it } from 'vitest';
import { type ReceiptEmailInput, renderReceiptEmail } from '../../shared/email/receipt-email.ts';
import { letterBasics, STATUS_URL } from '../fixtures/letter-basics.ts';

function input(overrides: Partial<ReceiptEmailInput> = {}): ReceiptEmailInput {
  return {
    ...letterBasics,
    receivedAt: '2019-08-05T07:15:00.000Z',
    ...overrides,
  };
}

const cases = [
  { language: 'lv', recipient: 'applicant' },
  { language: 'lv', recipient: 'representative' },
  { language: 'en', recipient: 'applicant' },
  { language: 'en', recipient: 'representative' },
] as const;

/** The visible words of the HTML part, for checks that must not depend on markup. */
const visibleText = (html: string) => html.replace(/<[^>]*>/g, ' ');

describe('the receipt e-mail', () => {
  it.each(cases)('in $language for the $recipient carries the reference and the status link', (which) => {
    const email = renderReceiptEmail(input(which));
    expect(email.subject).toContain('KDMA-4729');
    for (const part of [email.text, email.html]) expect(part).toContain('KDMA-4729');
    expect(email.text).toContain(STATUS_URL);
    expect(email.html).toContain(`href="${STATUS_URL.replace(/&/g, '&amp;')}"`);
    expect(email.html).toContain(`<html lang="${which.language}">`);
  });

  it.each(cases)('in $language for the $recipient shows the receipt time in Riga time', (which) => {
    const email = renderReceiptEmail(input(which));
    // 07:15 UTC is 10:15 in Riga in August (UTC+3).
    expect(email.text).toContain('05.08.2019 10:15');
    expect(email.html).toContain('05.08.2019 10:15');
  });

  it('shows a receipt just after midnight in Riga on the Riga date', () => {
    const email = renderReceiptEmail(input({ receivedAt: '2019-07-31T21:00:00.000Z' }));
    expect(email.text).toContain('01.08.2019 00:00');
  });

  it('writes in Latvian for a Latvian speaker and in English for an English speaker', () => {
    const lv = renderReceiptEmail(input({ language: 'lv' }));
    const en = renderReceiptEmail(input({ language: 'en' }));
    expect(lv.subject).toBe('Pieteikums saņemts: KDMA-4729');
    expect(lv.text).toContain('Mēs saņēmām jūsu pieteikumu.');
    expect(lv.text).toContain('Bauskas novada pašvaldība');
    expect(lv.text).toContain('Kas notiks tālāk');
    expect(en.subject).toBe('Application received: KDMA-4729');
    expect(en.text).toContain('We have received your application.');
    expect(en.text).toContain('Bauska municipality');
    expect(en.text).toContain('What happens next');
  });

  it('tells a representative whom they applied for, by first name only', () => {
    expect(renderReceiptEmail(input({ recipient: 'representative', language: 'en' })).text).toContain(
      'the application you sent for Anna.',
    );
    expect(renderReceiptEmail(input({ recipient: 'representative' })).text).toContain('par personu vārdā Anna.');
    expect(renderReceiptEmail(input({ recipient: 'applicant', language: 'en' })).text).not.toContain('Anna');
  });

  it('says what happens next and whom to ask', () => {
    const { text } = renderReceiptEmail(input({ language: 'en' }));
    expect(text).toContain('The social service of the municipality will check the documents.');
    expect(text).toContain('may call you');
    expect(text).toContain('We will send you the selection result by e-mail.');
    expect(text).toContain('contact the social service of the municipality');
  });

  it('gives the text and the HTML part the same words', () => {
    const email = renderReceiptEmail(input({ recipient: 'representative' }));
    const words = (text: string) => text.replace(/&#39;/g, "'").match(/[\p{L}\d]+/gu) ?? [];
    const htmlWords = new Set(words(visibleText(email.html)));
    // The HTML numbers the steps with <ol>; the text part writes the numbers.
    const textWithoutStepNumbers = email.text.replace(STATUS_URL, '').replace(/^\d+\. /gm, '');
    for (const word of words(textWithoutStepNumbers)) expect(htmlWords).toContain(word);
  });

  it.each(cases)('in $language for the $recipient names no health data and no personal code', (which) => {
    const email = renderReceiptEmail({
      ...input(which),
      personFirstName: '161175-19997',
      // A caller that passes too much must still not leak it.
      ...({ personalCode: '161175-19997', disabilityGroup: 2, lastName: 'Bērziņa' } as object),
    });
    for (const part of [email.subject, email.text, email.html]) {
      expect(part).not.toContain('161175');
      expect(part).not.toContain('Bērziņa');
      expect(part).not.toMatch(/invaliditāt|disabilit|grupa|group|garīg|mental|diagno/i);
    }
  });

  it('leaves out a first name that holds anything but a name', () => {
    for (const name of ['161175-19997', 'Anna (2. grupa)', 'Anna <b>', '   ']) {
      const { text } = renderReceiptEmail(
        input({ recipient: 'representative', language: 'en', personFirstName: name }),
      );
      expect(text).toContain('the application you sent for another person.');
    }
  });

  it('is simple and accessible: one column, no images, a link with words', () => {
    const { html } = renderReceiptEmail(input());
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toMatch(/<img|<table|<script/i);
    expect(html).toMatch(/<a href="[^"]+"[^>]*>Skatīt pieteikuma statusu<\/a>/);
    expect(html).toContain('<title>Pieteikums saņemts: KDMA-4729</title>');
  });

  it('refuses a status link that is not a web address', () => {
    expect(() => renderReceiptEmail(input({ statusUrl: 'javascript:alert(1)' }))).toThrow(/http/);
    expect(() => renderReceiptEmail(input({ statusUrl: 'not a url' }))).toThrow(/URL/);
  });

  it('gives the minute intake ended when it was closed early, the way the pages say it', () => {
    const lv = renderReceiptEmail(input({ language: 'lv', intakeEndsAt: '2019-08-10T12:00:00.000Z' }));
    expect(lv.text).toContain('Pieteikumus pieņem līdz 10.08.2019 plkst. 14:59.');
    const en = renderReceiptEmail(input({ language: 'en', intakeEndsAt: '2019-08-10T12:00:00.000Z' }));
    expect(en.text).toContain('Applications are accepted until 10.08.2019 at 14:59.');
  });

  it.each(cases)(
    'in $language for the $recipient gives the access code as text, the dates ahead and whom to call',
    (which) => {
      const email = renderReceiptEmail(
        input({
          ...which,
          accessCode: 'AB2CD-EF3GH',
          intakeEndsAt: '2019-08-16T21:00:00.000Z',
          resultsExpectedBy: '2019-09-30',
          socialService: {
            name: { lv: 'Bauskas novada Sociālais dienests', en: 'Bauska social service' },
            address: 'Uzvaras iela 1, Bauska',
            phone: '+371 60000000',
            email: 'soc@bauska.example.lv',
          },
        }),
      );
      const lv = which.language === 'lv';
      for (const part of [email.text, visibleText(email.html)]) {
        expect(part).toContain(lv ? 'Piekļuves kods: ' : 'Access code: ');
        expect(part).toContain('AB2CD-EF3GH');
        expect(part).toContain(lv ? 'līdz 16.08.2019 plkst. 23:59' : 'until 16.08.2019 at 23:59');
        expect(part).toContain(lv ? 'paziņot līdz 30.09.2019' : 'expected by 30.09.2019');
        expect(part).toContain(lv ? 'Bauskas novada Sociālais dienests' : 'Bauska social service');
        expect(part).toContain('+371 60000000');
        expect(part).toContain('soc@bauska.example.lv');
      }
      // The code as text, not only inside the link.
      expect(email.text.replace(STATUS_URL, '')).toContain('AB2CD-EF3GH');
    },
  );

  it('says when results come without a date when the round gives none', () => {
    expect(renderReceiptEmail(input({ language: 'en' })).text).toContain(
      'The selection results will be sent after intake closes',
    );
  });
});
