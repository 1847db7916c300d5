import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CfnApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { CachePolicy, OriginRequestPolicy } from 'aws-cdk-lib/aws-cloudfront';
import type { CfnUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { CfnBucket } from 'aws-cdk-lib/aws-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import cdkJson from '../../cdk.json' with { type: 'json' };
import { ORIGIN_HEADER } from '../../infra/constructs/origin-secret.ts';
import { SPA_REWRITE_CODE } from '../../infra/constructs/web-distribution.ts';
import { addIntakeStacks, type IntakeStacks } from '../../infra/stacks/intake-stacks.ts';
import { resolveStage, type StageSettings } from '../../infra/stages.ts';
import { pageSecurityHeaders } from '../../infra/web-headers.ts';
import { MAX_BODY_BYTES } from '../../shared/http/request.ts';
import { routes } from '../../shared/routes.ts';
import { ErrorResponseSchema } from '../../shared/schemas/api.ts';

/** A piece of a synthesized template: untyped JSON, read by path in the assertions. */
// biome-ignore lint/suspicious/noExplicitAny: CloudFormation templates are untyped JSON.
type Json = Record<string, any>;

let app: App;
let stage: StageSettings;
let stacks: IntakeStacks;
let edge: Template;
let web: Template;

beforeAll(() => {
  app = new App({ context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] } });
  stage = resolveStage(app.node);
  stacks = addIntakeStacks(app, stage);
  edge = Template.fromStack(stacks.edge);
  web = Template.fromStack(stacks.web);
});

function only(template: Template, type: string): Json {
  const found = Object.values(template.findResources(type));
  expect(found, type).toHaveLength(1);
  return found[0] as Json;
}

function logicalIdOf(template: Template, type: string): string {
  const ids = Object.keys(template.findResources(type));
  expect(ids, type).toHaveLength(1);
  return ids[0] as string;
}

/** The value behind a weak cross-stack reference: the producing stack's output it names. */
function referencedOutput(reference: Json, producer: Template): Json {
  const { OutputName } = reference['Fn::GetStackOutput'];
  return producer.toJSON().Outputs[OutputName].Value;
}

