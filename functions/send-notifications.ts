import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { type ApplicationChangeRecord, applicationChanges } from '../shared/adapters/dynamodb/stream-records.ts';
import { getDeclaredPorts } from '../shared/composition.ts';
import { readConfig } from '../shared/config.ts';
import { logger } from '../shared/logging/logger.ts';
import type { Ports } from '../shared/ports/index.ts';
import { sendNotificationsNeeds } from '../shared/routes/consumer-needs.ts';
import { type Delivery, EmailsNotSent, type RecipientOutcome } from '../shared/use-cases/notify-recipients.ts';
import { isNewlySavedDraft, sendDraftSaved } from '../shared/use-cases/send-draft-saved.ts';
import { isNewlySubmitted, sendReceipt } from '../shared/use-cases/send-receipt.ts';
import { isNewResult, sendResult } from '../shared/use-cases/send-result.ts';

/**
 * Time kept back for answering: a record not started by then is reported failed rather than cut off by the
 * function's timeout, which would fail the whole batch and give no partial answer at all.
 */
const ANSWER_RESERVE_MS = 2_000;

/**
 * Fed by the table's stream: e-mails follow stored changes, so every stored application gets its receipt and
 * every published result reaches the person. Every record of the batch is tried, and every record whose e-mail
 * failed is reported (a partial batch response). Lambda then delivers the batch again from the earliest reported
 * record; the e-mails of the later records that went out already are found sent in the ledger and not sent again.
 * So one e-mail that cannot be sent or recorded holds up no other application's e-mail in the batch.
 */
export const handler = makeHandler(() => getDeclaredPorts(sendNotificationsNeeds));

/** The consumer with the ports it is given: the process's own in `handler`, a test's own in tests. */
export function makeHandler(loadPorts: () => Promise<Ports>) {
  return (event: DynamoDBStreamEvent, context: Context) => notifyBatch(loadPorts, event, context);
}

async function notifyBatch(
  loadPorts: () => Promise<Ports>,
  event: DynamoDBStreamEvent,
  context: Context,
): Promise<DynamoDBBatchResponse> {
  logger.addContext(context);
  const delivery: Delivery = { webUrl: readConfig('web').PUBLIC_WEB_URL, attempt: context.awsRequestId };
  const ports = await loadPorts();
  const failed: string[] = [];
  const notTried: string[] = [];
  // A person's later change waits for their earlier one, so a receipt never comes after the result it precedes.
  const heldBack = new Set<string>();
  for (const record of event.Records) {
    const sequenceNumber = record.dynamodb?.SequenceNumber;
    if (!sequenceNumber) throw new Error('A stream record has no sequence number');
    if (context.getRemainingTimeInMillis() < ANSWER_RESERVE_MS) notTried.push(sequenceNumber);
    else if (!(await notifyChange(ports, delivery, record, sequenceNumber, heldBack))) failed.push(sequenceNumber);
  }
  // Not an error: those records come again in the next delivery. One line a batch, however many a herd leaves.
  if (notTried.length > 0) {
    log('warn', { event: 'notifications-not-tried', reason: 'time-up', from: notTried[0], records: notTried.length });
  }
  return { batchItemFailures: [...failed, ...notTried].map((itemIdentifier) => ({ itemIdentifier })) };
}

/** Sends what one record calls for; false when it must be delivered again. */
async function notifyChange(
  ports: Ports,
  delivery: Delivery,
  record: DynamoDBRecord,
  sequenceNumber: string,
  heldBack: Set<string>,
): Promise<boolean> {
  let changes: ApplicationChangeRecord[];
  try {
    // One record at a time, so an image that cannot be read fails its own record and no other.
    changes = applicationChanges({ Records: [record] });
  } catch (error) {
    log('error', { event: 'change-not-read', sequenceNumber, name: errorName(error) });
    return false;
  }
  for (const change of changes) {
    const reference = change.after?.reference ?? change.before?.reference;
    if (reference && heldBack.has(reference)) {
      log('warn', { event: 'notification-held-back', sequenceNumber });
      return false;
    }
    for (const email of dueEmails(change)) {
      try {
        logOutcomes(email.kind, sequenceNumber, await email.send(ports, delivery));
      } catch (error) {
        if (error instanceof EmailsNotSent) logOutcomes(email.kind, sequenceNumber, error.outcomes);
        // Names only: an error's message can hold an e-mail address.
        const names = error instanceof EmailsNotSent ? error.failures.map((item) => errorName(item.error)) : [];
        log('error', { event: `${email.kind}-not-sent`, sequenceNumber, name: errorName(error), causes: names });
        if (reference) heldBack.add(reference);
        return false;
      }
    }
  }
  return true;
}

interface DueEmail {
  kind: 'draft-saved' | 'receipt' | 'result';
  send(ports: Ports, delivery: Delivery): Promise<RecipientOutcome[]>;
}

/** The e-mails one change calls for, receipt first: a change may in principle both submit and publish. */
function dueEmails(change: ApplicationChangeRecord): DueEmail[] {
  const due: DueEmail[] = [];
  if (isNewlySavedDraft(change)) {
    const application = change.after;
    due.push({ kind: 'draft-saved', send: (ports, delivery) => sendDraftSaved(ports, application, delivery) });
  }
  if (isNewlySubmitted(change)) {
    const application = change.after;
    due.push({ kind: 'receipt', send: (ports, delivery) => sendReceipt(ports, application, delivery) });
  }
  if (isNewResult(change)) {
    const application = change.after;
    due.push({ kind: 'result', send: (ports, delivery) => sendResult(ports, application, delivery) });
  }
  return due;
}

/** What an operator needs to know: e-mails sent but not recorded, which a replay of the change would send again. */
function logOutcomes(kind: DueEmail['kind'], sequenceNumber: string, outcomes: readonly RecipientOutcome[]): void {
  for (const { recipient, outcome } of outcomes) {
    if (outcome === 'sent-not-recorded') {
      log('warn', { event: `${kind}-${outcome}`, sequenceNumber, recipient });
    }
  }
}

/** Lines name the record, the e-mail's kind and the recipient's role, never an address. */
function log(level: 'warn' | 'error', { event, ...fields }: { event: string } & Record<string, unknown>): void {
  logger[level](event, fields);
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'Error';
}
