import type { AwsClientOptions } from '../adapters/aws-client-options.ts';
import { SesMailer } from '../adapters/ses/ses-mailer.ts';
import { createSesClient } from '../adapters/ses-client.ts';
import { readConfig } from '../config.ts';
import type { Ports } from '../ports/index.ts';
import { once } from './once.ts';

export type MailPorts = Pick<Ports, 'mailer'>;

/** The mailer, made on first use. */
export function mailPorts(aws: AwsClientOptions): MailPorts {
  const mailer = once(() => {
    const mail = readConfig('mail');
    return new SesMailer(createSesClient(aws), mail.MAIL_FROM, { configurationSet: mail.MAIL_CONFIGURATION_SET });
  });
  return {
    get mailer() {
      return mailer();
    },
  };
}
