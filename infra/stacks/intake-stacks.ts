import type { App } from 'aws-cdk-lib';
import { routes } from '../../shared/routes.ts';
import type { StageSettings } from '../stages.ts';
import { ApiStack } from './api-stack.ts';
import { DataStack } from './data-stack.ts';
import { EDGE_REGION, EdgeStack } from './edge-stack.ts';
import { WebStack } from './web-stack.ts';

export interface IntakeStacks {
  readonly data: DataStack;
  readonly api: ApiStack;
  readonly edge: EdgeStack;
  readonly web: WebStack;
}

/**
 * The whole system for one stage. Shared by `infra/app.ts` and the infra tests, so the tests assert on exactly
 * what `cdk synth` produces. Stack ids carry the stage, so stages can share an account.
 */
export function addIntakeStacks(app: App, stage: StageSettings): IntakeStacks {
  const env = { account: stage.account ?? process.env.CDK_DEFAULT_ACCOUNT, region: stage.region };
  const common = {
    env,
    terminationProtection: stage.terminationProtection,
    tags: { project: 'intake', stage: stage.name },
  };
  const data = new DataStack(app, `Intake-${stage.name}-Data`, {
    ...common,
    description: `Intake (${stage.name}): applications and audit tables, documents bucket, key, secret, staff users`,
    uploadOrigins: [new URL(stage.publicWebUrl).origin],
    mailFrom: stage.mailFrom,
    documentRetention: stage.documentRetention,
    accessLogRetention: stage.accessLogRetention,
  });
  const api = new ApiStack(app, `Intake-${stage.name}-Api`, {
    ...common,
    description: `Intake (${stage.name}): HTTP API, functions and stream consumers`,
    table: data.table,
    dataNames: data.names,
    dataKey: data.key,
    appSecret: data.appSecret,
    mailFrom: stage.mailFrom,
    mailConfigurationSet: data.mail.configurationSet.configurationSetName,
    mailRatePerSecond: stage.mailRatePerSecond,
    mailEvents: data.mail.deliveryEvents,
    alarmEmail: stage.alarmEmail,
    publicWebUrl: stage.publicWebUrl,
    staffAuth: data.staffUsers.tokenSettings,
    throttle: stage.throttle,
    staffThrottle: stage.staffThrottle,
    logRetention: stage.logRetention,
    removalPolicy: stage.removalPolicy,
  });
  // The web ACL must be in us-east-1; the web stack reads its ARN across regions (see WebStack).
  const edge = new EdgeStack(app, `Intake-${stage.name}-Edge`, {
    ...common,
    env: { ...env, region: EDGE_REGION },
    description: `Intake (${stage.name}): AWS WAF web ACL of the web distribution, and its log`,
    routes,
    rateLimits: stage.edgeRateLimits,
    logRetention: stage.logRetention,
    removalPolicy: stage.removalPolicy,
  });
  const web = new WebStack(app, `Intake-${stage.name}-Web`, {
    ...common,
    description: `Intake (${stage.name}): web app on S3 and CloudFront, in front of the API too`,
    publicWebUrl: stage.publicWebUrl,
    certificateArn: stage.webCertificateArn,
    webAclArn: edge.waf.webAcl.attrArn,
    apiEndpoint: api.httpApi.api.apiEndpoint,
    originSecretName: api.originSecretName,
    routes,
    documentsDomainName: data.bucket.bucketRegionalDomainName,
    staffSignIn: { region: stage.region, clientId: data.staffUsers.webClient.userPoolClientId },
    logRetention: stage.logRetention,
  });
  return { data, api, edge, web };
}
