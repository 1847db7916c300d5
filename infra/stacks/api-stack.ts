import { CfnOutput, Duration, NestedStack, type RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { type ITable, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import {
  mailEventConsumers,
  routes,
  type StreamConsumer,
  scheduledJobs,
  streamConsumers,
} from '../../shared/routes.ts';
import { needsOf } from '../constructs/function-needs.ts';
import { constructIdOf, HandlerFunction } from '../constructs/handler-function.ts';
import { IntakeHttpApi } from '../constructs/intake-http-api.ts';
import { JobSchedule } from '../constructs/job-schedule.ts';
import { type LogSettings, LogsKey } from '../constructs/logs-key.ts';
import { OperationsAlarms } from '../constructs/operations-alarms.ts';
import { OriginSecret } from '../constructs/origin-secret.ts';
import type { StaffTokenSettings } from '../constructs/staff-user-pool.ts';
import { TableStreamSubscription } from '../constructs/table-stream-subscription.ts';
import { TopicSubscription } from '../constructs/topic-subscription.ts';
import { useAppSecret, useNeeds, useOriginSecret, useWebUrl } from '../constructs/wiring.ts';
import type { Throttle } from '../stages.ts';
import type { DataNames } from './data-stack.ts';

export interface ApiStackProps extends StackProps {
  /** The applications table: its stream feeds the notifications. */
  readonly table: ITable;
  /** Physical names of the data stack's tables and bucket, which the functions' policies name. */
  readonly dataNames: DataNames;
  /** The data stack's key, for the tables and the documents. */
  readonly dataKey: IKey;
  readonly appSecret: ISecret;
  /** Sender address for applicant e-mail (a verified SES identity). */
  readonly mailFrom: string;
  /** The SES configuration set every applicant e-mail is sent with. */
  readonly mailConfigurationSet: string;
  /** E-mails per second the account may send: publishing results is paced to it. */
  readonly mailRatePerSecond: number;
  /** Where SES publishes bounces and complaints. */
  readonly mailEvents: ITopic;
  /** Who is e-mailed when an alarm goes off. */
  readonly alarmEmail: string | undefined;
  /** Base URL of the web app, for links in e-mail. */
  readonly publicWebUrl: string;
  /** Where staff tokens come from: the staff functions verify them against this. */
  readonly staffAuth: StaffTokenSettings;
  /** Every public route's limit (the stage default). */
  readonly throttle: Throttle;
  /** Each staff route's own limit. */
  readonly staffThrottle: Throttle;
  readonly logRetention: RetentionDays;
  /** For the log groups and the failed-batch queue; they hold no application data. */
  readonly removalPolicy: RemovalPolicy;
}

/**
 * The stateless half: one function per row of the route table behind an HTTP API route with the same method
 * and path, plus the stream consumers and the scheduled jobs. Each function gets exactly the access its declaration's `needs` lists,
 * the audit table and the staff token settings included.
 */
export class ApiStack extends Stack {
  readonly httpApi: IntakeHttpApi;
  readonly alarms: OperationsAlarms;
  /** The secret whose value CloudFront must send in `x-origin-verify`; the web stack reads it by this name. */
  readonly originSecretName: string;
  /** Every deployed function by handler name. */
  readonly functions: ReadonlyMap<string, HandlerFunction>;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const operationsKey = new LogsKey(this, 'LogsKey', { removalPolicy: props.removalPolicy }).key;
    const logs: LogSettings = {
      retention: props.logRetention,
      removalPolicy: props.removalPolicy,
      encryptionKey: operationsKey,
    };
    // The alarms (two a function) live in a stack nested in this one: CloudFormation takes at most 500 resources a
    // stack, and the functions with their roles, logs and routes come near that on their own.
    const monitoring = new NestedStack(this, 'Monitoring', {
      description: `${this.stackName}: alarms of the functions and queues, and the topic they notify`,
    });
    this.alarms = new OperationsAlarms(monitoring, 'Alarms', {
      encryptionKey: operationsKey,
      ...(props.alarmEmail && { alarmEmail: props.alarmEmail }),
    });
    // The data stack's tables and bucket, named from here so that every policy reads the same in every template.
    const resources = {
      ...props,
      table: TableV2.fromTableAttributes(this, 'ApplicationsTable', {
        tableName: props.dataNames.applicationsTable,
        encryptionKey: props.dataKey,
        grantIndexPermissions: true,
      }),
      auditTable: TableV2.fromTableAttributes(this, 'AuditTable', {
        tableName: props.dataNames.auditTable,
        encryptionKey: props.dataKey,
      }),
      bucket: Bucket.fromBucketAttributes(this, 'DocumentsBucket', {
        bucketName: props.dataNames.documentsBucket,
        encryptionKey: props.dataKey,
      }),
    };
    this.originSecretName = `${this.stackName}/origin-verify`;
    const originSecret = new OriginSecret(this, 'OriginSecret', {
      secretName: this.originSecretName,
      removalPolicy: props.removalPolicy,
    }).secret;
    const functions = new Map<string, HandlerFunction>();
    const deploy = (handler: string, timeoutSeconds?: number): HandlerFunction => {
      const deployed = new HandlerFunction(this, constructIdOf(handler), {
        handler,
        logs,
        ...(timeoutSeconds && { timeout: Duration.seconds(timeoutSeconds) }),
      });
      useNeeds(deployed.function, needsOf(handler), resources);
      useWebUrl(deployed.function, props.publicWebUrl);
      useAppSecret(deployed.function, props.appSecret);
      this.alarms.watchFunction(constructIdOf(handler), deployed.function);
      functions.set(handler, deployed);
      return deployed;
    };

    this.httpApi = new IntakeHttpApi(this, 'Http', {
      throttle: props.throttle,
      staffThrottle: props.staffThrottle,
      logs,
      staffAuth: props.staffAuth,
      apiName: `${this.stackName}-http`,
    });
    for (const route of routes) {
      const { function: fn } = deploy(route.handler);
      useOriginSecret(fn, originSecret);
      this.httpApi.addRoute(route, fn);
    }
    for (const consumer of streamConsumers as readonly StreamConsumer[]) {
      const { handler } = consumer;
      const subscription = new TableStreamSubscription(this, `${constructIdOf(handler)}Stream`, {
        table: props.table,
        consumer: deploy(handler, consumer.timeoutSeconds).function,
        queueRemovalPolicy: props.removalPolicy,
        ...(consumer.batchSize && { batchSize: consumer.batchSize }),
        ...(consumer.sortKeyPrefix && { sortKeyPrefix: consumer.sortKeyPrefix }),
      });
      this.alarms.watchFailures(constructIdOf(handler), subscription.failures);
    }
    for (const { handler } of mailEventConsumers) {
      const subscription = new TopicSubscription(this, `${constructIdOf(handler)}Topic`, {
        topic: props.mailEvents,
        consumer: deploy(handler).function,
        queueRemovalPolicy: props.removalPolicy,
      });
      this.alarms.watchFailures(constructIdOf(handler), subscription.failures);
    }
    for (const job of scheduledJobs) {
      const { function: fn } = deploy(job.handler, job.timeoutSeconds);
      new JobSchedule(this, `${constructIdOf(job.handler)}Schedule`, { job: fn, expression: job.schedule });
    }
    this.functions = functions;

    new CfnOutput(this, 'ApiUrl', { value: this.httpApi.url, description: 'Base URL of the intake API' });
  }
}
