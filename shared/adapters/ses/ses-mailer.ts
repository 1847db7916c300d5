import { type SESClient, SendEmailCommand } from '@aws-sdk/client-ses';
import type { EmailMessage, Mailer } from '../../ports/mailer.ts';

const CHARSET = 'UTF-8';

/**
 * E-mail through SES `SendEmail` with both a text and an HTML part. Messages are rendered by our own code,
 * not SES templates: one renderer for both languages, testable without SES.
 */
export class SesMailer implements Mailer {
  readonly #client: SESClient;
  readonly #from: string;

  /** @param from The verified sender address (`MAIL_FROM`). */
  constructor(client: SESClient, from: string) {
    this.#client = client;
    this.#from = from;
  }

  async send(message: EmailMessage): Promise<void> {
    await this.#client.send(
      new SendEmailCommand({
        Source: this.#from,
        Destination: { ToAddresses: [...message.to] },
        Message: {
          // Latvian letters (ā, č, ē, ģ …) need the charset stated, or some clients show them garbled.
          Subject: { Data: message.subject, Charset: CHARSET },
          Body: {
            Text: { Data: message.text, Charset: CHARSET },
            Html: { Data: message.html, Charset: CHARSET },
          },
        },
      }),
    );
  }
}
