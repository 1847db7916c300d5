import { Stack } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';

export interface ServiceTopicProps {
  readonly displayName: string;
  readonly encryptionKey: IKey;
  /** The AWS service that publishes into the topic, e.g. `ses.amazonaws.com`. */
  readonly publisher: string;
}

/**
 * An encrypted topic that an AWS service publishes into. The service publishes under its own principal, so the
 * key lets that principal use it, for this account only.
 */
export function serviceTopic(scope: Construct, id: string, props: ServiceTopicProps): Topic {
  const topic = new Topic(scope, id, {
    displayName: props.displayName,
    masterKey: props.encryptionKey,
    enforceSSL: true,
  });
  props.encryptionKey.addToResourcePolicy(
    new PolicyStatement({
      principals: [new ServicePrincipal(props.publisher)],
      actions: ['kms:GenerateDataKey*', 'kms:Decrypt'],
      resources: ['*'],
      conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(scope).account } },
    }),
  );
  return topic;
}
