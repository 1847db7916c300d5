import { Lazy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  type CfnStage,
  HttpApi,
  HttpMethod,
  type HttpRoute,
  HttpStage,
  LogGroupLogDestination,
  type ThrottleSettings,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { Route } from '../../shared/routes.ts';
import { acknowledge } from '../nag.ts';
import type { LogSettings } from './logs-key.ts';
import type { StaffTokenSettings } from './staff-user-pool.ts';

export interface IntakeHttpApiProps {
  /** Default route throttling for the whole stage: the first line against floods on public routes. */
  readonly throttle: ThrottleSettings;
  /** Each staff route's own limit, set on the route so it replaces the default one. */
  readonly staffThrottle: ThrottleSettings;
  /** Retention, key and removal of the access log group. */
  readonly logs: LogSettings;
  /** The user pool whose ID tokens the gateway demands on staff routes. */
  readonly staffAuth: StaffTokenSettings;
  /** @default - the construct path */
  readonly apiName?: string;
}

/**
 * Access log line, JSON so CloudWatch Logs Insights can query it. It records the route key rather than the
 * path, so application references in paths stay out of the logs.
 */
const ACCESS_LOG_FORMAT = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    requestTime: '$context.requestTime',
    routeKey: '$context.routeKey',
    status: '$context.status',
    responseLength: '$context.responseLength',
    responseLatency: '$context.responseLatency',
    integrationLatency: '$context.integrationLatency',
    integrationError: '$context.integrationErrorMessage',
    sourceIp: '$context.identity.sourceIp',
    userAgent: '$context.identity.userAgent',
  }),
);

/**
 * An HTTP API (payload format 2.0) with an explicit `$default` stage, because throttling and access logging
 * are stage settings that the API's implicit default stage does not expose. No CORS: the web app is meant to
 * reach the API from its own origin (a CloudFront distribution in front of both).
 */
export class IntakeHttpApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  readonly accessLogs: LogGroup;
  readonly #staffThrottle: ThrottleSettings;
  readonly #staffAuthorizer: HttpJwtAuthorizer;
  /** The stage's per-route settings by route key, filled as staff routes are added. */
  readonly #routeSettings: Record<string, { ThrottlingRateLimit?: number; ThrottlingBurstLimit?: number }> = {};

  constructor(scope: Construct, id: string, props: IntakeHttpApiProps) {
    super(scope, id);
    this.#staffThrottle = props.staffThrottle;
    this.#staffAuthorizer = new HttpJwtAuthorizer('StaffTokens', props.staffAuth.issuer, {
      authorizerName: 'staff-id-token',
      jwtAudience: [props.staffAuth.audience],
      identitySource: ['$request.header.Authorization'],
    });
    this.api = new HttpApi(this, 'Api', {
      createDefaultStage: false,
      ...(props.apiName && { apiName: props.apiName }),
    });
    this.accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: props.logs.retention,
      encryptionKey: props.logs.encryptionKey,
      removalPolicy: props.logs.removalPolicy,
    });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: props.throttle,
      accessLogSettings: { destination: new LogGroupLogDestination(this.accessLogs), format: ACCESS_LOG_FORMAT },
    });
    // HttpStage has no per-route settings of its own; the CloudFormation stage does.
    (this.stage.node.defaultChild as CfnStage).routeSettings = Lazy.any({
      produce: () => (Object.keys(this.#routeSettings).length > 0 ? this.#routeSettings : undefined),
    });
  }

  /** The base URL clients call. */
  get url(): string {
    return this.stage.url;
  }

  /**
   * One route of the route table, answered by `fn`; the route's construct id is its method and path. Staff
   * routes get the staff throttle as their own route settings, and the gateway's JWT authorizer.
   *
   * The authorizer turns away requests without a valid ID token of the staff user pool (missing, expired,
   * forged, another pool's) before any function runs, so such requests cost nothing and cannot fill the audit
   * log; they appear in the access log with status 401. The function still verifies the token itself and
   * decides the role and municipality, and audits every request that reaches it, refusals included.
   */
  addRoute(route: Route, fn: IFunction): HttpRoute[] {
    const added = this.api.addRoutes({
      path: route.path,
      methods: [HttpMethod[route.method]],
      integration: new HttpLambdaIntegration('Integration', fn),
      ...(route.access !== 'public' && { authorizer: this.#staffAuthorizer }),
    });
    if (route.access === 'public') {
      for (const httpRoute of added) {
        acknowledge(httpRoute, {
          'AwsSolutions-APIG4':
            'A public route of the intake: anyone may read rounds and apply. An application is reached only with its ' +
            'reference and the access code given to the applicant, which the function checks; WAF and throttling ' +
            'limit abuse.',
        });
      }
    }
    if (route.access !== 'public') {
      this.#routeSettings[`${route.method} ${route.path}`] = {
        ThrottlingRateLimit: this.#staffThrottle.rateLimit,
        ThrottlingBurstLimit: this.#staffThrottle.burstLimit,
      };
      // API Gateway refuses settings for a route key that does not exist yet.
      this.stage.node.addDependency(...added);
    }
    return added;
  }
}
