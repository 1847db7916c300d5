import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CfnOutput, Duration, Fn, Stack, type StackProps } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import type { Route } from '../../shared/routes.ts';
import { AccessLogsBucket } from '../constructs/access-logs-bucket.ts';
import { cognitoEndpoint, WebAppDeployment } from '../constructs/web-app-deployment.ts';
import { WebBucket } from '../constructs/web-bucket.ts';
import { WebDistribution } from '../constructs/web-distribution.ts';

/** Where `npm run build:web` writes the web app. */
const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export interface WebStackProps extends StackProps {
  /** The site's address (the stage's `publicWebUrl`); its host name is the distribution's domain. */
  readonly publicWebUrl: string;
  /** ACM certificate in us-east-1 covering the host name of `publicWebUrl`. */
  readonly certificateArn: string;
  /** ARN of the CLOUDFRONT-scope web ACL (from the edge stack in us-east-1). */
  readonly webAclArn: string;
  /** The HTTP API's base URL (`https://<id>.execute-api.<region>.amazonaws.com`): the origin of the API's paths. */
  readonly apiEndpoint: string;
  /** The API's routes: their paths go to the API. */
  readonly routes: readonly Route[];
  /** Name of the secret whose value the API expects from the distribution. */
  readonly originSecretName: string;
  /** The documents bucket's regional host name: the pages post upload forms there. */
  readonly documentsDomainName: string;
  /** Where staff sign in: the user pool's region and the web app's client. */
  readonly staffSignIn: { readonly region: string; readonly clientId: string };
  /** How long access logs are kept. */
  readonly logRetention: RetentionDays;
  /** @default the repository's `web/dist` */
  readonly webDir?: string;
}

/**
 * The web app on S3 behind CloudFront, with the API's paths on the same distribution so AWS WAF (from the edge
 * stack) guards both.
 *
 * The web ACL lives in us-east-1 and this stack in the stage's region. Its ARN comes across as the app's other
 * cross-stack values do, as a weak reference (`Fn::GetStackOutput` names the edge stack's region), rather than with
 * `crossRegionReferences`, whose SSM parameters and custom-resource functions in both stacks would add two Lambda
 * functions to run, patch and acknowledge. A weak reference cannot pin the producer, but nothing needs pinning
 * here: the web ACL has no name, so no update replaces it, and WAF refuses to delete a web ACL that a distribution
 * still uses.
 */
export class WebStack extends Stack {
  readonly bucket: WebBucket;
  readonly logs: AccessLogsBucket;
  readonly site: WebDistribution;
  readonly deployment: WebAppDeployment;

  constructor(scope: Construct, id: string, props: WebStackProps) {
    super(scope, id, props);
    const webDir = props.webDir ?? DEFAULT_WEB_DIR;
    if (!existsSync(webDir)) {
      throw new Error(`The web app is not built (${webDir} is missing): run npm run build:web first.`);
    }
    this.logs = new AccessLogsBucket(this, 'Logs', {
      expiration: Duration.days(props.logRetention),
      takesCloudFrontLogs: true,
    });
    this.bucket = new WebBucket(this, 'Web', { accessLogsBucket: this.logs.bucket });

    const signInOrigin = cognitoEndpoint(props.staffSignIn.region, this.urlSuffix);
    this.site = new WebDistribution(this, 'Site', {
      domainName: new URL(props.publicWebUrl).hostname,
      certificate: Certificate.fromCertificateArn(this, 'Certificate', props.certificateArn),
      webAclArn: props.webAclArn,
      bucket: this.bucket.bucket,
      logsBucket: this.logs.bucket,
      apiDomainName: Fn.select(2, Fn.split('/', props.apiEndpoint)),
      originSecretName: props.originSecretName,
      routes: props.routes,
      pageOrigins: { uploadOrigins: [`https://${props.documentsDomainName}`], connectOrigins: [signInOrigin] },
    });
    this.deployment = new WebAppDeployment(this, 'App', {
      bucket: this.bucket.bucket,
      webDir,
      logRetention: props.logRetention,
      config: {
        staffSignIn: {
          endpoint: `${signInOrigin}/`,
          clientId: props.staffSignIn.clientId,
          region: props.staffSignIn.region,
        },
      },
    });

    new CfnOutput(this, 'DistributionDomainName', {
      value: this.site.distribution.distributionDomainName,
      description: `Point a DNS record for ${new URL(props.publicWebUrl).hostname} here (CNAME, or Route 53 alias)`,
    });
    new CfnOutput(this, 'WebUrl', { value: props.publicWebUrl, description: 'The web app and the API' });
  }
}
