import { describe, expect, it } from 'vitest';
import { renderLetter } from '../../shared/email/letter.ts';
import { letterBasics, STATUS_URL } from '../fixtures/letter-basics.ts';

const news = { subject: 'Subject', lead: ['What happened.'], facts: [], more: [] };

describe('the frame of every e-mail about an application', () => {
  it('escapes markup in the names of the round and the municipality', () => {
    const email = renderLetter(
      {
        ...letterBasics,
        roundName: { lv: '<script>alert(1)</script>', en: '<script>alert(1)</script>' },
        municipalityName: { lv: 'Bauska & "Co" <img src=x>', en: 'x' },
      },
      news,
    );
    expect(email.html).not.toContain('<script>');
    expect(email.html).not.toContain('<img');
    expect(email.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(email.html).toContain('Bauska &amp; &quot;Co&quot; &lt;img src=x&gt;');
  });

  it.each(['lv', 'en'] as const)('in %s sets the news between the facts and the status link', (language) => {
    const email = renderLetter({ ...letterBasics, language }, { ...news, facts: [['Own fact', 'its value']] });
    const order = ['What happened.', 'KDMA-4729', 'Own fact: its value', STATUS_URL].map((part) =>
      email.text.indexOf(part),
    );
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('refuses a status link that is not a web address', () => {
    expect(() => renderLetter({ ...letterBasics, statusUrl: 'javascript:alert(1)' }, news)).toThrow();
  });
});