describe('edge stack: the web ACL', () => {
  let webAcl: Json;
  const rule = (name: string): Json => {
    const found = webAcl.Properties.Rules.find((candidate: Json) => candidate.Name === name);
    expect(found, name).toBeDefined();
    return found;
  };

  beforeAll(() => {
    webAcl = only(edge, 'AWS::WAFv2::WebACL');
  });

  it('lives in us-east-1 with CLOUDFRONT scope, allowing what no rule blocks', () => {
    expect(stacks.edge.region).toBe('us-east-1');
    expect(webAcl.Properties.Scope).toBe('CLOUDFRONT');
    expect(webAcl.Properties.DefaultAction).toEqual({ Allow: {} });
  });

  it("limits every IP address to the stage's general rate", () => {
    const { Statement, Action } = rule('rate-per-ip');
    expect(Statement.RateBasedStatement).toEqual({
      AggregateKeyType: 'IP',
      EvaluationWindowSec: 300,
      Limit: stage.edgeRateLimits.perIp,
    });
    expect(Action.Block.CustomResponse.ResponseCode).toBe(429);
  });

  it('limits new applications per IP more tightly, on the POST of the create-application route only', () => {
    const { Statement } = rule('rate-application-creation');
    expect(Statement.RateBasedStatement.Limit).toBe(stage.edgeRateLimits.applicationCreation);
    expect(stage.edgeRateLimits.applicationCreation).toBeLessThan(stage.edgeRateLimits.perIp);
    const creation = routes.find((route) => route.handler === 'create-application');
    const matches = Statement.RateBasedStatement.ScopeDownStatement.AndStatement.Statements.map(
      (statement: Json) => statement.ByteMatchStatement,
    );
    expect(matches).toEqual([
      expect.objectContaining({ FieldToMatch: { Method: {} }, SearchString: creation?.method }),
      expect.objectContaining({
        FieldToMatch: { UriPath: {} },
        PositionalConstraint: 'STARTS_WITH',
        SearchString: '/rounds/',
      }),
      expect.objectContaining({ PositionalConstraint: 'ENDS_WITH', SearchString: '/applications' }),
    ]);
    expect(matches[1].TextTransformations).toEqual([{ Priority: 0, Type: 'NORMALIZE_PATH' }]);
  });

  it('limits staff requests per IP more tightly, and every staff route falls under that limit', () => {
    const { Statement } = rule('rate-staff');
    expect(Statement.RateBasedStatement.Limit).toBe(stage.edgeRateLimits.staff);
    expect(stage.edgeRateLimits.staff).toBeLessThan(stage.edgeRateLimits.perIp);
    const scope = Statement.RateBasedStatement.ScopeDownStatement;
    const statements: Json[] = scope.OrStatement?.Statements ?? [scope];
    const prefixes = statements.map((statement) => statement.ByteMatchStatement.SearchString as string);
    for (const route of routes.filter((candidate) => candidate.access !== 'public')) {
      expect(
        prefixes.some((prefix) => route.path.startsWith(prefix)),
        route.path,
      ).toBe(true);
    }
    for (const route of routes.filter((candidate) => candidate.access === 'public')) {
      expect(
        prefixes.some((prefix) => route.path.startsWith(prefix)),
        route.path,
      ).toBe(false);
    }
  });

  it('answers a rate limit with 429 and an error body in the API shape, in Latvian and English', () => {
    const key = rule('rate-per-ip').Action.Block.CustomResponse.CustomResponseBodyKey;
    const body = webAcl.Properties.CustomResponseBodies[key];
    expect(body.ContentType).toBe('APPLICATION_JSON');
    const parsed = ErrorResponseSchema.parse(JSON.parse(body.Content));
    expect(parsed.error.code).toBe('TOO_MANY_REQUESTS');
  });

  it("blocks request bodies over the API's own limit, oversize ones included", () => {
    const { Statement, Action } = rule('body-size');
    expect(Statement.SizeConstraintStatement).toMatchObject({
      FieldToMatch: { Body: { OversizeHandling: 'MATCH' } },
      ComparisonOperator: 'GT',
      Size: MAX_BODY_BYTES,
    });
    expect(Action.Block.CustomResponse.ResponseCode).toBe(413);
  });

  it("uses the AWS managed rule groups, counting only the common set's 8 KB body rule", () => {
    const managed = webAcl.Properties.Rules.filter((candidate: Json) => candidate.Statement.ManagedRuleGroupStatement);
    expect(managed.map((candidate: Json) => candidate.Statement.ManagedRuleGroupStatement.Name)).toEqual(
      expect.arrayContaining([
        'AWSManagedRulesCommonRuleSet',
        'AWSManagedRulesKnownBadInputsRuleSet',
        'AWSManagedRulesAmazonIpReputationList',
      ]),
    );
    for (const group of managed) {
      expect(group.Statement.ManagedRuleGroupStatement.VendorName).toBe('AWS');
      expect(group.OverrideAction).toEqual({ None: {} });
    }
    expect(rule('AWSManagedRulesCommonRuleSet').Statement.ManagedRuleGroupStatement.RuleActionOverrides).toEqual([
      { Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } },
    ]);
  });

  it('keeps metrics and sampled requests for the web ACL and every rule, with distinct priorities', () => {
    const configs = [
      webAcl.Properties.VisibilityConfig,
      ...webAcl.Properties.Rules.map((r: Json) => r.VisibilityConfig),
    ];
    for (const config of configs) {
      expect(config).toMatchObject({ CloudWatchMetricsEnabled: true, SampledRequestsEnabled: true });
    }
    const priorities = webAcl.Properties.Rules.map((r: Json) => r.Priority);
    expect(new Set(priorities).size).toBe(priorities.length);
  });

  it('logs to an encrypted aws-waf-logs- log group with retention, with the authorization header redacted', () => {
    const logGroup = only(edge, 'AWS::Logs::LogGroup');
    const name: string = logGroup.Properties.LogGroupName;
    expect(name).toMatch(/^aws-waf-logs-/);
    expect(logGroup.Properties.RetentionInDays).toBe(stage.logRetention);
    expect(logGroup.Properties.KmsKeyId).toBeDefined();

    const logging = only(edge, 'AWS::WAFv2::LoggingConfiguration');
    expect(logging.Properties.ResourceArn).toEqual({
      'Fn::GetAtt': [logicalIdOf(edge, 'AWS::WAFv2::WebACL'), 'Arn'],
    });
    const [destination] = logging.Properties.LogDestinationConfigs;
    const arn = JSON.stringify(destination);
    expect(arn).toContain(`:log-group:${name}`);
    expect(arn).not.toContain(':*');
    expect(logging.Properties.RedactedFields).toEqual(
      expect.arrayContaining([
        { SingleHeader: { Name: 'authorization' } },
        { SingleHeader: { Name: 'x-access-code' } },
      ]),
    );
  });
});

