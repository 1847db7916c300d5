import { DefaultStackSynthesizer, Duration, RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { CfnBucket, IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { acknowledge } from '../nag.ts';

/** What the web app reads from `/config.json`: where staff sign in (see web/src/staff/session/sign-in.ts). */
export interface WebAppConfig {
  readonly staffSignIn: {
    /** The Cognito user pool API of the region, which the pages post `InitiateAuth` to. */
    readonly endpoint: string;
    /** The web app's client of the staff user pool. */
    readonly clientId: string;
    readonly region: string;
  };
}

export interface WebAppDeploymentProps {
  readonly bucket: IBucket;
  /** How long the copying function's log is kept. */
  readonly logRetention: RetentionDays;
  /** The web app's build (`npm run build:web` writes `web/dist`). */
  readonly webDir: string;
  readonly config: WebAppConfig;
}

/** Where a stack may name another bootstrap qualifier than the default. */
const BOOTSTRAP_QUALIFIER_CONTEXT = '@aws-cdk/core:bootstrapQualifier';

/** The object key of the settings file, as the web app fetches it. */
export const WEB_CONFIG_KEY = 'config.json';

/**
 * Copies the web build into the bucket, plus a `config.json` generated for the stage, so one build serves every
 * stage. Vite names every file under `assets/` by its content hash, so those are cached for a year and kept after a
 * newer deployment (a page opened before it still finds its script); `index.html` and `config.json` are
 * revalidated on every request and always come from the latest deployment.
 */
export class WebAppDeployment extends Construct {
  readonly assets: BucketDeployment;
  readonly pages: BucketDeployment;

  constructor(scope: Construct, id: string, props: WebAppDeploymentProps) {
    super(scope, id);
    const build = Source.asset(props.webDir);
    // Both deployments run on one shared function (a singleton), so they share its log group too.
    const logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    acknowledge(logGroup, {
      'HIPAA.Security-CloudWatchLogGroupEncrypted':
        'The log of copying the web build holds only the names of its public files and the copy progress, ' +
        'no personal data; CloudWatch Logs encrypts it at rest with its own key.',
    });
    this.assets = new BucketDeployment(this, 'HashedAssets', {
      sources: [build],
      destinationBucket: props.bucket,
      exclude: ['*'],
      include: ['assets/*'],
      prune: false,
      logGroup,
      cacheControl: [CacheControl.setPublic(), CacheControl.maxAge(Duration.days(365)), CacheControl.immutable()],
    });
    this.pages = new BucketDeployment(this, 'Pages', {
      sources: [build, Source.jsonData(WEB_CONFIG_KEY, props.config)],
      destinationBucket: props.bucket,
      // Leaves `assets/` to the deployment above: it neither uploads nor prunes them.
      exclude: ['assets/*'],
      logGroup,
      cacheControl: [CacheControl.noCache()],
    });
    // The new index.html names the new assets: they must be in the bucket first.
    this.pages.node.addDependency(this.assets);
    acknowledgeCopyFunction(this.assets, props.bucket);
  }
}

/** The Cognito user pool API of a region: the endpoint staff sign in at and the origin the pages may call. */
export function cognitoEndpoint(region: string, urlSuffix: string): string {
  return `https://cognito-idp.${region}.${urlSuffix}`;
}

/**
 * Findings on the function that CDK's BucketDeployment brings to copy the build (a singleton in the stack, with its
 * role and policy), acknowledged on that function: its code, runtime and grants are the library's own. It runs only
 * while CloudFormation deploys the stack.
 */
function acknowledgeCopyFunction(deployment: BucketDeployment, bucket: IBucket): void {
  const handler = deployment.handlerRole.node.scope;
  if (!handler) throw new Error('The BucketDeployment role has no function above it to acknowledge findings on.');
  const stack = Stack.of(handler);
  const account = Token.isUnresolved(stack.account) ? '<AWS::AccountId>' : stack.account;
  const qualifier = stack.node.tryGetContext(BOOTSTRAP_QUALIFIER_CONTEXT) ?? DefaultStackSynthesizer.DEFAULT_QUALIFIER;
  const assetBucket = `cdk-${qualifier}-assets-${account}-${stack.region}`;
  const webBucket = `<${stack.getLogicalId(bucket.node.defaultChild as CfnBucket)}.Arn>`;
  const grant =
    'BucketDeployment grants its copying function read on the CDK asset bucket and read-write on the web ' +
    'bucket with these wildcards; it copies every file of the build and deletes files the build no longer has';
  acknowledge(handler, {
    'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]':
      'The copying function of BucketDeployment writes its own log with the AWS managed basic execution policy.',
    ...Object.fromEntries(
      ['s3:Abort*', 's3:DeleteObject*', 's3:GetBucket*', 's3:GetObject*', 's3:List*'].map((action) => [
        `AwsSolutions-IAM5[Action::${action}]`,
        `${grant}.`,
      ]),
    ),
    [`AwsSolutions-IAM5[Resource::${webBucket}/*]`]: `${grant}: the objects of the web bucket.`,
    [`AwsSolutions-IAM5[Resource::arn:${stack.partition}:s3:::${assetBucket}/*]`]: `${grant}: the uploaded build in the CDK asset bucket.`,
    'AwsSolutions-L1':
      "BucketDeployment chooses its copying function's runtime (Python, with the AWS CLI layer) and moves it " +
      'forward with aws-cdk-lib.',
    'HIPAA.Security-IAMNoInlinePolicy':
      'BucketDeployment attaches its grants to the role as its default policy; the role serves only this function.',
    'HIPAA.Security-LambdaConcurrency':
      'Only CloudFormation invokes the copying function, once per deployment of the web app.',
    'HIPAA.Security-LambdaDLQ':
      'CloudFormation invokes the copying function synchronously and fails the deployment on any error; no event ' +
      'is lost that a queue would keep.',
    'HIPAA.Security-LambdaInsideVPC':
      'The copying function talks only to S3 and copies public web files; a VPC would need endpoints and add nothing.',
  });
}
