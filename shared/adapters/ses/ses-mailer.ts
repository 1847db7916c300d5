import { type SESClient, SendEmailCommand } from '@aws-sdk/client-ses';
import type { EmailMessage, Mailer } from '../../ports/mailer.ts';
import { messageTags } from './message-tags.ts';

const CHARSET = 'UTF-8';

export interface SesMailerOptions {
  /**
   * The configuration set (`MAIL_CONFIGURATION_SET`) whose event destination publishes bounces and complaints.
   * Absent locally, where the stand-in plays that part.
   */
  configurationSet?: string | undefined;
}

/**
 * E-mail through SES `SendEmail` with both a text and an HTML part. Messages are rendered by our own code,
 * not SES templates: one renderer for both languages, testable without SES. Each message carries tags naming
 * its application and kind, so that a bounce or complaint can be recorded on the application.
 */
export class SesMailer implements Mailer {
  readonly #client: SESClient;
  readonly #from: string;
  readonly #configurationSet: string | undefined;

  /** @param from The verified sender address (`MAIL_FROM`). */
  constructor(client: SESClient, from: string, options: SesMailerOptions = {}) {
    this.#client = client;
    this.#from = from;
    this.#configurationSet = options.configurationSet;
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
        Tags: messageTags(message.about),
        ...(this.#configurationSet && { ConfigurationSetName: this.#configurationSet }),
      }),
    );
  }
}
