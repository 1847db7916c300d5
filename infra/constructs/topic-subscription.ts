import { RemovalPolicy } from 'aws-cdk-lib';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { LambdaSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { failureQueue } from './failure-queue.ts';

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
    this.failures = failureQueue(this, props.queueRemovalPolicy ?? RemovalPolicy.RETAIN);
    props.consumer.configureAsyncInvoke({ retryAttempts: 2, onFailure: new SqsDestination(this.failures) });
    props.topic.addSubscription(new LambdaSubscription(props.consumer));
  }
}
