import { describe, expect, it } from 'vitest';
import { addMonths, rigaCalendarDate } from '../../shared/domain/riga-time.ts';
import { type DecisionFacts, decisionNotice } from '../../shared/email/decision-notice.ts';
import { renderResultEmail } from '../../shared/email/result-email.ts';
import { IneligibilityReasonSchema } from '../../shared/schemas/review.ts';
import type { SocialService } from '../../shared/schemas/round.ts';
import { letterBasics } from '../fixtures/letter-basics.ts';

const service: SocialService = {
  name: { lv: 'Bauskas novada Sociālais dienests', en: 'Bauska social service' },
  address: 'Uzvaras iela 1, Bauska, LV-3901',
  phone: '+371 60000000',
  email: 'soc@bauska.example.lv',
};

const municipalityName = letterBasics.municipalityName;
// Published on 16.08.2019 at 01:30 in Riga (15.08 in UTC): the month counts from the Riga date.
const notifiedAt = '2019-08-15T22:30:00.000Z';

const refusal: DecisionFacts = {
  outcome: 'not-selected',
  exclusion: 'not-eligible',
  ineligibility: 'not-resident-in-municipality',
  messageForPerson: 'Jūsu dzīvesvieta ir deklarēta Rīgā.',
  municipalityName,
  socialService: service,
  notifiedAt,
};
const waitlisted: DecisionFacts = {
  outcome: 'waitlisted',
  position: 4,
  cap: 10,
  municipalityName,
  socialService: service,
  notifiedAt,
};
const notSelected: DecisionFacts = {
  outcome: 'not-selected',
  exclusion: 'set-aside-duplicate',
  municipalityName,
  socialService: service,
  notifiedAt,
};

const email = (language: 'lv' | 'en', facts: DecisionFacts) =>
  renderResultEmail({
    ...letterBasics,
    language,
    socialService: service,
    selection:
      facts.outcome === 'waitlisted'
        ? { outcome: 'waitlisted', position: facts.position }
        : { outcome: 'not-selected', reason: facts.exclusion },
    notice: decisionNotice(facts),
  });

describe('the deadline to contest', () => {
  it('is one month from the Riga date of notification, the last day of a shorter month', () => {
    expect(rigaCalendarDate(notifiedAt)).toBe('2019-08-16');
    expect(decisionNotice(refusal).contestBy).toBe('2019-09-16');
    expect(addMonths('2019-01-31', 1)).toBe('2019-02-28');
    expect(addMonths('2020-01-31', 1)).toBe('2020-02-29');
    expect(addMonths('2019-12-16', 1)).toBe('2020-01-16');
  });
});

describe('a decision explained in the e-mail', () => {
  it.each(['lv', 'en'] as const)(
    'a refusal in %s gives the reason, the words, who decided, how and by when',
    (language) => {
      const { text, html } = email(language, refusal);
      const lv = language === 'lv';
      for (const part of [text, html.replace(/&#39;/g, "'")]) {
        expect(part).toContain(
          lv ? 'Personas deklarētā dzīvesvieta nav šajā pašvaldībā.' : "The person's declared residence is not",
        );
        expect(part).toContain('Jūsu dzīvesvieta ir deklarēta Rīgā.');
        expect(part).toContain(lv ? 'Kas pieņēma lēmumu' : 'Who decided');
        expect(part).toContain(lv ? 'Bauskas novada Sociālais dienests' : 'Bauska social service');
        expect(part).toContain(lv ? 'līdz 16.09.2019' : 'by 16.09.2019');
        expect(part).toContain(lv ? 'drošu elektronisko parakstu' : 'secure electronic signature');
        expect(part).toContain('Uzvaras iela 1, Bauska, LV-3901');
        expect(part).toContain('soc@bauska.example.lv');
      }
      expect(text).toContain(lv ? 'sociālā dienesta vadītājam' : 'the head of the social service');
      // The generic line is not left alone: the concrete reason follows it.
      expect(text).not.toMatch(lv ? /Kāpēc[\s\S]*Kāpēc/ : /Why[\s\S]*\nWhy\n/);
    },
  );

  it.each(['lv', 'en'] as const)(
    'a waiting-list place in %s gives the order, the place, and how to contest',
    (language) => {
      const { text } = email(language, waitlisted);
      const lv = language === 'lv';
      expect(text).toContain(lv ? 'Pašvaldībā ir 10 vietas.' : 'There are 10 places in the municipality.');
      expect(text).toContain(lv ? 'pieteikumi ar vairāk punktiem' : 'applications with more points');
      expect(text).toContain(lv ? 'kas saņemts agrāk' : 'received earlier comes first');
      expect(text).toContain(lv ? 'Vieta gaidīšanas sarakstā: 4.' : 'Place on the waiting list: 4.');
      expect(text).toContain(lv ? 'līdz 16.09.2019' : 'by 16.09.2019');
      expect(text).toContain(lv ? 'Bauskas novada Sociālais dienests' : 'Bauska social service');
    },
  );

  it.each(['lv', 'en'] as const)('not selected in %s gives the reason and how to contest', (language) => {
    const { text } = email(language, notSelected);
    const lv = language === 'lv';
    expect(text).toContain(lv ? 'vairāk nekā viens pieteikums' : 'more than one application');
    expect(text).toContain(lv ? 'Kā apstrīdēt lēmumu' : 'How to contest the decision');
    expect(text).toContain(lv ? 'līdz 16.09.2019' : 'by 16.09.2019');
  });

  it('writes to whom the round names when it names someone', () => {
    const named = {
      ...service,
      contestTo: { lv: 'Bauskas novada Administratīvo strīdu komisijai', en: 'the Administrative Disputes Commission' },
    };
    const { text } = email('en', { ...refusal, socialService: named });
    expect(text).toContain('Write to: the Administrative Disputes Commission.');
    expect(text).not.toContain('the head of the social service');
  });

  it('still says who decided and how to contest when the round names no social service', () => {
    const { socialService: _, ...facts } = refusal;
    const { text } = renderResultEmail({
      ...letterBasics,
      language: 'en',
      selection: { outcome: 'not-selected', reason: 'not-eligible' },
      notice: decisionNotice(facts),
    });
    expect(text).toContain('The social service of the municipality (Bauska municipality)');
    expect(text).toContain('by 16.09.2019');
    expect(text).toContain('Send it by post or e-mail to the social service.');
  });

  it.each([
    'disability-group-not-eligible',
    'no-mental-disorder',
    'documents-invalid',
    'not-an-adult',
    'other',
  ] as const)('names the reason %s without health data, in short sentences', (ineligibility) => {
    for (const language of ['lv', 'en'] as const) {
      const { messageForPerson: _, ...facts } = refusal;
      const { text, html } = email(language, { ...facts, ineligibility });
      for (const part of [text, html]) {
        expect(part).not.toMatch(
          /invaliditāt|disabilit|grupa|group|garīg|mental|diagno|slimīb|illness|veselīb|health/i,
        );
      }
      for (const sentence of text.replace(letterBasics.statusUrl, '').split(/[.!?:\n]+/)) {
        expect(sentence.trim().split(/\s+/).length).toBeLessThanOrEqual(16);
      }
    }
  });

  it('gives each refusal reason its own words', () => {
    const reasons = IneligibilityReasonSchema.options;
    const words = reasons.map((ineligibility) => decisionNotice({ ...refusal, ineligibility }).reason[1]?.en);
    expect(new Set(words).size).toBe(reasons.length);
  });
});
