import * as z from 'zod/mini';
import type { DeliveryReport } from '../../domain/delivery-problems.ts';
import { ReferenceSchema } from '../../schemas/common.ts';
import { NotificationKindSchema } from '../../schemas/delivery-problem.ts';
import { MESSAGE_TAG_NAMES } from './message-tags.ts';

/**
 * SES's event record, as a configuration set's event destination publishes it to SNS (the `Message` of the
 * notification): `eventType`, the `mail` it is about with the tags it was sent with, and a `bounce` or a
 * `complaint`. Only the fields used here are read; the rest (headers, diagnostic codes) is ignored.
 */
const RecipientsSchema = z.array(z.object({ emailAddress: z.string().check(z.minLength(1)) })).check(z.minLength(1));
const MailSchema = z.object({
  messageId: z.optional(z.string()),
  /** Each tag's values: SES publishes every tag as a list. */
  tags: z.optional(z.record(z.string(), z.array(z.string()))),
});
const InstantInEventSchema = z.pipe(
  z.string(),
  z.transform((value, context) => {
    const time = Date.parse(value);
    if (Number.isNaN(time)) {
      context.issues.push({ code: 'custom', message: 'not an instant', input: value });
      return z.NEVER;
    }
    return new Date(time).toISOString();
  }),
);

const BounceEventSchema = z.object({
  eventType: z.literal('Bounce'),
  mail: MailSchema,
  bounce: z.object({
    bounceType: z.string(),
    bouncedRecipients: RecipientsSchema,
    timestamp: InstantInEventSchema,
    feedbackId: z.string().check(z.minLength(1), z.maxLength(256)),
  }),
});

const ComplaintEventSchema = z.object({
  eventType: z.literal('Complaint'),
  mail: MailSchema,
  complaint: z.object({
    complainedRecipients: RecipientsSchema,
    timestamp: InstantInEventSchema,
    feedbackId: z.string().check(z.minLength(1), z.maxLength(256)),
  }),
});

const MailEventSchema = z.discriminatedUnion('eventType', [BounceEventSchema, ComplaintEventSchema]);

/** Why an event is not recorded. None of them carries anything of the event's contents but its type. */
export type SkipReason = 'not-json' | 'not-a-mail-event' | 'other-event-type' | 'malformed' | 'no-reference';

export type ParsedMailEvent =
  | { outcome: 'report'; report: DeliveryReport & { reference: string }; messageId?: string }
  | { outcome: 'skipped'; reason: SkipReason; eventType?: string; messageId?: string };

const BOUNCE_TYPES = { Permanent: 'permanent', Transient: 'transient', Undetermined: 'undetermined' } as const;

/**
 * A bounce or complaint, out of the text of an SNS notification from SES; anything else is `skipped` with the
 * reason. The event's addresses are passed on only to be compared with the application's.
 */
export function parseMailEvent(message: string): ParsedMailEvent {
  let json: unknown;
  try {
    json = JSON.parse(message);
  } catch {
    return { outcome: 'skipped', reason: 'not-json' };
  }
  const eventType = (json as { eventType?: unknown } | null)?.eventType;
  if (typeof eventType !== 'string') return { outcome: 'skipped', reason: 'not-a-mail-event' };
  // A word of SES's vocabulary (Delivery, Send, Open…), safe to name in a log line; anything else is not.
  const namedType = /^[A-Za-z ]{1,40}$/.test(eventType) ? eventType : undefined;
  if (eventType !== 'Bounce' && eventType !== 'Complaint') {
    return { outcome: 'skipped', reason: 'other-event-type', ...(namedType && { eventType: namedType }) };
  }
  const parsed = MailEventSchema.safeParse(json);
  if (!parsed.success) return { outcome: 'skipped', reason: 'malformed', eventType };
  const event = parsed.data;
  const messageId = safeId(event.mail.messageId);
  const ids = { eventType, ...(messageId && { messageId }) };

  const tags = event.mail.tags ?? {};
  const reference = ReferenceSchema.safeParse(tags[MESSAGE_TAG_NAMES.reference]?.[0]);
  if (!reference.success) return { outcome: 'skipped', reason: 'no-reference', ...ids };
  const notification = NotificationKindSchema.safeParse(tags[MESSAGE_TAG_NAMES.notification]?.[0]);
  const about = { reference: reference.data, ...(notification.success && { notification: notification.data }) };

  const details =
    event.eventType === 'Bounce'
      ? {
          kind: 'bounce' as const,
          bounceType: Object.hasOwn(BOUNCE_TYPES, event.bounce.bounceType)
            ? BOUNCE_TYPES[event.bounce.bounceType as keyof typeof BOUNCE_TYPES]
            : 'undetermined',
          at: event.bounce.timestamp,
          feedbackId: event.bounce.feedbackId,
          addresses: event.bounce.bouncedRecipients.map((recipient) => recipient.emailAddress),
        }
      : {
          kind: 'complaint' as const,
          at: event.complaint.timestamp,
          feedbackId: event.complaint.feedbackId,
          addresses: event.complaint.complainedRecipients.map((recipient) => recipient.emailAddress),
        };
  return { outcome: 'report', ...(messageId && { messageId }), report: { ...about, ...details } };
}

/** SES's message id, for a log line: only when it looks like one. */
function safeId(value: string | undefined): string | undefined {
  return value && /^[A-Za-z0-9-]{1,100}$/.test(value) ? value : undefined;
}