describe('web stack: the distribution', () => {
  let config: Json;
  let behaviors: Json[];
  let apiOriginId: string;
  let bucketOriginId: string;

  beforeAll(() => {
    config = only(web, 'AWS::CloudFront::Distribution').Properties.DistributionConfig;
    behaviors = config.CacheBehaviors;
    apiOriginId = config.Origins.find((origin: Json) => origin.CustomOriginConfig).Id;
    bucketOriginId = config.Origins.find((origin: Json) => origin.S3OriginConfig).Id;
  });

  it('lives in the stage region', () => {
    expect(stacks.web.region).toBe(stage.region);
  });

  it('sends the API the origin secret, read from Secrets Manager at deployment and never written in the template', () => {
    const apiOrigin = config.Origins.find((origin: Json) => origin.Id === apiOriginId);
    expect(apiOrigin.OriginCustomHeaders).toEqual([
      {
        HeaderName: ORIGIN_HEADER,
        HeaderValue: `{{resolve:secretsmanager:${stacks.api.originSecretName}:SecretString:::}}`,
      },
    ]);
    const secret = Object.values(Template.fromStack(stacks.api).findResources('AWS::SecretsManager::Secret'))[0];
    expect(secret?.Properties.Name).toBe(stacks.api.originSecretName);
  });

  it("is guarded by the edge stack's web ACL", () => {
    expect(config.WebACLId['Fn::GetStackOutput']).toMatchObject({
      StackName: stacks.edge.stackName,
      Region: 'us-east-1',
    });
    expect(referencedOutput(config.WebACLId, edge)).toEqual({
      'Fn::GetAtt': [logicalIdOf(edge, 'AWS::WAFv2::WebACL'), 'Arn'],
    });
  });

  it("serves the stage's domain with its us-east-1 certificate, TLS 1.2 (2021 policy) and above, HTTP/2 and 3", () => {
    expect(config.Aliases).toEqual([new URL(stage.publicWebUrl).hostname]);
    expect(config.ViewerCertificate).toEqual({
      AcmCertificateArn: stage.webCertificateArn,
      MinimumProtocolVersion: 'TLSv1.2_2021',
      SslSupportMethod: 'sni-only',
    });
    expect(config.HttpVersion).toBe('http2and3');
  });

  it('writes standard access logs to the log bucket', () => {
    expect(config.Logging).toMatchObject({ Prefix: 'cloudfront/' });
    const logsBucketId = stacks.web.getLogicalId(stacks.web.logs.bucket.node.defaultChild as CfnBucket);
    expect(config.Logging.Bucket).toEqual({ 'Fn::GetAtt': [logsBucketId, 'RegionalDomainName'] });
  });

  it('reads the web bucket through Origin Access Control only', () => {
    const oac = only(web, 'AWS::CloudFront::OriginAccessControl').Properties.OriginAccessControlConfig;
    expect(oac).toMatchObject({
      OriginAccessControlOriginType: 's3',
      SigningBehavior: 'always',
      SigningProtocol: 'sigv4',
    });
    const origin = config.Origins.find((candidate: Json) => candidate.Id === bucketOriginId);
    expect(origin.OriginAccessControlId).toEqual({
      'Fn::GetAtt': [logicalIdOf(web, 'AWS::CloudFront::OriginAccessControl'), 'Id'],
    });
    expect(origin.S3OriginConfig).toEqual({ OriginAccessIdentity: '' });
  });

  it('serves the web app by default over HTTPS (redirecting HTTP), with the app-path rewrite and no error pages', () => {
    const fallback = config.DefaultCacheBehavior;
    expect(fallback.TargetOriginId).toBe(bucketOriginId);
    expect(fallback.ViewerProtocolPolicy).toBe('redirect-to-https');
    expect(fallback.FunctionAssociations).toEqual([
      {
        EventType: 'viewer-request',
        FunctionARN: { 'Fn::GetAtt': [logicalIdOf(web, 'AWS::CloudFront::Function'), 'FunctionARN'] },
      },
    ]);
    expect(only(web, 'AWS::CloudFront::Function').Properties.FunctionCode).toBe(SPA_REWRITE_CODE);
    // Distribution-wide error responses would turn the API's own 403 and 404 answers into the app's page.
    expect(config.CustomErrorResponses).toBeUndefined();
  });

  it('rewrites paths without a file extension to /index.html and leaves files alone', () => {
    const handler = new Function(`${SPA_REWRITE_CODE}; return handler;`)() as (event: Json) => { uri: string };
    const rewrite = (uri: string) => handler({ request: { uri, method: 'GET', headers: {} } }).uri;
    for (const page of ['/', '/apply/demo', '/status', '/office', '/office/applications/KDMA-4729', '/.hidden']) {
      expect(rewrite(page), page).toBe('/index.html');
    }
    for (const file of ['/index.html', '/config.json', '/assets/index-3f9a1c.js', '/assets/index-77ab.css']) {
      expect(rewrite(file), file).toBe(file);
    }
  });

  it('sends every route of the route table to the API, uncached, with all methods and headers but Host', () => {
    const apiPatterns = behaviors.filter((b) => b.TargetOriginId === apiOriginId).map((b) => b.PathPattern);
    for (const route of routes) {
      const examplePath = route.path.replace(/\{[^}]+\}/g, 'x1');
      const firstSegmentOnly = `/${route.path.split('/')[1]}`;
      for (const path of [examplePath, firstSegmentOnly]) {
        const behavior = behaviors.find((b) => matchesPattern(b.PathPattern, path));
        expect(behavior?.TargetOriginId, `${route.method} ${path}`).toBe(apiOriginId);
      }
    }
    expect(apiPatterns.length).toBeGreaterThan(0);
    for (const behavior of behaviors) {
      expect(behavior).toMatchObject({
        TargetOriginId: apiOriginId,
        ViewerProtocolPolicy: 'https-only',
        CachePolicyId: CachePolicy.CACHING_DISABLED.cachePolicyId,
        OriginRequestPolicyId: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER.originRequestPolicyId,
      });
      expect([...behavior.AllowedMethods].sort()).toEqual(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT']);
    }
  });

  it('sends no path of the web app to the API', () => {
    for (const path of ['/', '/index.html', '/config.json', '/assets/index.js', '/apply/demo', '/status', '/office']) {
      expect(
        behaviors.some((b) => matchesPattern(b.PathPattern, path)),
        path,
      ).toBe(false);
    }
  });

  it("reaches the API at the HTTP API's own host name over HTTPS with TLS 1.2", () => {
    const origin = config.Origins.find((candidate: Json) => candidate.Id === apiOriginId);
    expect(origin.CustomOriginConfig).toMatchObject({
      OriginProtocolPolicy: 'https-only',
      OriginSSLProtocols: ['TLSv1.2'],
    });
    const [index, split] = origin.DomainName['Fn::Select'];
    expect(index).toBe(2);
    const [separator, endpoint] = split['Fn::Split'];
    expect(separator).toBe('/');
    expect(endpoint['Fn::GetStackOutput'].StackName).toBe(stacks.api.stackName);
    // `https://<id>.execute-api.<region>.amazonaws.com`: the third part when split at `/` is the host name.
    const apiId = stacks.api.getLogicalId(stacks.api.httpApi.api.node.defaultChild as CfnApi);
    expect(referencedOutput(endpoint, Template.fromStack(stacks.api))).toEqual({
      'Fn::GetAtt': [apiId, 'ApiEndpoint'],
    });
  });
});

