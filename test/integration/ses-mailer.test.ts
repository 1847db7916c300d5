import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SesMailer } from '../../shared/adapters/ses/ses-mailer.ts';
import { type LocalAws, startLocalAws } from './support/local-aws.ts';

let aws: LocalAws;

beforeAll(async () => {
  aws = await startLocalAws();
});
afterAll(() => aws?.stop());

interface StoredEmail {
  from: string;
  destination: { to: string[] };
  subject: string;
  body: { text?: string; html?: string };
}

describe('SesMailer', () => {
  // One recipient: the stand-in keeps only the first address of a list (real SES takes up to 50).
  it('sends a message that the SES stand-in receives with its sender, recipient, subject and both bodies', async () => {
    const mailer = new SesMailer(aws.clients.ses, 'pieteikumi@example.lv');

    await mailer.send({
      to: ['anna@example.lv'],
      subject: 'Jūsu pieteikums KDMA-4729 ir saņemts',
      text: 'Pieteikums saņemts. Ģimenes ārsts nav jāapmeklē.',
      html: '<p>Pieteikums saņemts.</p>',
    });

    const store = (await (await fetch(`${aws.standIns.endpoints.ses}/store`)).json()) as { emails: StoredEmail[] };
    expect(store.emails).toHaveLength(1);
    expect(store.emails[0]).toMatchObject({
      from: 'pieteikumi@example.lv',
      destination: { to: ['anna@example.lv'] },
      subject: 'Jūsu pieteikums KDMA-4729 ir saņemts',
      body: { text: 'Pieteikums saņemts. Ģimenes ārsts nav jāapmeklē.', html: '<p>Pieteikums saņemts.</p>' },
    });
  });
});
