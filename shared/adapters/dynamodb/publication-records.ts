import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import * as z from 'zod/mini';
import { PublicationProgressSchema } from '../../schemas/selection-api.ts';

/** A round whose publication job a batch of stream records calls on, with the first record that did. */
export interface PublicationWakeUp {
  roundId: string;
  sequenceNumber: string;
}

const RunHeaderSchema = z.object({
  pk: z.string().check(z.startsWith('ROUND#')),
  sk: z.string().check(z.startsWith('RUN#')),
  roundId: z.string(),
  publication: z.optional(PublicationProgressSchema),
});

/**
 * The rounds whose publication job is unfinished after a batch's changes: each change of a run's header that leaves
 * its publication under way (publishing started, a step's progress stored, a nudge) calls on the job once per
 * batch, named by its first such record. Every other change is skipped.
 */
export function publicationWakeUps(event: DynamoDBStreamEvent): PublicationWakeUp[] {
  const wakeUps = new Map<string, PublicationWakeUp>();
  for (const record of event.Records) {
    const image = record.dynamodb?.NewImage;
    const sequenceNumber = record.dynamodb?.SequenceNumber;
    if (!image || !sequenceNumber) continue;
    const header = RunHeaderSchema.safeParse(unmarshall(image as Record<string, AttributeValue>));
    if (!header.success || !header.data.publication || header.data.publication.finishedAt) continue;
    if (!wakeUps.has(header.data.roundId))
      wakeUps.set(header.data.roundId, { roundId: header.data.roundId, sequenceNumber });
  }
  return [...wakeUps.values()];
}
