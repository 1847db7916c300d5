import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { applicationChanges } from '../shared/adapters/dynamodb/stream-records.ts';
import { getPorts } from '../shared/composition.ts';
import { readConfig } from '../shared/config.ts';
import { isNewlySubmitted, sendReceipt } from '../shared/use-cases/send-receipt.ts';

/**
 * Fed by the table's stream: e-mails follow stored changes, so every stored application gets its e-mail. On
 * a failure the rest of the batch is handed back from that record on, keeping the order of a stream shard.
 */
export const handler = async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
  for (const change of applicationChanges(event)) {
    if (!isNewlySubmitted(change)) continue;
    try {
      await sendReceipt(await getPorts(), change.after, readConfig('web').PUBLIC_WEB_URL);
    } catch (error) {
      const name = error instanceof Error ? error.name : 'Error';
      console.error(
        JSON.stringify({ level: 'error', event: 'receipt-not-sent', sequenceNumber: change.sequenceNumber, name }),
      );
      return { batchItemFailures: [{ itemIdentifier: change.sequenceNumber }] };
    }
  }
  return { batchItemFailures: [] };
};