describe('web stack: security headers', () => {
  let headers: Json;

  beforeAll(() => {
    headers = only(web, 'AWS::CloudFront::ResponseHeadersPolicy').Properties.ResponseHeadersPolicyConfig
      .SecurityHeadersConfig;
  });

  it("sets the local host's page headers, with the documents bucket for uploads and Cognito for sign-in", () => {
    const bucketId = stacks.data.getLogicalId(stacks.data.bucket.node.defaultChild as CfnBucket);
    const [, parts] = headers.ContentSecurityPolicy.ContentSecurityPolicy['Fn::Join'];
    const csp = (parts as (string | Json)[])
      .map((part) => {
        if (typeof part === 'string') return part;
        if (part.Ref === 'AWS::URLSuffix') return 'amazonaws.com';
        const value = referencedOutput(part, Template.fromStack(stacks.data));
        expect(value).toEqual({ 'Fn::GetAtt': [bucketId, 'RegionalDomainName'] });
        return 'documents.s3.eu-north-1.amazonaws.com';
      })
      .join('');
    const expected = pageSecurityHeaders({
      uploadOrigins: ['https://documents.s3.eu-north-1.amazonaws.com'],
      connectOrigins: [`https://cognito-idp.${stage.region}.amazonaws.com`],
    });
    expect(csp).toBe(expected['content-security-policy']);
    expect(headers.ContentSecurityPolicy.Override).toBe(true);
    expect(headers.ContentTypeOptions).toEqual({ Override: true });
    expect(expected['x-content-type-options']).toBe('nosniff');
    expect(headers.FrameOptions).toEqual({ FrameOption: expected['x-frame-options'], Override: true });
    expect(headers.ReferrerPolicy).toEqual({ ReferrerPolicy: expected['referrer-policy'], Override: true });
  });

  it('adds HSTS for at least a year, subdomains included', () => {
    expect(headers.StrictTransportSecurity.AccessControlMaxAgeSec).toBeGreaterThanOrEqual(365 * 24 * 3600);
    expect(headers.StrictTransportSecurity).toMatchObject({ IncludeSubdomains: true, Override: true });
  });

  it('puts the headers on the web app and on every API answer', () => {
    const config = only(web, 'AWS::CloudFront::Distribution').Properties.DistributionConfig;
    const policy = { Ref: logicalIdOf(web, 'AWS::CloudFront::ResponseHeadersPolicy') };
    for (const behavior of [config.DefaultCacheBehavior, ...config.CacheBehaviors]) {
      expect(behavior.ResponseHeadersPolicyId).toEqual(policy);
    }
  });
});

