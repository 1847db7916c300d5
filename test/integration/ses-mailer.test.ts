import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SentMessage } from '../../infra/local/mail/ses-send-recorder.ts';
import { SesMailer } from '../../shared/adapters/ses/ses-mailer.ts';
import { type LocalAws, startLocalAws } from './support/local-aws.ts';

let aws: LocalAws;

beforeAll(async () => {
  aws = await startLocalAws();
});
afterAll(() => aws?.stop());

interface StoredEmail {
  messageId: string;
  from: string;
  destination: { to: string[] };
  subject: string;
  body: { text?: string; html?: string };
}

async function storedEmails(): Promise<StoredEmail[]> {
  return ((await (await fetch(`${aws.standIns.endpoints.ses}/store`)).json()) as { emails: StoredEmail[] }).emails;
}

/** The next message the SES stand-in accepts, as its front records it. */
function nextSent(): Promise<SentMessage> {
  return new Promise((resolve) => {
    const stop = aws.standIns.sentMail.onSent((message) => {
      stop();
      resolve(message);
    });
  });
}

describe('SesMailer', () => {
  // One recipient: the stand-in keeps only the first address of a list (real SES takes up to 50).
  it('sends a message that the SES stand-in receives with its sender, recipient, subject and both bodies', async () => {
    await fetch(`${aws.standIns.endpoints.ses}/clear-store`, { method: 'POST' });
    const mailer = new SesMailer(aws.clients.ses, 'pieteikumi@example.lv');

    await mailer.send({
      to: ['anna@example.lv'],
      subject: 'Jūsu pieteikums KDMA-4729 ir saņemts',
      text: 'Pieteikums saņemts. Ģimenes ārsts nav jāapmeklē.',
      html: '<p>Pieteikums saņemts.</p>',
      about: { reference: 'KDMA-4729', notification: 'receipt', recipient: 'applicant' },
    });

    const emails = await storedEmails();
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({
      from: 'pieteikumi@example.lv',
      destination: { to: ['anna@example.lv'] },
      subject: 'Jūsu pieteikums KDMA-4729 ir saņemts',
      body: { text: 'Pieteikums saņemts. Ģimenes ārsts nav jāapmeklē.', html: '<p>Pieteikums saņemts.</p>' },
    });
  });

  it('sends the reference, the kind and the recipient role as message tags, with the configuration set', async () => {
    const mailer = new SesMailer(aws.clients.ses, 'pieteikumi@example.lv', { configurationSet: 'intake-mail' });
    const sent = nextSent();

    await mailer.send({
      to: ['janis@example.lv'],
      subject: 'Atlases rezultāts',
      text: 'Teksts',
      html: '<p>Teksts</p>',
      about: { reference: 'KDMA-4729', notification: 'result', recipient: 'representative' },
    });

    const message = await sent;
    expect(message).toMatchObject({
      source: 'pieteikumi@example.lv',
      destination: ['janis@example.lv'],
      configurationSet: 'intake-mail',
      tags: { reference: ['KDMA-4729'], notification: ['result'], 'recipient-role': ['representative'] },
    });
    // The front passes the stand-in's answer on: the id it reports is the id of the stored message.
    expect((await storedEmails()).map((email) => email.messageId)).toContain(message.messageId);
  });

  it('sends no configuration set when none is configured, as locally', async () => {
    const mailer = new SesMailer(aws.clients.ses, 'pieteikumi@example.lv');
    const sent = nextSent();
    await mailer.send({
      to: ['anna@example.lv'],
      subject: 'S',
      text: 'T',
      html: '<p>T</p>',
      about: { reference: 'KDMA-4729', notification: 'receipt' },
    });
    const message = await sent;
    expect(message.configurationSet).toBeUndefined();
    expect(message.tags).toEqual({ reference: ['KDMA-4729'], notification: ['receipt'] });
  });
});
