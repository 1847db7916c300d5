import type { Context, DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { publicationWakeUps } from '../shared/adapters/dynamodb/publication-records.ts';
import { getDeclaredPorts } from '../shared/composition.ts';
import { readConfig } from '../shared/config.ts';
import { logger } from '../shared/logging/logger.ts';
import type { Ports } from '../shared/ports/index.ts';
import { publishResultsNeeds } from '../shared/routes/consumer-needs.ts';
import { advancePublication } from '../shared/use-cases/selection/publication-job.ts';

/**
 * Fed by the table's stream: the publication job (`publication-job.ts`). Every change of a run whose publication is
 * under way takes the job's next bounded step, whose own stored progress is the change that brings the step after
 * it, until every result is recorded and e-mailed. A step that fails stores its failure, which brings the next
 * attempt after a wait; only when even that cannot be stored is the record reported failed, for Lambda to deliver
 * again (and, once its retries are spent, to the alarmed failure queue; publishing again then goes on).
 */
export const handler = makeHandler(() => getDeclaredPorts(publishResultsNeeds));

/** The consumer with the ports it is given: the process's own in `handler`, a test's own in tests. */
export function makeHandler(loadPorts: () => Promise<Ports>) {
  return async (event: DynamoDBStreamEvent, context: Context): Promise<DynamoDBBatchResponse> => {
    logger.addContext(context);
    const wakeUps = publicationWakeUps(event);
    if (wakeUps.length === 0) return { batchItemFailures: [] };
    const ports = await loadPorts();
    const driver = {
      // A shard's batches are handed over one after another: every attempt of this consumer is one holder.
      holder: 'stream',
      attempt: context.awsRequestId,
      webUrl: readConfig('web').PUBLIC_WEB_URL,
      ratePerSecond: readConfig('mail').MAIL_RATE_PER_SECOND,
      now: () => new Date(),
      sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
    };
    const failed: string[] = [];
    for (const { roundId, sequenceNumber } of wakeUps) {
      try {
        const step = await advancePublication(ports, roundId, driver);
        if (step.outcome === 'stepped' && step.error !== undefined) {
          // Names only: an error's message can hold an e-mail address.
          logger.warn('publication-step-failed', {
            sequenceNumber,
            failures: step.progress.failures,
            name: nameOf(step.error),
          });
        }
      } catch (error) {
        logger.error('publication-step-not-stored', { sequenceNumber, name: nameOf(error) });
        failed.push(sequenceNumber);
      }
    }
    return { batchItemFailures: failed.map((itemIdentifier) => ({ itemIdentifier })) };
  };
}

function nameOf(error: unknown): string {
  return error instanceof Error ? error.name : 'Error';
}
