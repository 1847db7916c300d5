import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { type ApplicationChangeRecord, applicationChanges } from '../shared/adapters/dynamodb/stream-records.ts';
import { getPorts } from '../shared/composition.ts';
import { readConfig } from '../shared/config.ts';
import type { Ports } from '../shared/ports/index.ts';
import { isNewlySubmitted, sendReceipt } from '../shared/use-cases/send-receipt.ts';
import { isNewResult, sendResult } from '../shared/use-cases/send-result.ts';

/**
 * Fed by the table's stream: e-mails follow stored changes, so every stored application gets its receipt and
 * every published result reaches the person. On a failure the rest of the batch is handed back from that record
 * on, keeping the order of a stream shard; e-mails of that record that went out already are not sent again.
 */
export const handler = async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
  for (const change of applicationChanges(event)) {
    for (const email of dueEmails(change)) {
      try {
        await email.send(await getPorts(), readConfig('web').PUBLIC_WEB_URL);
      } catch (error) {
        const name = error instanceof Error ? error.name : 'Error';
        const sequenceNumber = change.sequenceNumber;
        console.error(JSON.stringify({ level: 'error', event: `${email.kind}-not-sent`, sequenceNumber, name }));
        return { batchItemFailures: [{ itemIdentifier: sequenceNumber }] };
      }
    }
  }
  return { batchItemFailures: [] };
};

interface DueEmail {
  kind: 'receipt' | 'result';
  send(ports: Ports, webUrl: string): Promise<void>;
}

/** The e-mails one change calls for, receipt first: a change may in principle both submit and publish. */
function dueEmails(change: ApplicationChangeRecord): DueEmail[] {
  const due: DueEmail[] = [];
  if (isNewlySubmitted(change)) {
    const application = change.after;
    due.push({ kind: 'receipt', send: (ports, webUrl) => sendReceipt(ports, application, webUrl) });
  }
  if (isNewResult(change)) {
    const application = change.after;
    due.push({ kind: 'result', send: (ports, webUrl) => sendResult(ports, application, webUrl) });
  }
  return due;
}
