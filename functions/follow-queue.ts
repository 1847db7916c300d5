import middy from '@middy/core';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { anonymisedReferences, applicationChanges } from '../shared/adapters/dynamodb/stream-records.ts';
import { getDeclaredPorts } from '../shared/composition.ts';
import { logContext, logger } from '../shared/logging/logger.ts';
import type { ApplicationChange } from '../shared/ports/application-repository.ts';
import type { Ports } from '../shared/ports/index.ts';
import { followQueueNeeds } from '../shared/routes/consumer-needs.ts';
import { followQueue } from '../shared/use-cases/follow-queue.ts';

/**
 * Fed by the table's stream: the staff queue follows every stored change of an application, a batch at a time
 * (its counts are written once a batch, not once a submission). A record whose image cannot be read is reported
 * failed and the others are followed; Lambda then delivers the batch again from that record, and what was followed
 * already changes nothing the second time. When the table does not answer, the invocation fails and the batch
 * comes again, whole or halved.
 */
export const makeHandler = (loadPorts: () => Promise<Pick<Ports, 'applications'>>) =>
  middy<DynamoDBStreamEvent, DynamoDBBatchResponse>()
    .use(logContext())
    .handler(async (event) => {
      const changes: ApplicationChange[] = [];
      const unreadable: string[] = [];
      for (const record of event.Records) {
        try {
          // One record at a time, so an image that cannot be read fails its own record and no other.
          for (const { after, before } of applicationChanges({ Records: [record] })) {
            const reference = (after ?? before)?.reference;
            if (reference) changes.push({ reference, after });
          }
          // An application whose personal data was removed leaves the queue.
          for (const reference of anonymisedReferences({ Records: [record] })) changes.push({ reference });
        } catch (error) {
          const sequenceNumber = record.dynamodb?.SequenceNumber ?? '';
          logger.error('queue-change-not-read', { sequenceNumber, name: (error as Error).name });
          unreadable.push(sequenceNumber);
        }
      }
      await followQueue(await loadPorts(), changes);
      return { batchItemFailures: unreadable.map((itemIdentifier) => ({ itemIdentifier })) };
    });

/** Built with the ports of this process; tests build it with ports of their own (`makeHandler`). */
export const handler = makeHandler(() => getDeclaredPorts(followQueueNeeds));
