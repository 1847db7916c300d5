import { Duration } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { acknowledge } from '../nag.ts';
import { bundlingOf } from './bundling.ts';
import { functionEntry, PROJECT_ROOT } from './function-entries.ts';
import { needsOf } from './function-needs.ts';
import type { LogSettings } from './logs-key.ts';

export interface HandlerFunctionProps {
  /** Names `functions/<handler>.ts`, exactly as in the route table. */
  readonly handler: string;
  /** Retention, key and removal of the function's own log group. */
  readonly logs: LogSettings;
  /** @default 512 */
  readonly memorySize?: number;
  /** @default Duration.seconds(10) */
  readonly timeout?: Duration;
  /** @default - the handler name */
  readonly description?: string;
}

/**
 * One handler module deployed as a Lambda function with the project's runtime, architecture and bundling, a log
 * group it owns (so retention, encryption and removal are set here, not left to Lambda's first invocation) and
 * a role of its own that starts empty: it may write to that log group and nothing else. Everything else is
 * added afterwards, through `wiring.ts`. (The usual AWSLambdaBasicExecutionRole would let it create log groups
 * and write to any of them.)
 */
export class HandlerFunction extends Construct {
  readonly function: NodejsFunction;
  readonly logGroup: LogGroup;
  readonly role: Role;

  constructor(scope: Construct, id: string, props: HandlerFunctionProps) {
    super(scope, id);
    this.logGroup = new LogGroup(this, 'Logs', {
      retention: props.logs.retention,
      encryptionKey: props.logs.encryptionKey,
      removalPolicy: props.logs.removalPolicy,
    });
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `${props.handler}: exactly what this function needs`,
    });
    this.logGroup.grantWrite(this.role);
    this.function = new NodejsFunction(this, 'Function', {
      entry: functionEntry(props.handler),
      handler: 'handler',
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: `${PROJECT_ROOT}package-lock.json`,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      description: props.description ?? props.handler,
      role: this.role,
      logGroup: this.logGroup,
      // Only the adapters (and SDK clients) its needs name: the same needs its role is granted from.
      bundling: bundlingOf(needsOf(props.handler)),
      // No `--enable-source-maps`: Node would read the bundle's map at every cold start (7–10 ms measured, most of
      // what was left above the SDK's own import). A logged stack is mapped with the asset's map when it is read.
    });
    acknowledge(this, FUNCTION_ACKNOWLEDGEMENTS);
  }
}

/** What every function of the system deliberately does not do, and why. */
const FUNCTION_ACKNOWLEDGEMENTS = {
  'HIPAA.Security-LambdaInsideVPC':
    'The functions reach only AWS service endpoints (DynamoDB, S3, SES, Secrets Manager, Cognito keys) over TLS with ' +
    'IAM-signed requests; no resource of the system lives in a VPC, and a VPC would add NAT or endpoint costs ' +
    'without narrowing what a function can reach.',
  'HIPAA.Security-LambdaDLQ':
    'API functions are invoked synchronously, where a dead-letter queue never receives anything; the consumers ' +
    'of the table stream and of the mail-event topic hand failed events to on-failure queues of their own (the ' +
    "stream's event source mapping, the topic consumer's asynchronous invocation), which are alarmed; a scheduled " +
    "job's failed run holds no event to keep: the next run of its schedule does what is left.",
  'HIPAA.Security-LambdaConcurrency':
    'Concurrency is bounded in front of the functions, by WAF rate rules and API Gateway throttling per route; ' +
    "reserving concurrency per function would carve up the account's pool and can fail deployment in new accounts.",
  'HIPAA.Security-IAMNoInlinePolicy':
    "The role's one policy is the exact grant of this function (its declared needs), created and deleted with it " +
    'and attached to nothing else; a managed policy would be the same statements in a second, shareable resource.',
} as const;

/** `create-upload-form` → `CreateUploadForm`: a construct id that changes only when the handler is renamed. */
export function constructIdOf(handler: string): string {
  return handler
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}
