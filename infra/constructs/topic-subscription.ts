import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { LambdaSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledge } from '../nag.ts';

export interface TopicSubscriptionProps {
  readonly topic: ITopic;
  readonly consumer: LambdaFunction;
  /** @default RemovalPolicy.RETAIN */
  readonly queueRemovalPolicy?: RemovalPolicy;
}

/**
 * Feeds a topic to a function. SNS invokes the function asynchronously; Lambda retries a failed event twice and
 * then records it in an encrypted queue, which is alarmed, instead of dropping it.
 */
export class TopicSubscription extends Construct {
  readonly failures: Queue;

  constructor(scope: Construct, id: string, props: TopicSubscriptionProps) {
    super(scope, id);
    this.failures = new Queue(this, 'Failures', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
      removalPolicy: props.queueRemovalPolicy ?? RemovalPolicy.RETAIN,
    });
    acknowledge(this.failures, {
      'AwsSolutions-SQS3':
        "This queue is itself the function's on-failure destination; its depth raises an alarm, and nothing " +
        'consumes it automatically, so it needs no dead-letter queue of its own.',
    });
    props.consumer.configureAsyncInvoke({ retryAttempts: 2, onFailure: new SqsDestination(this.failures) });
    props.topic.addSubscription(new LambdaSubscription(props.consumer));
  }
}
