import { ArnFormat, Duration, type RemovalPolicy, Stack } from 'aws-cdk-lib';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { CfnLoggingConfiguration, CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import { messages } from '../../shared/http/messages.ts';
import type { Route } from '../../shared/routes.ts';
import type { EdgeRateLimits } from '../stages.ts';

export interface WafWebAclProps {
  /** The routes the web ACL protects: the staff and application-creation limits find their paths here. */
  readonly routes: readonly Route[];
  readonly rateLimits: EdgeRateLimits;
  /** Prefix of the metric names, unique in the account: the stack name. */
  readonly metricPrefix: string;
  /** Name of the log group after the `aws-waf-logs-` prefix that WAF demands. */
  readonly logName: string;
  readonly logRetention: RetentionDays;
  readonly logRemovalPolicy: RemovalPolicy;
  /** Encrypts the log: it holds IP addresses and request headers. */
  readonly logEncryptionKey: IKey;
}

/** The window every rate-based rule counts in. */
const RATE_WINDOW = Duration.minutes(5);

/**
 * The largest request body the web ACL lets through, the API's own limit (`MAX_BODY_BYTES` in
 * shared/http/request.ts, which a test holds equal). CloudFront shows WAF the first 16 KB of a body, so a larger
 * one is "oversize", and the body rule treats oversize as a match.
 */
const MAX_BODY_BYTES = 16 * 1024;

/** Headers that carry secrets and never reach the log: the staff ID token and the applicant's access code. */
const REDACTED_HEADERS = ['authorization', 'x-access-code'] as const;

const TOO_MANY_REQUESTS_BODY = 'too-many-requests';
const BODY_TOO_LARGE_BODY = 'body-too-large';

/**
 * The AWS WAF web ACL in front of the whole site (CloudFront scope, so it must be created in us-east-1).
 *
 * Rules, cheapest and surest first: Amazon's IP reputation list; request bodies over the API's limit; per-IP rate
 * limits (a tight one on new applications, another on staff routes, a general one on everything); then Amazon's
 * common rule set and known bad inputs. The common set's 8 KB body limit only counts: the API takes JSON bodies up
 * to 16 KB (a round's rules), which the body rule above enforces, and documents go straight to S3, never through
 * CloudFront.
 *
 * Rate limits answer 429 with an error body in the API's shape, in Latvian and English. The log keeps only blocked
 * and counted requests, with the secret headers redacted.
 */
export class WafWebAcl extends Construct {
  readonly webAcl: CfnWebACL;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: WafWebAclProps) {
    super(scope, id);
    const metric = (name: string): CfnWebACL.VisibilityConfigProperty => ({
      cloudWatchMetricsEnabled: true,
      sampledRequestsEnabled: true,
      metricName: `${props.metricPrefix}-${name}`,
    });
    const tooMany: CfnWebACL.RuleActionProperty = {
      block: { customResponse: { responseCode: 429, customResponseBodyKey: TOO_MANY_REQUESTS_BODY } },
    };
    const rateRule = (name: string, priority: number, limit: number, scopeDown?: CfnWebACL.StatementProperty) => ({
      name,
      priority,
      action: tooMany,
      statement: {
        rateBasedStatement: {
          aggregateKeyType: 'IP',
          evaluationWindowSec: RATE_WINDOW.toSeconds(),
          limit,
          ...(scopeDown && { scopeDownStatement: scopeDown }),
        },
      },
      visibilityConfig: metric(name),
    });
    const managed = (name: string, priority: number, overrides: readonly string[] = []) => ({
      name,
      priority,
      overrideAction: { none: {} },
      statement: {
        managedRuleGroupStatement: {
          vendorName: 'AWS',
          name,
          ...(overrides.length > 0 && {
            ruleActionOverrides: overrides.map((rule) => ({ name: rule, actionToUse: { count: {} } })),
          }),
        },
      },
      visibilityConfig: metric(name),
    });

    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      scope: 'CLOUDFRONT',
      description: 'Intake web app and API: IP reputation, body size, per-IP rate limits, AWS managed rules',
      defaultAction: { allow: {} },
      visibilityConfig: metric('web-acl'),
      customResponseBodies: {
        [TOO_MANY_REQUESTS_BODY]: errorBody('TOO_MANY_REQUESTS', {
          lv: 'No jūsu interneta adreses ir pārāk daudz pieprasījumu. Pagaidiet dažas minūtes un mēģiniet vēlreiz.',
          en: 'Too many requests came from your internet address. Wait a few minutes and try again.',
        }),
        [BODY_TOO_LARGE_BODY]: errorBody('BODY_TOO_LARGE', messages.BODY_TOO_LARGE),
      },
      rules: [
        managed('AWSManagedRulesAmazonIpReputationList', 0),
        {
          name: 'body-size',
          priority: 1,
          action: {
            block: { customResponse: { responseCode: 413, customResponseBodyKey: BODY_TOO_LARGE_BODY } },
          },
          statement: {
            sizeConstraintStatement: {
              fieldToMatch: { body: { oversizeHandling: 'MATCH' } },
              comparisonOperator: 'GT',
              size: MAX_BODY_BYTES,
              textTransformations: [{ priority: 0, type: 'NONE' }],
            },
          },
          visibilityConfig: metric('body-size'),
        },
        rateRule(
          'rate-application-creation',
          2,
          props.rateLimits.applicationCreation,
          applicationCreation(props.routes),
        ),
        rateRule('rate-staff', 3, props.rateLimits.staff, staffPaths(props.routes)),
        rateRule('rate-per-ip', 4, props.rateLimits.perIp),
        managed('AWSManagedRulesCommonRuleSet', 5, ['SizeRestrictions_BODY']),
        managed('AWSManagedRulesKnownBadInputsRuleSet', 6),
      ],
    });

    const stack = Stack.of(this);
    const logGroupName = `aws-waf-logs-${props.logName}`;
    this.logGroup = new LogGroup(this, 'Logs', {
      logGroupName,
      retention: props.logRetention,
      encryptionKey: props.logEncryptionKey,
      removalPolicy: props.logRemovalPolicy,
    });
    const logging = new CfnLoggingConfiguration(this, 'Logging', {
      resourceArn: this.webAcl.attrArn,
      // WAF takes the log group's ARN without the `:*` suffix that `logGroupArn` carries.
      logDestinationConfigs: [
        stack.formatArn({
          service: 'logs',
          resource: 'log-group',
          resourceName: logGroupName,
          arnFormat: ArnFormat.COLON_RESOURCE_NAME,
        }),
      ],
      redactedFields: REDACTED_HEADERS.map((name) => ({ singleHeader: { Name: name } })),
      // Allowed requests are in the distribution's access logs already; this log is for what WAF stopped or counted.
      loggingFilter: {
        DefaultBehavior: 'DROP',
        Filters: [
          {
            Behavior: 'KEEP',
            Requirement: 'MEETS_ANY',
            Conditions: [{ ActionCondition: { Action: 'BLOCK' } }, { ActionCondition: { Action: 'COUNT' } }],
          },
        ],
      },
    });
    logging.node.addDependency(this.logGroup);
  }
}

