import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { acknowledge } from '../nag.ts';

/**
 * Where a consumer's events go once its retries are spent: an encrypted, TLS-only queue that keeps them 14 days
 * to be looked at and replayed. Its depth is alarmed (OperationsAlarms.watchFailures).
 */
export function failureQueue(scope: Construct, removalPolicy: RemovalPolicy): Queue {
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
