import { randomUUID } from 'node:crypto';
import type { SNSEvent } from 'aws-lambda';
import { LOCAL_ACCOUNT_ID } from '../http/lambda-context.ts';
import type { SentMessage } from './ses-send-recorder.ts';

/**
 * SES's mailbox simulator: a message to one of these addresses (also with a `+label` before the `@`) comes back
 * as a permanent bounce or a complaint, as it does in AWS.
 */
export const SIMULATOR_ADDRESSES = {
  bounce: 'bounce@simulator.amazonses.com',
  complaint: 'complaint@simulator.amazonses.com',
} as const;

const SIMULATED = [
  { kind: 'Bounce', pattern: /^bounce(\+[^@]*)?@simulator\.amazonses\.com$/i },
  { kind: 'Complaint', pattern: /^complaint(\+[^@]*)?@simulator\.amazonses\.com$/i },
] as const;

/** The topic a deployment's configuration set publishes to, in the shape of its ARN. */
const TOPIC_NAME = 'mail-events';

/** After a failed invocation Lambda tries an asynchronous event twice more; here a little sooner. */
const RETRY_DELAYS_MS = [1_000, 2_000];

export interface MailEventsOptions {
  /** The messages the SES stand-in accepts, with their tags. */
  sent: { onSent(listener: (message: SentMessage) => void): () => void };
  /** The functions subscribed to the topic. */
  consumers: readonly { handler: string }[];
  /** Runs a consumer's function with one SNS event, as Lambda does for a topic subscription. */
  invoke: (handler: string, event: SNSEvent) => Promise<unknown>;
  region: string;
  /** Failures are reported here, without the event's contents. @default console.error */
  logError?: (line: string) => void;
  /** @default RETRY_DELAYS_MS */
  retryDelaysMs?: readonly number[];
  /** @default () => new Date() */
  now?: () => Date;
}

export interface MailEvents {
  /** Resolves once every event of the messages sent so far has been delivered (or given up on). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The local stand-in for SES event publishing: in AWS, the configuration set's event destination publishes each
 * bounce and complaint to an SNS topic, and the topic invokes `record-mail-events`. Here, each message the SES
 * stand-in accepts for a simulator address becomes the same SES event record, in the same SNS notification,
 * with the tags the message was sent with, handed to the same function, one event at a time, after the sender
 * has had its answer.
 */
export function startMailEvents(options: MailEventsOptions): MailEvents {
  const logError = options.logError ?? ((line: string) => console.error(line));
  const retryDelays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  const now = options.now ?? (() => new Date());
  const topicArn = `arn:aws:sns:${options.region}:${LOCAL_ACCOUNT_ID}:${TOPIC_NAME}`;
  let stopped = false;
  let queue: Promise<void> = Promise.resolve();

  const stopListening = options.sent.onSent((message) => {
    for (const sesEvent of simulatedEvents(message, now())) {
      const event = snsNotification(sesEvent, topicArn, now());
      queue = queue.then(() => deliver(event));
    }
  });

  async function deliver(event: SNSEvent): Promise<void> {
    for (const { handler } of options.consumers) {
      for (let attempt = 1; !stopped; attempt++) {
        try {
          await options.invoke(handler, event);
          break;
        } catch (error) {
          const name = error instanceof Error ? error.name : 'Error';
          const notificationId = event.Records[0]?.Sns.MessageId;
          logError(
            JSON.stringify({ level: 'error', event: 'mail-event-failed', handler, notificationId, attempt, name }),
          );
          const delay = retryDelays[attempt - 1];
          if (delay === undefined) break;
          await new Promise((resolve) => setTimeout(resolve, delay));
        }
      }
    }
  }

  return {
    idle: () => queue,
    async stop() {
      stopped = true;
      stopListening();
      await queue;
    },
  };
}

/** An SES event record, as SES publishes it to SNS: the fields of the Amazon SES developer guide's examples. */
export type SesEventRecord = Record<string, unknown> & { eventType: 'Bounce' | 'Complaint' };

/**
 * What the mailbox simulator reports for a message: one permanent bounce for its bounce addresses and one
 * complaint for its complaint addresses; nothing for any other message.
 */
export function simulatedEvents(message: SentMessage, at: Date): SesEventRecord[] {
  const events: SesEventRecord[] = [];
  for (const { kind, pattern } of SIMULATED) {
    const recipients = message.destination.filter((address) => pattern.test(address.trim()));
    if (recipients.length === 0) continue;
    const timestamp = at.toISOString();
    const feedbackId = `${randomUUID()}-000000`;
    const mail = mailObject(message);
    events.push(
      kind === 'Bounce'
        ? {
            eventType: kind,
            bounce: {
              bounceType: 'Permanent',
              bounceSubType: 'General',
              bouncedRecipients: recipients.map((emailAddress) => ({
                emailAddress,
                action: 'failed',
                status: '5.1.1',
                diagnosticCode: 'smtp; 550 5.1.1 user unknown',
              })),
              timestamp,
              feedbackId,
              reportingMTA: 'dns; simulator.amazonses.com',
            },
            mail,
          }
        : {
            eventType: kind,
            complaint: {
              feedbackId,
              complaintSubType: null,
              complainedRecipients: recipients.map((emailAddress) => ({ emailAddress })),
              timestamp,
              userAgent: 'Amazon SES Mailbox Simulator',
              complaintFeedbackType: 'abuse',
              arrivalDate: timestamp,
            },
            mail,
          },
    );
  }
  return events;
}

/** The `mail` object of an event: the message as sent, with its tags and those SES adds itself. */
function mailObject(message: SentMessage): Record<string, unknown> {
  const fromDomain = message.source.split('@').pop()?.replace(/>$/, '') ?? '';
  return {
    timestamp: message.sentAt.toISOString(),
    source: message.source,
    sendingAccountId: LOCAL_ACCOUNT_ID,
    messageId: message.messageId,
    destination: message.destination,
    headersTruncated: false,
    commonHeaders: { from: [message.source], to: message.destination, messageId: message.messageId },
    tags: {
      ...(message.configurationSet && { 'ses:configuration-set': [message.configurationSet] }),
      'ses:from-domain': [fromDomain],
      'ses:source-ip': ['127.0.0.1'],
      ...message.tags,
    },
  };
}

/** One SES event in an SNS notification, as a Lambda subscribed to the topic receives it. */
export function snsNotification(sesEvent: SesEventRecord, topicArn: string, at: Date): SNSEvent {
  return {
    Records: [
      {
        EventSource: 'aws:sns',
        EventVersion: '1.0',
        EventSubscriptionArn: `${topicArn}:${randomUUID()}`,
        Sns: {
          Type: 'Notification',
          MessageId: randomUUID(),
          TopicArn: topicArn,
          Message: JSON.stringify(sesEvent),
          Timestamp: at.toISOString(),
          SignatureVersion: '1',
          Signature: '',
          SigningCertUrl: '',
          UnsubscribeUrl: '',
          MessageAttributes: {},
        },
      },
    ],
  };
}