/** An error answer in the API's shape (`ErrorResponse`), so clients read WAF's refusals like the API's own. */
function errorBody(code: string, message: { lv: string; en: string }): CfnWebACL.CustomResponseBodyProperty {
  return { contentType: 'APPLICATION_JSON', content: JSON.stringify({ error: { code, message } }) };
}

/** Paths as WAF sees them after collapsing `//`, `/./` and `/../`, so such spellings cannot dodge a limit. */
const NORMALIZED = [{ priority: 0, type: 'NORMALIZE_PATH' }];

function pathMatch(positionalConstraint: string, searchString: string): CfnWebACL.StatementProperty {
  return {
    byteMatchStatement: {
      fieldToMatch: { uriPath: {} },
      positionalConstraint,
      searchString,
      textTransformations: NORMALIZED,
    },
  };
}

function anyOf(statements: CfnWebACL.StatementProperty[]): CfnWebACL.StatementProperty {
  const [only] = statements;
  if (statements.length === 1 && only) return only;
  return { orStatement: { statements } };
}

/**
 * Requests to a route: its method, and its path template as the literal text before the first parameter and after
 * the last (`/rounds/{roundId}/applications` → starts with `/rounds/`, ends with `/applications`).
 */
function routeStatement(route: Pick<Route, 'method' | 'path'>): CfnWebACL.StatementProperty {
  const method: CfnWebACL.StatementProperty = {
    byteMatchStatement: {
      fieldToMatch: { method: {} },
      positionalConstraint: 'EXACTLY',
      searchString: route.method,
      textTransformations: [{ priority: 0, type: 'NONE' }],
    },
  };
  const open = route.path.indexOf('{');
  if (open === -1) return { andStatement: { statements: [method, pathMatch('EXACTLY', route.path)] } };
  const prefix = route.path.slice(0, open);
  const suffix = route.path.slice(route.path.lastIndexOf('}') + 1);
  const paths = [pathMatch('STARTS_WITH', prefix), ...(suffix ? [pathMatch('ENDS_WITH', suffix)] : [])];
  return { andStatement: { statements: [method, ...paths] } };
}

function applicationCreation(routes: readonly Route[]): CfnWebACL.StatementProperty {
  const creation = routes.find((route) => route.handler === 'create-application');
  if (!creation) throw new Error('The route table has no create-application route for the rate limit to scope to.');
  return routeStatement(creation);
}

/** Every first path segment that staff routes start with (`/staff/`), so no staff route escapes the staff limit. */
function staffPaths(routes: readonly Route[]): CfnWebACL.StatementProperty {
  const prefixes = new Set(
    routes.filter((route) => route.access !== 'public').map((route) => `/${route.path.split('/')[1]}/`),
  );
  return anyOf([...prefixes].map((prefix) => pathMatch('STARTS_WITH', prefix)));
}
