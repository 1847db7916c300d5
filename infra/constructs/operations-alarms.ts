import { Duration, Stack } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, type IMetric, Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { serviceTopic } from './service-topic.ts';

export interface OperationsAlarmsProps {
  /** Encrypts the alarm topic. */
  readonly encryptionKey: IKey;
  /** Who is e-mailed when an alarm goes off. @default - nobody yet: subscribe to the topic later */
  readonly alarmEmail?: string;
}

/**
 * SES reviews an account whose bounce rate reaches 5 % and may pause sending at 10 %; complaints are reviewed at
 * 0.1 %. The alarms go off at the review level, while there is time to act.
 */
const BOUNCE_RATE_LIMIT = 0.05;
const COMPLAINT_RATE_LIMIT = 0.001;

/**
 * Alarms for what needs a person: a function failing or throttled, an event that could not be processed
 * (a non-empty on-failure queue), and the applicant e-mail bounce and complaint rates. Every alarm notifies one
 * encrypted topic.
 */
export class OperationsAlarms extends Construct {
  readonly topic: Topic;
  readonly #action: SnsAction;

  constructor(scope: Construct, id: string, props: OperationsAlarmsProps) {
    super(scope, id);
    this.topic = serviceTopic(this, 'Topic', {
      displayName: `${Stack.of(this).stackName} alarms`,
      encryptionKey: props.encryptionKey,
      publisher: 'cloudwatch.amazonaws.com',
    });
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));
    this.#action = new SnsAction(this.topic);

    this.#alarm('MailBounceRate', {
      metric: sesReputation('Reputation.BounceRate'),
      threshold: BOUNCE_RATE_LIMIT,
      description: `Applicant e-mail bounce rate is at least ${BOUNCE_RATE_LIMIT * 100} %: check the addresses being entered.`,
    });
    this.#alarm('MailComplaintRate', {
      metric: sesReputation('Reputation.ComplaintRate'),
      threshold: COMPLAINT_RATE_LIMIT,
      description: `Applicant e-mail complaint rate is at least ${COMPLAINT_RATE_LIMIT * 100} %.`,
    });
  }

  /** A function's errors and throttles, each in any five minutes. */
  watchFunction(name: string, fn: IFunction): void {
    this.#alarm(`${name}Errors`, {
      metric: fn.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
      threshold: 1,
      description: `${name} failed: see its log group.`,
    });
    this.#alarm(`${name}Throttles`, {
      metric: fn.metricThrottles({ period: Duration.minutes(5), statistic: 'Sum' }),
      threshold: 1,
      description: `${name} was throttled: the account's concurrency is exhausted.`,
    });
  }

  /** An on-failure queue: anything in it is an event that was given up on. */
  watchFailures(name: string, queue: IQueue): void {
    this.#alarm(`${name}Failures`, {
      metric: queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }),
      threshold: 1,
      description: `${name} gave up on events; they are kept in the queue to be looked at and replayed.`,
    });
  }

  #alarm(id: string, options: { metric: IMetric; threshold: number; description: string }): void {
    const alarm = new Alarm(this, id, {
      metric: options.metric,
      threshold: options.threshold,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: options.description,
    });
    alarm.addAlarmAction(this.#action);
  }
}

/** An account-wide SES reputation rate, which SES publishes about hourly. */
function sesReputation(metricName: string): Metric {
  return new Metric({ namespace: 'AWS/SES', metricName, statistic: 'Maximum', period: Duration.hours(1) });
}
