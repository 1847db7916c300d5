import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { LambdaSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';
import { FailureQueueSubscription, type FailureQueueSubscriptionProps } from './failure-queue.ts';

export interface TopicSubscriptionProps extends FailureQueueSubscriptionProps {
  readonly topic: ITopic;
}

/**
 * Feeds a topic to a function. SNS invokes the function asynchronously; Lambda retries a failed event twice and
 * then records it in an encrypted queue, which is alarmed, instead of dropping it.
 */
export class TopicSubscription extends FailureQueueSubscription {
  constructor(scope: Construct, id: string, props: TopicSubscriptionProps) {
    super(scope, id, props);
    props.consumer.configureAsyncInvoke({ retryAttempts: 2, onFailure: new SqsDestination(this.failures) });
    props.topic.addSubscription(new LambdaSubscription(props.consumer));
  }
}
