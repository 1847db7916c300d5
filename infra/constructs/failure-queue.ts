import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledge } from '../nag.ts';

export interface FailureQueueSubscriptionProps {
  readonly consumer: LambdaFunction;
  /** @default RemovalPolicy.RETAIN */
  readonly queueRemovalPolicy?: RemovalPolicy;
}

/**
 * A function fed by an event source (a table's stream, a topic), with a queue for the events it could not
 * process. The subclass connects the source and says how often an event is retried before it lands in the queue.
 */
export abstract class FailureQueueSubscription extends Construct {
  readonly failures: Queue;

  constructor(scope: Construct, id: string, props: FailureQueueSubscriptionProps) {
    super(scope, id);
    this.failures = failureQueue(this, props.queueRemovalPolicy ?? RemovalPolicy.RETAIN);
  }
}

/**
 * Where a consumer's events go once its retries are spent: an encrypted, TLS-only queue that keeps them 14 days
 * to be looked at and replayed. Its depth is alarmed (OperationsAlarms.watchFailures).
 */
function failureQueue(scope: Construct, removalPolicy: RemovalPolicy): Queue {
  const queue = new Queue(scope, 'Failures', {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
    removalPolicy,
  });
  acknowledge(queue, {
    'AwsSolutions-SQS3':
      'This queue is itself an on-failure destination; its depth raises an alarm, and nothing consumes it ' +
      'automatically, so it needs no dead-letter queue of its own.',
  });
  return queue;
}
