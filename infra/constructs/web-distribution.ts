import { Annotations, Duration } from 'aws-cdk-lib';
import type { ICertificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AccessLevel,
  AllowedMethods,
  type BehaviorOptions,
  CachePolicy,
  Distribution,
  Function as EdgeFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  PriceClass,
  type ResponseCustomHeader,
  ResponseHeadersPolicy,
  type ResponseSecurityHeadersBehavior,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import type { Route } from '../../shared/routes.ts';
import { acknowledge } from '../nag.ts';
import { type PageOrigins, pageSecurityHeaders } from '../web-headers.ts';
import { ORIGIN_HEADER, originSecretValue } from './origin-secret.ts';

export interface WebDistributionProps {
  /** The site's host name (from the stage's `publicWebUrl`). */
  readonly domainName: string;
  /** Covers `domainName`; CloudFront takes certificates only from us-east-1. */
  readonly certificate: ICertificate;
  /** ARN of the CLOUDFRONT-scope AWS WAF web ACL. */
  readonly webAclArn: string;
  /** The built web app; read through Origin Access Control. */
  readonly bucket: IBucket;
  /** Receives CloudFront's standard logs, under `cloudfront/`. */
  readonly logsBucket: IBucket;
  /** The HTTP API's host name (`<id>.execute-api.<region>.amazonaws.com`). */
  readonly apiDomainName: string;
  /** Name of the secret whose value the API expects in `x-origin-verify` (see OriginSecret). */
  readonly originSecretName: string;
  /** The API's routes: their paths go to the API, everything else to the web app. */
  readonly routes: readonly Route[];
  /** What the pages' Content-Security-Policy allows besides their own origin. */
  readonly pageOrigins: PageOrigins;
}

/** HSTS for a year, subdomains included: the site is HTTPS only, and so is every stage under its domain. */
export const HSTS_MAX_AGE = Duration.days(365);

/**
 * The API's part of the address space as CloudFront path patterns: for each first path segment of a route,
 * the segment itself and everything under it (`/rounds`, `/rounds/*`). The same split as the local host's
 * `isApiPath`, so a path the API does not know answers as the API does (a JSON 404), never with the web app.
 */
export function apiPathPatterns(routes: readonly Pick<Route, 'path'>[]): string[] {
  const firstSegments = new Set(
    routes.map((route) => route.path.split('/')[1] ?? '').filter((segment) => segment && !segment.startsWith('{')),
  );
  return [...firstSegments].flatMap((segment) => [`/${segment}`, `/${segment}/*`]);
}

/**
 * Viewer-request function of the web app's behaviour: a path whose last segment has no file extension is a page of
 * the single-page app (`/apply/demo`, `/office`) and gets `/index.html`; files (`/assets/x.js`, `/config.json`) are
 * left alone. The same rule as the local host's `findWebFile` (Node's `extname`). It runs only on the web app's
 * behaviour, so API answers, errors included, pass unchanged; custom error responses would rewrite those too.
 */
export const SPA_REWRITE_CODE = `function handler(event) {
  var request = event.request;
  var name = request.uri.slice(request.uri.lastIndexOf('/') + 1);
  if (name.lastIndexOf('.') <= 0) request.uri = '/index.html';
  return request;
}`;

/**
 * The CloudFront distribution of a stage: the web app from its private bucket, and the API's paths from the HTTP API,
 * on one origin, so the app calls the API without CORS and the web ACL covers both.
 *
 * Every answer carries the pages' security headers (`pageSecurityHeaders()`, as the local host sets them) and HSTS.
 * Files are cached as their objects' `Cache-Control` says: hashed assets for a year, `index.html` and
 * `config.json` revalidated on every request. API answers are never cached, and reach the API with every viewer
 * header but `Host`.
 */
export class WebDistribution extends Construct {
  readonly distribution: Distribution;
  readonly responseHeadersPolicy: ResponseHeadersPolicy;
  readonly spaRewrite: EdgeFunction;

  constructor(scope: Construct, id: string, props: WebDistributionProps) {
    super(scope, id);
    this.responseHeadersPolicy = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Security headers of the web app and API, with HSTS',
      ...headerBehaviors(pageSecurityHeaders(props.pageOrigins)),
    });
    this.spaRewrite = new EdgeFunction(this, 'SpaRewrite', {
      comment: 'Pages of the single-page app get /index.html',
      code: FunctionCode.fromInline(SPA_REWRITE_CODE),
      runtime: FunctionRuntime.JS_2_0,
    });
    // No default TTL: an object is cached only for as long as its own Cache-Control allows.
    const webCache = new CachePolicy(this, 'WebCache', {
      comment: 'Web app files, cached as their Cache-Control says',
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.seconds(0),
      maxTtl: Duration.days(365),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });

    const api: BehaviorOptions = {
      origin: new HttpOrigin(props.apiDomainName, {
        protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
        originSslProtocols: [OriginSslPolicy.TLS_V1_2],
        // Replaces any header of that name from the viewer: the API answers only what came through here.
        customHeaders: { [ORIGIN_HEADER]: originSecretValue(props.originSecretName) },
      }),
      // No redirect for the API: a client that sent a body over plain HTTP gets a refusal, not a silent resend.
      viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
      allowedMethods: AllowedMethods.ALLOW_ALL,
      cachePolicy: CachePolicy.CACHING_DISABLED,
      originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      responseHeadersPolicy: this.responseHeadersPolicy,
    };

    this.distribution = new Distribution(this, 'Distribution', {
      comment: `Intake web app and API: ${props.domainName}`,
      domainNames: [props.domainName],
      certificate: props.certificate,
      minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
      httpVersion: HttpVersion.HTTP2_AND_3,
      webAclId: props.webAclArn,
      // Europe and North America: the applicants live in Latvia; from elsewhere the site is slower, not closed.
      priceClass: PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: props.logsBucket,
      logFilePrefix: 'cloudfront/',
      // The rewrite function already sends `/` to the app; this keeps `/` from ever listing the bucket.
      defaultRootObject: 'index.html',
      defaultBehavior: {
        // LIST makes a missing file answer 404, told apart from WAF's 403. Query strings never reach the bucket
        // and `/` is the root object, so nobody can list it through CloudFront.
        origin: S3BucketOrigin.withOriginAccessControl(props.bucket, {
          originAccessLevels: [AccessLevel.READ, AccessLevel.LIST],
        }),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: webCache,
        responseHeadersPolicy: this.responseHeadersPolicy,
        functionAssociations: [{ function: this.spaRewrite, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors: Object.fromEntries(apiPathPatterns(props.routes).map((pattern) => [pattern, api])),
    });
    acknowledge(this.distribution, {
      'AwsSolutions-CFR1':
        'No geo restriction: people may apply from abroad (Latvian residents working or living elsewhere), and ' +
        'staff may sign in while travelling; the web ACL screens by IP reputation and rate instead.',
    });
    Annotations.of(this.distribution).acknowledgeWarning(
      '@aws-cdk/aws-cloudfront-origins:listBucketSecurityRisk',
      'The default root object is index.html, so no request through CloudFront lists the bucket.',
    );
  }
}

/**
 * The headers of `pageSecurityHeaders()` as a response headers policy, plus HSTS. A header CloudFront has a
 * security setting for goes there; any other becomes a custom header, so a header added to the function is never
 * dropped here. A value the security settings cannot express fails the synthesis.
 */
function headerBehaviors(headers: Record<string, string>): {
  securityHeadersBehavior: ResponseSecurityHeadersBehavior;
  customHeadersBehavior?: { customHeaders: ResponseCustomHeader[] };
} {
  const security: {
    -readonly [K in keyof ResponseSecurityHeadersBehavior]: ResponseSecurityHeadersBehavior[K];
  } = {
    strictTransportSecurity: { accessControlMaxAge: HSTS_MAX_AGE, includeSubdomains: true, override: true },
  };
  const custom: ResponseCustomHeader[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (name === 'content-security-policy') {
      security.contentSecurityPolicy = { contentSecurityPolicy: value, override: true };
    } else if (name === 'x-content-type-options') {
      if (value !== 'nosniff')
        throw new Error(`CloudFront can set x-content-type-options only to nosniff, not ${value}`);
      security.contentTypeOptions = { override: true };
    } else if (name === 'x-frame-options') {
      security.frameOptions = { frameOption: enumValue(HeadersFrameOption, name, value), override: true };
    } else if (name === 'referrer-policy') {
      security.referrerPolicy = { referrerPolicy: enumValue(HeadersReferrerPolicy, name, value), override: true };
    } else {
      custom.push({ header: name, value, override: true });
    }
  }
  return {
    securityHeadersBehavior: security,
    ...(custom.length > 0 && { customHeadersBehavior: { customHeaders: custom } }),
  };
}

function enumValue<T extends string>(values: Record<string, T>, header: string, value: string): T {
  const found = Object.values(values).find((candidate) => candidate === value);
  if (found === undefined) throw new Error(`CloudFront cannot set ${header} to ${value}`);
  return found;
}