describe('web stack: the bucket and its files', () => {
  let deployments: Json[];
  const deployment = (excluded: string) =>
    deployments.find((candidate) => JSON.stringify(candidate.Properties.Exclude) === JSON.stringify([excluded]));

  beforeAll(() => {
    deployments = Object.values(web.findResources('Custom::CDKBucketDeployment'));
  });

  it('keeps the web bucket private, TLS-only, encrypted, versioned and access-logged', () => {
    const bucketId = stacks.web.getLogicalId(stacks.web.bucket.bucket.node.defaultChild as CfnBucket);
    const bucket = web.toJSON().Resources[bucketId].Properties;
    expect(bucket.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(bucket.BucketEncryption.ServerSideEncryptionConfiguration).toHaveLength(1);
    expect(bucket.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    expect(bucket.LoggingConfiguration.DestinationBucketName).toEqual({
      Ref: stacks.web.getLogicalId(stacks.web.logs.bucket.node.defaultChild as CfnBucket),
    });
    const policies = Object.values(web.findResources('AWS::S3::BucketPolicy')).filter(
      (policy) => policy.Properties.Bucket.Ref === bucketId,
    );
    const statements: Json[] = policies.flatMap((policy) => policy.Properties.PolicyDocument.Statement);
    expect(statements).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
    const allowed = statements.filter((statement) => statement.Effect === 'Allow');
    expect(allowed.map((statement) => statement.Principal)).toEqual([{ Service: 'cloudfront.amazonaws.com' }]);
  });

  it('caches hashed assets for a year and keeps old ones for pages opened before a deployment', () => {
    const assets = deployment('*');
    expect(assets?.Properties).toMatchObject({
      Include: ['assets/*'],
      Prune: false,
      SystemMetadata: { 'cache-control': 'public, max-age=31536000, immutable' },
    });
  });

  it('revalidates index.html and config.json on every request', () => {
    const pages = deployment('assets/*');
    expect(pages?.Properties.SystemMetadata).toEqual({ 'cache-control': 'no-cache' });
    expect(pages?.DependsOn).toEqual(expect.arrayContaining([expect.stringMatching(/^AppHashedAssetsCustomResource/)]));
  });

  it("writes a config.json naming the region's Cognito endpoint, the web client id and the region", () => {
    const pages = deployment('assets/*');
    const file = configFileIn(app.outdir);
    const markers: Json = pages?.Properties.SourceMarkers.find((entry: Json) => Object.keys(entry).length > 0);
    const clientId = stacks.data.getLogicalId(stacks.data.staffUsers.webClient.node.defaultChild as CfnUserPoolClient);
    const resolved = file.replace(/<<marker:0xbaba:\d+>>/g, (marker) => {
      const value = markers[marker];
      if (value.Ref === 'AWS::URLSuffix') return 'amazonaws.com';
      expect(referencedOutput(value, Template.fromStack(stacks.data))).toEqual({ Ref: clientId });
      return 'web-client-id';
    });
    expect(JSON.parse(resolved)).toEqual({
      staffSignIn: {
        endpoint: `https://cognito-idp.${stage.region}.amazonaws.com/`,
        clientId: 'web-client-id',
        region: stage.region,
      },
    });
  });

  it('names the distribution domain for the DNS record, and the web URL', () => {
    const outputs = web.toJSON().Outputs;
    expect(outputs.DistributionDomainName.Value).toEqual({
      'Fn::GetAtt': [logicalIdOf(web, 'AWS::CloudFront::Distribution'), 'DomainName'],
    });
    expect(outputs.WebUrl.Value).toBe(stage.publicWebUrl);
  });
});

/** CloudFront's path pattern matching: `*` is any run of characters, `?` one character, case-sensitive. */
function matchesPattern(pattern: string, path: string): boolean {
  const regex = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${regex}$`).test(path);
}

/** The staged `config.json` of the synthesized app: the file BucketDeployment copies, with its markers. */
function configFileIn(outdir: string): string {
  const found = readdirSync(outdir)
    .filter((entry) => entry.startsWith('asset.'))
    .map((entry) => join(outdir, entry, 'config.json'))
    .filter((path) => existsSync(path));
  expect(found).toHaveLength(1);
  return readFileSync(found[0] as string, 'utf8');
}
