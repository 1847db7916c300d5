import { ArnFormat, Duration, type RemovalPolicy, Stack } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

/** How a stack's log groups keep their entries: for how long, under which key, and what happens on removal. */
export interface LogSettings {
  readonly retention: RetentionDays;
  readonly removalPolicy: RemovalPolicy;
  readonly encryptionKey: Key;
}

export interface LogsKeyProps {
  /** Follows the log groups': a key must outlive every log group it encrypts. */
  readonly removalPolicy: RemovalPolicy;
}

/**
 * A customer-managed key for the log groups of one stack. Logs carry no personal data by design, but they do
 * carry request ids, IP addresses and route keys, and a key of our own means reading them needs both the logs
 * permission and this key. CloudWatch Logs encrypts with it only for log groups of this account and region.
 */
export class LogsKey extends Construct {
  readonly key: Key;

  constructor(scope: Construct, id: string, props: LogsKeyProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.key = new Key(this, 'Key', {
      description: `${stack.stackName}: log groups`,
      enableKeyRotation: true,
      pendingWindow: Duration.days(30),
      removalPolicy: props.removalPolicy,
    });
    this.key.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal(`logs.${stack.region}.${stack.urlSuffix}`)],
        actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
        resources: ['*'],
        conditions: {
          ArnLike: {
            'kms:EncryptionContext:aws:logs:arn': stack.formatArn({
              service: 'logs',
              resource: 'log-group',
              resourceName: '*',
              arnFormat: ArnFormat.COLON_RESOURCE_NAME,
            }),
          },
        },
      }),
    );
  }
}
