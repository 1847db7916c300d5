import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { Construct } from 'constructs';
import { FailureQueueSubscription, type FailureQueueSubscriptionProps } from './failure-queue.ts';

/** The consumer must answer with `batchItemFailures`. */
export interface TableStreamSubscriptionProps extends FailureQueueSubscriptionProps {
  /** The table whose stream feeds the function; it must have a stream. */
  readonly table: ITable;
  /** @default 10 */
  readonly batchSize?: number;
  /** @default 5 */
  readonly retryAttempts?: number;
  /**
   * Only changes of items whose sort key `sk` starts so invoke the function (an event filter); the others never
   * cost an invocation. @default - every change
   */
  readonly sortKeyPrefix?: string;
}

/**
 * Feeds a table's stream to a function, oldest record first. A failing batch is split to find the bad record,
 * retried a bounded number of times, and then recorded in an encrypted queue instead of blocking the shard.
 * The queue holds only the position of the failed records, not their contents.
 *
 * How the pieces fit the e-mail consumer: it tries every record and answers with the ones that failed; Lambda
 * checkpoints before the earliest of them and delivers the rest of the batch again (bisected there), so records
 * after it come twice and must be no-ops for what went out, which the notification ledger makes them. A function
 * error or timeout (no answer at all) splits the batch in two instead. One shard's batches go to one invocation
 * at a time, so a retry finds the attempt before it over and takes over its unfinished e-mails at once: a crash
 * costs one retry, not the retry budget. Five retries then cover a short SES or DynamoDB outage; a record that
 * still fails (a permanent fault) goes to the failure queue, whose depth raises an alarm, and is never dropped
 * silently.
 */
export class TableStreamSubscription extends FailureQueueSubscription {
  constructor(scope: Construct, id: string, props: TableStreamSubscriptionProps) {
    super(scope, id, props);
    props.consumer.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: props.batchSize ?? 10,
        retryAttempts: props.retryAttempts ?? 5,
        bisectBatchOnError: true,
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(this.failures),
        ...(props.sortKeyPrefix && {
          filters: [
            FilterCriteria.filter({ dynamodb: { Keys: { sk: { S: FilterRule.beginsWith(props.sortKeyPrefix) } } } }),
          ],
        }),
      }),
    );
  }
}
