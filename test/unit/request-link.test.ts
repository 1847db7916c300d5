import { describe, expect, it } from 'vitest';
import type { Ports } from '../../shared/ports/index.ts';
import type { Application } from '../../shared/schemas/application.ts';
import { LINK_EMAILS_PER_DAY, requestLink } from '../../shared/use-cases/request-link.ts';
import { guardian, submittedApplication } from '../fixtures/applications.ts';
import { notificationPorts } from '../fixtures/notification-ports.ts';

const anna: Application = submittedApplication({
  contact: { email: 'anna@example.lv', language: 'en' },
  representative: guardian,
});

function setUp(failSends = 0) {
  const { ports, sent } = notificationPorts(failSends);
  const withApplication = {
    ...ports,
    applications: { get: async (reference: string) => (reference === anna.reference ? anna : undefined) },
  } as unknown as Ports;
  return { ports: withApplication, sent };
}

const delivery = (now = '2019-08-20T09:00:00.000Z') => ({ webUrl: 'https://apply.example.lv', now: new Date(now) });

describe('the status link sent again', () => {
  it('goes to the matching address on file, with the link and the access code as text', async () => {
    const { ports, sent } = setUp();
    expect(await requestLink(ports, { reference: anna.reference, email: ' ANNA@example.lv ' }, delivery())).toBe(
      'sent',
    );
    expect(sent).toHaveLength(1);
    const [email] = sent;
    expect(email?.to).toEqual(['anna@example.lv']);
    expect(email?.about).toEqual({ reference: anna.reference, notification: 'link', recipient: 'applicant' });
    expect(email?.text).toContain('Access code: ABCDE-23456');
    expect(email?.text).toContain(`https://apply.example.lv/status#reference=${anna.reference}&code=ABCDE-23456`);
    expect(email?.text).not.toMatch(/\d{6}-?\d{5}/);
  });

  it('goes to the representative when the representative asks with their address', async () => {
    const { ports, sent } = setUp();
    await requestLink(ports, { reference: anna.reference, email: guardian.email }, delivery());
    expect(sent.map((email) => email.to)).toEqual([[guardian.email]]);
  });

  it('sends nothing when the number or the address does not match', async () => {
    const { ports, sent } = setUp();
    expect(await requestLink(ports, { reference: anna.reference, email: 'someone@example.lv' }, delivery())).toBe(
      'no-match',
    );
    expect(await requestLink(ports, { reference: 'ZZZZ-9999', email: 'anna@example.lv' }, delivery())).toBe('no-match');
    expect(sent).toHaveLength(0);
  });

  it(`sends at most ${LINK_EMAILS_PER_DAY} a day per application, and again on the next Riga day`, async () => {
    const { ports, sent } = setUp();
    const ask = (now?: string) =>
      requestLink(ports, { reference: anna.reference, email: 'anna@example.lv' }, delivery(now));
    const outcomes = [];
    for (let i = 0; i < LINK_EMAILS_PER_DAY + 2; i++) outcomes.push(await ask());
    expect(outcomes).toEqual([...Array(LINK_EMAILS_PER_DAY).fill('sent'), 'limit-reached', 'limit-reached']);
    // The representative's requests count against the same application.
    expect(await requestLink(ports, { reference: anna.reference, email: guardian.email }, delivery())).toBe(
      'limit-reached',
    );
    expect(sent).toHaveLength(LINK_EMAILS_PER_DAY);
    // 22:30 UTC on 20.08 is already 21.08 in Riga.
    expect(await ask('2019-08-20T22:30:00.000Z')).toBe('sent');
  });

  it('says nothing different to the asker when the e-mail cannot be sent', async () => {
    const { ports, sent } = setUp(1);
    expect(await requestLink(ports, { reference: anna.reference, email: 'anna@example.lv' }, delivery())).toBe(
      'not-sent',
    );
    expect(sent).toHaveLength(0);
  });
});
