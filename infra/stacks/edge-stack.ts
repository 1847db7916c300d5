import { CfnOutput, type RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import type { Route } from '../../shared/routes.ts';
import { LogsKey } from '../constructs/logs-key.ts';
import { WafWebAcl } from '../constructs/waf-web-acl.ts';
import type { EdgeRateLimits } from '../stages.ts';

/** CloudFront takes web ACLs (and certificates) only from this region. */
export const EDGE_REGION = 'us-east-1';

export interface EdgeStackProps extends StackProps {
  /** The API's routes: the web ACL's staff and application-creation limits are scoped to their paths. */
  readonly routes: readonly Route[];
  readonly rateLimits: EdgeRateLimits;
  readonly logRetention: RetentionDays;
  /** For the WAF log and its key; they hold no application data. */
  readonly removalPolicy: RemovalPolicy;
}

/**
 * What CloudFront needs from us-east-1: the AWS WAF web ACL of the stage's distribution, and its log. The web stack
 * in the stage's region reads the ACL's ARN through a cross-region reference.
 */
export class EdgeStack extends Stack {
  readonly waf: WafWebAcl;

  constructor(scope: Construct, id: string, props: EdgeStackProps) {
    super(scope, id, props);
    if (this.region !== EDGE_REGION) {
      throw new Error(`${id} must be deployed to ${EDGE_REGION}: CloudFront reads web ACLs only from there.`);
    }
    const logsKey = new LogsKey(this, 'LogsKey', { removalPolicy: props.removalPolicy });
    this.waf = new WafWebAcl(this, 'Waf', {
      routes: props.routes,
      rateLimits: props.rateLimits,
      metricPrefix: this.stackName,
      logName: this.stackName.toLowerCase(),
      logRetention: props.logRetention,
      logRemovalPolicy: props.removalPolicy,
      logEncryptionKey: logsKey.key,
    });

    new CfnOutput(this, 'WebAclArn', {
      value: this.waf.webAcl.attrArn,
      description: 'AWS WAF web ACL of the web distribution',
    });
  }
}
