import middy from '@middy/core';
import type { SNSEvent, SNSEventRecord } from 'aws-lambda';
import { parseMailEvent } from '../shared/adapters/ses/ses-events.ts';
import { getDeclaredPorts } from '../shared/composition.ts';
import { logContext, logger } from '../shared/logging/logger.ts';
import type { Ports } from '../shared/ports/index.ts';
import { recordMailEventsNeeds } from '../shared/routes/consumer-needs.ts';
import { recordDeliveryProblem } from '../shared/use-cases/record-delivery-problem.ts';

/**
 * Fed by the topic SES's configuration set publishes bounces and complaints to: each is recorded on the
 * application whose e-mail it was, so its social service sees who did not get the e-mail. An event that is not
 * a bounce or complaint of one of our e-mails is skipped with a log line. When recording fails (the table did not
 * answer), the other records are still done and the invocation then fails, so Lambda delivers the event again;
 * what was recorded is recorded once however often it comes. Log lines name ids and outcomes, never an address.
 */
export const makeHandler = (loadPorts: () => Promise<Pick<Ports, 'applications'>>) =>
  middy<SNSEvent, void>()
    .use(logContext())
    .handler(async (event) => {
      let failed = 0;
      for (const record of event.Records) {
        if (!(await recordOne(record, loadPorts))) failed += 1;
      }
      if (failed > 0) throw new Error(`${failed} of ${event.Records.length} mail events could not be recorded`);
    });

/** Built with the ports of this process; tests build it with ports of their own (`makeHandler`). */
export const handler = makeHandler(() => getDeclaredPorts(recordMailEventsNeeds));

/** False when the event should be delivered again. */
async function recordOne(
  record: SNSEventRecord,
  loadPorts: () => Promise<Pick<Ports, 'applications'>>,
): Promise<boolean> {
  const notificationId = record.Sns?.MessageId;
  const parsed = parseMailEvent(record.Sns?.Message ?? '');
  if (parsed.outcome === 'skipped') {
    const { outcome: _outcome, ...details } = parsed;
    log('info', { event: 'mail-event-skipped', notificationId, ...details });
    return true;
  }
  const { reference, kind } = parsed.report;
  try {
    const outcome = await recordDeliveryProblem(await loadPorts(), parsed.report);
    log('info', { event: 'mail-event', outcome, kind, reference, notificationId, messageId: parsed.messageId });
    return true;
  } catch (error) {
    const name = error instanceof Error ? error.name : 'Error';
    log('error', { event: 'mail-event-not-recorded', kind, reference, notificationId, name });
    return false;
  }
}

function log(level: 'info' | 'error', { event, ...fields }: { event: string } & Record<string, unknown>): void {
  logger[level](event, fields);
}
