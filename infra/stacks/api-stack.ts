import { CfnOutput, type RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { routes, streamConsumers } from '../../shared/routes.ts';
import { needsOf } from '../constructs/function-needs.ts';
import { constructIdOf, HandlerFunction } from '../constructs/handler-function.ts';
import { IntakeHttpApi } from '../constructs/intake-http-api.ts';
import type { StaffTokenSettings } from '../constructs/staff-user-pool.ts';
import { TableStreamSubscription } from '../constructs/table-stream-subscription.ts';
import { useAppSecret, useNeeds, useWebUrl } from '../constructs/wiring.ts';
import type { Throttle } from '../stages.ts';

export interface ApiStackProps extends StackProps {
  readonly table: ITable;
  /** The append-only audit log of staff requests. */
  readonly auditTable: ITable;
  readonly bucket: IBucket;
  readonly appSecret: ISecret;
  /** Sender address for applicant e-mail (a verified SES identity). */
  readonly mailFrom: string;
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
 * and path, plus the stream consumers. Each function gets exactly the access `function-needs.ts` lists,
 * the audit table and the staff token settings included.
 */
export class ApiStack extends Stack {
  readonly httpApi: IntakeHttpApi;
  /** Every deployed function by handler name. */
  readonly functions: ReadonlyMap<string, HandlerFunction>;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const functions = new Map<string, HandlerFunction>();
    const deploy = (handler: string): HandlerFunction => {
      const deployed = new HandlerFunction(this, constructIdOf(handler), {
        handler,
        logRetention: props.logRetention,
        logRemovalPolicy: props.removalPolicy,
      });
      useNeeds(deployed.function, needsOf(handler), props);
      useWebUrl(deployed.function, props.publicWebUrl);
      useAppSecret(deployed.function, props.appSecret);
      functions.set(handler, deployed);
      return deployed;
    };

    this.httpApi = new IntakeHttpApi(this, 'Http', {
      throttle: props.throttle,
      staffThrottle: props.staffThrottle,
      logRetention: props.logRetention,
      logRemovalPolicy: props.removalPolicy,
      apiName: `${this.stackName}-http`,
    });
    // Staff routes have no gateway authorizer: their functions verify the token themselves, so that a refused
    // request is audited too (see IntakeHttpApi.addRoute).
    for (const route of routes) {
      this.httpApi.addRoute(route, deploy(route.handler).function);
    }
    for (const { handler } of streamConsumers) {
      new TableStreamSubscription(this, `${constructIdOf(handler)}Stream`, {
        table: props.table,
        consumer: deploy(handler).function,
        queueRemovalPolicy: props.removalPolicy,
      });
    }
    this.functions = functions;

    new CfnOutput(this, 'ApiUrl', { value: this.httpApi.url, description: 'Base URL of the intake API' });
  }
}
