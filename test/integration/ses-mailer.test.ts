import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SentMessage } from '../../infra/local/mail/ses-send-recorder.ts';
import { SesMailer } from '../../shared/adapters/ses/ses-mailer.ts';
import type { EmailMessage } from '../../shared/ports/mailer.ts';
import { type LocalAws, startLocalAws } from './support/local-aws.ts';

const SENDER = 'pieteikumi@example.lv';
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

/** Sends `email` through `mailer`: the message the SES stand-in accepted for it, as its front records it. */
async function sentThrough(mailer: SesMailer, email: EmailMessage): Promise<SentMessage> {
  const sent = new Promise<SentMessage>((resolve) => {
    const stop = aws.standIns.sentMail.onSent((message) => {
      stop();
      resolve(message);
    });
  });
  await mailer.send(email);
  return sent;
}

describe('SesMailer', () => {
  // One recipient: the stand-in keeps only the first address of a list (real SES takes up to 50).
  it('sends a message that the SES stand-in receives with its sender, recipient, subject and both bodies', async () => {
    await fetch(`${aws.standIns.endpoints.ses}/clear-store`, { method: 'POST' });
    const mailer = new SesMailer(aws.clients.ses, SENDER);

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
      from: SENDER,
      destination: { to: ['anna@example.lv'] },
      subject: 'Jūsu pieteikums KDMA-4729 ir saņemts',
      body: { text: 'Pieteikums saņemts. Ģimenes ārsts nav jāapmeklē.', html: '<p>Pieteikums saņemts.</p>' },
    });
  });

  it('sends the reference, the kind and the recipient role as message tags, with the configuration set', async () => {
    const message = await sentThrough(new SesMailer(aws.clients.ses, SENDER, { configurationSet: 'intake-mail' }), {
      to: ['janis@example.lv'],
      subject: 'Atlases rezultāts',
      text: 'Teksts',
      html: '<p>Teksts</p>',
      about: { reference: 'KDMA-4729', notification: 'result', recipient: 'representative' },
    });

    expect(message).toMatchObject({
      source: SENDER,
      destination: ['janis@example.lv'],
      configurationSet: 'intake-mail',
      tags: { reference: ['KDMA-4729'], notification: ['result'], 'recipient-role': ['representative'] },
    });
    // The front passes the stand-in's answer on: the id it reports is the id of the stored message.
    expect((await storedEmails()).map((email) => email.messageId)).toContain(message.messageId);
  });

  it('sends no configuration set when none is configured, as locally', async () => {
    const message = await sentThrough(new SesMailer(aws.clients.ses, SENDER), {
      to: ['anna@example.lv'],
      subject: 'S',
      text: 'T',
      html: '<p>T</p>',
      about: { reference: 'KDMA-4729', notification: 'receipt' },
    });
    expect(message.configurationSet).toBeUndefined();
    expect(message.tags).toEqual({ reference: ['KDMA-4729'], notification: ['receipt'] });
  });
});
