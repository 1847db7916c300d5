import type { MessageTag } from '@aws-sdk/client-ses';
import type { EmailAbout } from '../../ports/mailer.ts';

/**
 * The names of the SES message tags every e-mail carries. A configuration set's event destination publishes
 * them with each bounce or complaint (`mail.tags`), which is how the event finds its application. The values
 * are references and fixed words, never personal data.
 */
export const MESSAGE_TAG_NAMES = {
  reference: 'reference',
  notification: 'notification',
  recipient: 'recipient-role',
} as const;

/** SES takes tag values of ASCII letters, digits, `_` and `-` only, at most 255 of them. */
const MAX_TAG_VALUE = 255;

/** `value` as SES accepts it: every other character becomes `_`, and it is cut to the longest allowed. */
export function tagValue(value: string): string {
  const safe = value.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, MAX_TAG_VALUE);
  return safe || '_';
}

/** The tags of an e-mail about `about`. */
export function messageTags(about: EmailAbout): MessageTag[] {
  return [
    { Name: MESSAGE_TAG_NAMES.reference, Value: tagValue(about.reference) },
    { Name: MESSAGE_TAG_NAMES.notification, Value: tagValue(about.notification) },
    ...(about.recipient ? [{ Name: MESSAGE_TAG_NAMES.recipient, Value: tagValue(about.recipient) }] : []),
  ];
}
