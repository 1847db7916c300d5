import { App, type Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import type { CfnUserPool, CfnUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { CfnRole } from 'aws-cdk-lib/aws-iam';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import cdkJson from '../../cdk.json' with { type: 'json' };
import { DEPLOYED_HANDLERS } from '../../infra/constructs/function-entries.ts';
import { needsOf } from '../../infra/constructs/function-needs.ts';
import type { ApiStack } from '../../infra/stacks/api-stack.ts';
import type { DataStack } from '../../infra/stacks/data-stack.ts';
import { addIntakeStacks } from '../../infra/stacks/intake-stacks.ts';
import { resolveStage, type StageSettings } from '../../infra/stages.ts';
import { AUDIT_TABLE_DESIGN } from '../../shared/adapters/dynamodb/table-design.ts';
import { SUBMITTED_PREFIX, UPLOADS_PREFIX } from '../../shared/adapters/s3/s3-document-store.ts';
import { MALWARE_SCAN_TAG } from '../../shared/domain/malware-scan.ts';
import {
  mailEventConsumers,
  routes,
  type StreamConsumer,
  scheduledJobs,
  streamConsumers,
} from '../../shared/routes.ts';

interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: Record<string, Record<string, unknown>>;
}

const STAFF_VARIABLES = ['STAFF_TOKEN_ISSUER', 'STAFF_TOKEN_AUDIENCE', 'STAFF_JWKS_URL'];

/** Handlers of staff routes, from the route table itself, so a needs entry cannot make a staff route public. */
const STAFF_HANDLERS: readonly string[] = routes
  .filter((route) => route.access !== 'public')
  .map((route) => route.handler);
/** Handlers behind the HTTP API: they answer only requests that came through the CloudFront distribution. */
const ROUTE_HANDLERS: readonly string[] = routes.map((route) => route.handler);
const PUBLIC_HANDLERS = DEPLOYED_HANDLERS.filter((handler) => !STAFF_HANDLERS.includes(handler));
/**
 * The functions besides the staff's that append to the audit log, and nothing more: a participant agreeing to
 * their plan online, and the scheduled jobs (the retention job audits each removal).
 */
const AUDITED_WITHOUT_STAFF = ['agree-to-plan', ...scheduledJobs.map((job) => job.handler)];
/** The only functions that may read the audit log: the log itself, and an application's history. */
/** The functions that read the whole log, and those that read one application's history from its index. */
const AUDIT_READERS = ['list-audit-entries'];
const HISTORY_READERS = [
  'record-withdrawal',
  'get-staff-application',
  'check-documents',
  'decide-eligibility',
  'record-scores',
  'add-note',
  'submit-paper-application',
  'export-personal-data',
  'correct-personal-details',
];

let stage: StageSettings;
let data: DataStack;
let api: ApiStack;
let template: Template;
/** The stack nested in the API stack that holds the alarms and their topic. */
let monitoring: Template;
/** Physical names of the tables in the data stack: the API stack's policies and variables name them. */
let applicationsTableId: string;
let auditTableId: string;
/** Logical id of the API stack's key for logs and alarms. */
let logsKeyId: string;

beforeAll(() => {
  const app = new App({ context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] } });
  stage = resolveStage(app.node);
  ({ data, api } = addIntakeStacks(app, stage));
  template = Template.fromStack(api);
  monitoring = Template.fromStack(api.alarms.node.scope as Stack);
  // The API stack names the data stack's tables by their physical names.
  applicationsTableId = data.names.applicationsTable;
  auditTableId = data.names.auditTable;
  logsKeyId = Object.keys(template.findResources('AWS::KMS::Key'))[0] ?? '';
});

function deployed(handler: string) {
  const fn = api.functions.get(handler);
  if (!fn) throw new Error(`${handler} is not deployed`);
  const functionId = api.getLogicalId(fn.function.node.defaultChild as CfnFunction);
  const roleId = api.getLogicalId(fn.function.role?.node.defaultChild as CfnRole);
  return { functionId, roleId };
}

function functionProperties(handler: string): Record<string, unknown> {
  const { functionId } = deployed(handler);
  return template.toJSON().Resources[functionId].Properties;
}

/** Every Allow statement of the inline policies attached to the handler's role. */
function statementsOf(handler: string): Statement[] {
  const { roleId } = deployed(handler);
  return Object.values(template.findResources('AWS::IAM::Policy'))
    .filter((policy) =>
      (policy.Properties.Roles as unknown[]).some((role) => JSON.stringify(role) === JSON.stringify({ Ref: roleId })),
    )
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[])
    .filter((statement) => statement.Effect === 'Allow');
}

/** Whether any granted action pattern (IAM wildcards included) covers `action`. */
function allows(statements: Statement[], action: string): boolean {
  return statements
    .flatMap((statement) => [statement.Action].flat())
    .some((pattern) => new RegExp(`^${pattern.replaceAll('*', '.*')}$`).test(action));
}

/** The statements whose resources end with `suffix` (an object ARN pattern such as `/uploads/*`). */
function within(statements: Statement[], suffix: string): Statement[] {
  return statements.filter((statement) => JSON.stringify(statement.Resource).includes(`${suffix}"`));
}

/** The statements whose resources refer to the data stack resource with this logical id (or to `*`). */
function on(statements: Statement[], logicalId: string): Statement[] {
  return statements.filter((statement) => {
    const resource = JSON.stringify(statement.Resource);
    return resource.includes(logicalId) || [statement.Resource].flat().includes('*');
  });
}

function variablesOf(handler: string): Record<string, unknown> {
  return (functionProperties(handler).Environment as { Variables: Record<string, unknown> }).Variables;
}

describe('functions', () => {
  it('deploys one function per handler of the route table and stream consumers, and no other', () => {
    expect([...api.functions.keys()].sort()).toEqual([...DEPLOYED_HANDLERS].sort());
    template.resourceCountIs('AWS::Lambda::Function', DEPLOYED_HANDLERS.length);
  });

  it.each(DEPLOYED_HANDLERS)(
    'runs %s on Node.js 24 on arm64 with 512 MB and a 10 s timeout, or its job’s or consumer’s declared one',
    (handler) => {
      const declared = [...scheduledJobs, ...(streamConsumers as readonly StreamConsumer[])].find(
        (candidate) => candidate.handler === handler,
      );
      expect(functionProperties(handler)).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        MemorySize: 512,
        Timeout: declared?.timeoutSeconds ?? 10,
        Handler: 'index.handler',
      });
    },
  );

  it.each(DEPLOYED_HANDLERS)('gives %s its own log group with the stage retention', (handler) => {
    const logGroupRef = (functionProperties(handler).LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
    expect(template.toJSON().Resources[logGroupRef]).toMatchObject({
      Type: 'AWS::Logs::LogGroup',
      Properties: { RetentionInDays: stage.logRetention },
    });
  });

  it.each(DEPLOYED_HANDLERS)('configures %s with exactly the variables its needs imply', (handler) => {
    const needs = needsOf(handler);
    const expected = ['PUBLIC_WEB_URL', 'APP_SECRET_ARN'];
    if (needs.table) expected.push('TABLE_NAME');
    if (needs.bucket?.length) expected.push('DOCUMENTS_BUCKET');
    if (needs.mail) expected.push('MAIL_FROM', 'MAIL_CONFIGURATION_SET', 'MAIL_RATE_PER_SECOND');
    if (needs.audit) expected.push('AUDIT_TABLE_NAME');
    if (needs.staffAuth) expected.push(...STAFF_VARIABLES);
    if (ROUTE_HANDLERS.includes(handler)) expected.push('ORIGIN_SECRET_ARN');
    const variables = variablesOf(handler);
    expect(Object.keys(variables).sort()).toEqual(expected.sort());
    expect(variables.PUBLIC_WEB_URL).toBe(stage.publicWebUrl);
    if (needs.mail) expect(variables.MAIL_FROM).toBe(stage.mailFrom);
    if (needs.mail) expect(variables.MAIL_RATE_PER_SECOND).toBe(String(stage.mailRatePerSecond));
  });

  it.each(DEPLOYED_HANDLERS)('encrypts the log group of %s with the stack key', (handler) => {
    const logGroupRef = (functionProperties(handler).LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
    const kmsKeyId = template.toJSON().Resources[logGroupRef].Properties.KmsKeyId;
    expect(JSON.stringify(kmsKeyId)).toContain(logsKeyId);
  });

  it.each(DEPLOYED_HANDLERS)('gives %s a role of its own with no managed policy', (handler) => {
    const { roleId } = deployed(handler);
    const role = template.toJSON().Resources[roleId];
    expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    const roles = DEPLOYED_HANDLERS.map((other) => deployed(other).roleId);
    expect(roles.filter((other) => other === roleId)).toHaveLength(1);
  });

  it.each(DEPLOYED_HANDLERS)('lets %s write logs to its own log group only', (handler) => {
    const logStatements = statementsOf(handler).filter((statement) =>
      [statement.Action].flat().some((action) => action.startsWith('logs:')),
    );
    const logGroupRef = (functionProperties(handler).LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
    expect(logStatements.length).toBeGreaterThan(0);
    for (const statement of logStatements) {
      expect(JSON.stringify(statement.Resource)).toContain(logGroupRef);
      expect([statement.Action].flat()).not.toContain('logs:CreateLogGroup');
    }
  });
});

describe('staff functions', () => {
  it('are exactly the functions that verify tokens, and with the participant’s agreement those that audit', () => {
    expect(DEPLOYED_HANDLERS.filter((handler) => needsOf(handler).staffAuth).sort()).toEqual(
      [...STAFF_HANDLERS].sort(),
    );
    expect(DEPLOYED_HANDLERS.filter((handler) => needsOf(handler).audit).sort()).toEqual(
      [...STAFF_HANDLERS, ...AUDITED_WITHOUT_STAFF].sort(),
    );
  });

  it.each(STAFF_HANDLERS)('%s is told where tokens come from and where the audit log is', (handler) => {
    const variables = variablesOf(handler);
    for (const name of [...STAFF_VARIABLES, 'AUDIT_TABLE_NAME']) expect(variables, name).toHaveProperty(name);
    const poolId = data.getLogicalId(data.staffUsers.userPool.node.defaultChild as CfnUserPool);
    const clientId = data.getLogicalId(data.staffUsers.webClient.node.defaultChild as CfnUserPoolClient);
    const issuer = JSON.stringify(variables.STAFF_TOKEN_ISSUER);
    expect(issuer).toContain('https://cognito-idp.');
    expect(issuer).toContain(poolId);
    expect(JSON.stringify(variables.STAFF_JWKS_URL)).toContain('/.well-known/jwks.json');
    expect(JSON.stringify(variables.STAFF_JWKS_URL)).toContain(poolId);
    expect(JSON.stringify(variables.STAFF_TOKEN_AUDIENCE)).toContain(clientId);
    expect(JSON.stringify(variables.AUDIT_TABLE_NAME)).toContain(auditTableId);
  });

  it.each(PUBLIC_HANDLERS.filter((handler) => !AUDITED_WITHOUT_STAFF.includes(handler)))(
    '%s knows nothing of staff tokens or the audit log',
    (handler) => {
      const names = Object.keys(variablesOf(handler));
      for (const name of [...STAFF_VARIABLES, 'AUDIT_TABLE_NAME']) expect(names, name).not.toContain(name);
      expect(on(statementsOf(handler), auditTableId)).toEqual([]);
    },
  );

  it.each(AUDITED_WITHOUT_STAFF)(
    '%s knows nothing of staff tokens, and may only append to the audit log',
    (handler) => {
      const names = Object.keys(variablesOf(handler));
      for (const name of STAFF_VARIABLES) expect(names, name).not.toContain(name);
      expect(needsOf(handler).audit).toBe('append');
      const audit = on(statementsOf(handler), auditTableId);
      expect(allows(audit, 'dynamodb:PutItem')).toBe(true);
      for (const action of ['dynamodb:Query', 'dynamodb:Scan', 'dynamodb:GetItem']) {
        expect(allows(audit, action), action).toBe(false);
      }
    },
  );
});

describe('the audit log is append-only', () => {
  it.each(STAFF_HANDLERS)('%s may put entries into the audit table', (handler) => {
    expect(allows(on(statementsOf(handler), auditTableId), 'dynamodb:PutItem')).toBe(true);
  });

  it.each(DEPLOYED_HANDLERS)('%s can neither change nor delete an audit entry', (handler) => {
    const audit = on(statementsOf(handler), auditTableId);
    for (const action of ['dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem']) {
      expect(allows(audit, action), action).toBe(false);
    }
  });

  it('may be queried only by the audit-log reader and the functions that show an application history', () => {
    const readers = DEPLOYED_HANDLERS.filter((handler) =>
      ['dynamodb:Query', 'dynamodb:Scan', 'dynamodb:GetItem'].some((action) =>
        allows(on(statementsOf(handler), auditTableId), action),
      ),
    );
    expect(readers.sort()).toEqual([...AUDIT_READERS, ...HISTORY_READERS].sort());
    expect(DEPLOYED_HANDLERS.filter((handler) => needsOf(handler).audit === 'appendAndRead').sort()).toEqual(
      [...AUDIT_READERS].sort(),
    );
  });

  it.each(HISTORY_READERS)('%s may query only the application index of the audit table', (handler) => {
    const queries = on(statementsOf(handler), auditTableId).filter((statement) =>
      allows([statement], 'dynamodb:Query'),
    );
    expect(queries).toHaveLength(1);
    const resources = JSON.stringify(queries);
    expect(resources).toContain('/index/application');
    expect(resources).not.toContain('/index/*');
  });

  it.each(AUDIT_READERS)('%s may query the audit table and its index, and not scan it', (handler) => {
    const audit = on(statementsOf(handler), auditTableId);
    expect(allows(audit, 'dynamodb:Query')).toBe(true);
    expect(allows(audit, 'dynamodb:Scan')).toBe(false);
    const resources = JSON.stringify(audit.filter((statement) => allows([statement], 'dynamodb:Query')));
    expect(resources).toContain(`/index/${AUDIT_TABLE_DESIGN.indexes[0].name}`);
    expect(resources).not.toContain('/index/*');
  });
});

describe('permissions follow function-needs', () => {
  it.each(DEPLOYED_HANDLERS)('%s reads the table only if it needs to, and writes only with readWrite', (handler) => {
    const { table } = needsOf(handler);
    const statements = on(statementsOf(handler), applicationsTableId);
    for (const action of ['dynamodb:GetItem', 'dynamodb:Query']) {
      expect(allows(statements, action), action).toBe(table !== undefined);
    }
    for (const action of [
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
      'dynamodb:DeleteItem',
      'dynamodb:BatchWriteItem',
    ]) {
      expect(allows(statements, action), action).toBe(table === 'readWrite');
    }
  });

  it.each(DEPLOYED_HANDLERS)('%s has no grant that names both tables', (handler) => {
    const both = on(statementsOf(handler), applicationsTableId).filter((statement) =>
      JSON.stringify(statement.Resource).includes(auditTableId),
    );
    expect(both).toEqual([]);
  });

  it.each(DEPLOYED_HANDLERS)(
    '%s touches documents only as listed, and purges versions only to erase them',
    (handler) => {
      const bucket = needsOf(handler).bucket ?? [];
      const erases = bucket.includes('eraseDocuments');
      const all = statementsOf(handler);
      const listings = all.filter((statement) => allows([statement], 's3:ListBucketVersions'));
      const statements = all.filter((statement) => !listings.includes(statement));
      const uploads = within(statements, `/${UPLOADS_PREFIX}*`);
      const submitted = within(statements, `/${SUBMITTED_PREFIX}*`);
      expect(allows(uploads, 's3:PutObject')).toBe(bucket.includes('uploadForms'));
      expect(allows(uploads, 's3:GetObject')).toBe(bucket.includes('readUploads'));
      expect(allows(uploads, 's3:DeleteObject')).toBe(bucket.includes('deleteUploads'));
      expect(allows(submitted, 's3:PutObject')).toBe(bucket.includes('keepSubmitted'));
      expect(allows(submitted, 's3:GetObject')).toBe(bucket.includes('readClean'));
      expect(allows(submitted, 's3:DeleteObject')).toBe(false);
      // Nothing else of the bucket: every object statement names one of the two prefixes.
      const objectStatements = statements.filter((statement) =>
        [statement.Action].flat().some((a) => a.startsWith('s3:')),
      );
      expect(objectStatements.length).toBe(new Set([...uploads, ...submitted]).size);
      expect(allows(uploads, 's3:DeleteObjectVersion')).toBe(erases);
      expect(allows(submitted, 's3:DeleteObjectVersion')).toBe(erases);
      // Versions are listed only under the two prefixes, and only by the functions that erase them.
      expect(listings.map((statement) => statement.Condition)).toEqual(
        erases ? [{ StringLike: { 's3:prefix': [`${UPLOADS_PREFIX}*`, `${SUBMITTED_PREFIX}*`] } }] : [],
      );
      expect(allows(statements, 's3:PutBucketPolicy')).toBe(false);
      expect(allows(statements, 's3:PutObjectTagging')).toBe(false);
      expect(allows(statements, 's3:ListBucket')).toBe(false);
    },
  );

  it.each(DEPLOYED_HANDLERS.filter((handler) => needsOf(handler).bucket?.includes('uploadForms')))(
    '%s, which signs upload forms, can never write a submitted document',
    (handler) => {
      expect(allows(within(statementsOf(handler), `/${SUBMITTED_PREFIX}*`), 's3:PutObject')).toBe(false);
    },
  );

  it('lets get-document-link read only documents the malware scan tagged clean', () => {
    const reads = statementsOf('get-document-link').filter((statement) => allows([statement], 's3:GetObject'));
    expect(reads.length).toBeGreaterThan(0);
    for (const statement of reads) {
      expect(statement.Condition).toEqual({
        StringEquals: { [`s3:ExistingObjectTag/${MALWARE_SCAN_TAG.key}`]: MALWARE_SCAN_TAG.clean },
      });
    }
    expect(allows(statementsOf('get-document-link'), 's3:GetObjectTagging')).toBe(true);
  });

  it.each(DEPLOYED_HANDLERS.filter((handler) => needsOf(handler).bucket?.includes('readUploads')))(
    '%s, which checks uploads right after they arrive, may read them before the scan',
    (handler) => {
      const reads = statementsOf(handler).filter((statement) => allows([statement], 's3:GetObject'));
      expect(reads.some((statement) => statement.Condition === undefined)).toBe(true);
    },
  );

  it.each(DEPLOYED_HANDLERS)('%s may use the data key only when it uses a table or the bucket', (handler) => {
    const needs = needsOf(handler);
    const statements = statementsOf(handler);
    expect(allows(statements, 'kms:Decrypt')).toBe(
      needs.table !== undefined || (needs.bucket?.length ?? 0) > 0 || needs.audit !== undefined,
    );
    // Every audit entry is a write, so every function of the audit log may encrypt with the key.
    expect(allows(statements, 'kms:GenerateDataKey')).toBe(
      needs.table === 'readWrite' ||
        (needs.bucket?.some((access) => access === 'uploadForms' || access === 'keepSubmitted') ?? false) ||
        needs.audit !== undefined,
    );
  });

  it.each(DEPLOYED_HANDLERS)('%s sends e-mail only if it needs to, and only from the stage sender', (handler) => {
    const statements = statementsOf(handler);
    expect(allows(statements, 'ses:SendEmail')).toBe(needsOf(handler).mail === true);
    for (const statement of statements.filter((s) => [s.Action].flat().some((a) => a.startsWith('ses:')))) {
      expect(statement.Condition).toEqual({ StringEquals: { 'ses:FromAddress': stage.mailFrom } });
      expect(JSON.stringify(statement.Resource)).toContain(':configuration-set/');
    }
  });

  it.each(DEPLOYED_HANDLERS)('%s may read the application secret', (handler) => {
    expect(allows(statementsOf(handler), 'secretsmanager:GetSecretValue')).toBe(true);
  });

  it.each(DEPLOYED_HANDLERS)('%s may read the origin secret only if it answers HTTP', (handler) => {
    const originSecretId = Object.keys(template.findResources('AWS::SecretsManager::Secret'))[0] ?? '';
    const reads = statementsOf(handler).filter((statement) =>
      JSON.stringify(statement.Resource).includes(originSecretId),
    );
    expect(reads.length > 0).toBe(ROUTE_HANDLERS.includes(handler));
    if (ROUTE_HANDLERS.includes(handler))
      expect(variablesOf(handler).ORIGIN_SECRET_ARN).toEqual({ Ref: originSecretId });
  });

  it.each(DEPLOYED_HANDLERS)('%s has no wildcard action on a whole service', (handler) => {
    const actions = statementsOf(handler).flatMap((statement) => [statement.Action].flat());
    expect(actions.filter((action) => action === '*' || action.endsWith(':*'))).toEqual([]);
  });

  it('get-round cannot write items', () => {
    expect(allows(statementsOf('get-round'), 'dynamodb:PutItem')).toBe(false);
  });
});

describe('HTTP API', () => {
  it('throttles the default stage at the stage rate and burst', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: {
        ThrottlingRateLimit: stage.throttle.rateLimit,
        ThrottlingBurstLimit: stage.throttle.burstLimit,
      },
    });
  });

  it('gives each staff route its own, lower limit from the stage, and public routes none', () => {
    const stageResource = Object.values(template.findResources('AWS::ApiGatewayV2::Stage'))[0];
    const settings = stageResource?.Properties.RouteSettings as Record<string, unknown>;
    const staffRoutes = routes.filter((route) => route.access !== 'public');
    expect(Object.keys(settings).sort()).toEqual(staffRoutes.map((route) => `${route.method} ${route.path}`).sort());
    for (const value of Object.values(settings)) {
      expect(value).toEqual({
        ThrottlingRateLimit: stage.staffThrottle.rateLimit,
        ThrottlingBurstLimit: stage.staffThrottle.burstLimit,
      });
    }
    expect(stage.staffThrottle.rateLimit).toBeLessThan(stage.throttle.rateLimit);
  });

  it('demands a staff ID token of the user pool at the gateway on every staff route, and on no public one', () => {
    const authorizers = Object.entries(template.findResources('AWS::ApiGatewayV2::Authorizer'));
    expect(authorizers).toHaveLength(1);
    const [authorizerId, authorizer] = authorizers[0] ?? [];
    expect(authorizer?.Properties).toMatchObject({
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
    });
    const jwt = JSON.stringify(authorizer?.Properties.JwtConfiguration);
    expect(jwt).toContain('cognito-idp');
    expect(jwt).toContain('StaffUsersPoolWebClient');
    const routeKeys = Object.values(template.findResources('AWS::ApiGatewayV2::Route'));
    for (const route of routes) {
      const synthesized = routeKeys.find((key) => key.Properties.RouteKey === `${route.method} ${route.path}`);
      if (route.access === 'public') {
        expect([undefined, 'NONE'], route.path).toContain(synthesized?.Properties.AuthorizationType);
      } else {
        expect(synthesized?.Properties, route.path).toMatchObject({
          AuthorizationType: 'JWT',
          AuthorizerId: { Ref: authorizerId },
        });
      }
    }
  });

  it('encrypts the access log group with the stack key', () => {
    const stageResource = Object.values(template.findResources('AWS::ApiGatewayV2::Stage'))[0];
    const destination = JSON.stringify(stageResource?.Properties.AccessLogSettings.DestinationArn);
    const logGroupId = /"([A-Za-z0-9]+)","Arn"/.exec(destination)?.[1] ?? '';
    expect(JSON.stringify(template.toJSON().Resources[logGroupId].Properties.KmsKeyId)).toContain(logsKeyId);
  });

  it('writes JSON access logs with the request id, but not the request path', () => {
    const stageResource = Object.values(template.findResources('AWS::ApiGatewayV2::Stage'))[0];
    const settings = stageResource?.Properties.AccessLogSettings as { DestinationArn: unknown; Format: string };
    expect(settings.DestinationArn).toBeDefined();
    const format = JSON.parse(settings.Format) as Record<string, string>;
    expect(format.requestId).toBe('$context.requestId');
    expect(Object.values(format)).not.toContain('$context.path');
  });

  it('uses Lambda proxy integrations with payload format 2.0', () => {
    const integrations = Object.values(template.findResources('AWS::ApiGatewayV2::Integration'));
    expect(integrations.length).toBeGreaterThan(0);
    for (const integration of integrations) {
      expect(integration.Properties).toMatchObject({ IntegrationType: 'AWS_PROXY', PayloadFormatVersion: '2.0' });
    }
  });

  it('outputs the API URL', () => {
    template.hasOutput('ApiUrl', {});
  });
});

describe('stream consumers', () => {
  it('read the table stream from the oldest record, in batches of 10, reporting failed items', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: 10,
      MaximumRetryAttempts: 5,
      BisectBatchOnFunctionError: true,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
  });

  it('feed the queue’s consumer batches of up to 100, so a rush of submissions moves its counts once a batch', () => {
    const sizes = Object.values(template.findResources('AWS::Lambda::EventSourceMapping')).map(
      (mapping) => mapping.Properties.BatchSize,
    );
    expect(sizes.sort((a, b) => a - b)).toEqual([10, 10, 100]);
  });

  it('invoke a consumer only for the items it declares, when it declares them', () => {
    for (const consumer of streamConsumers as readonly StreamConsumer[]) {
      const { functionId } = deployed(consumer.handler);
      const mapping = Object.values(template.findResources('AWS::Lambda::EventSourceMapping')).find(
        (candidate) => candidate.Properties.FunctionName.Ref === functionId,
      );
      const filters = mapping?.Properties.FilterCriteria?.Filters ?? [];
      expect(filters.map((filter: { Pattern: string }) => JSON.parse(filter.Pattern))).toEqual(
        consumer.sortKeyPrefix ? [{ dynamodb: { Keys: { sk: { S: [{ prefix: consumer.sortKeyPrefix }] } } } }] : [],
      );
    }
  });

  it('record batches that keep failing in an encrypted queue', () => {
    const mappings = Object.values(template.findResources('AWS::Lambda::EventSourceMapping'));
    expect(mappings).toHaveLength(streamConsumers.length);
    for (const mapping of mappings) {
      const queueId = mapping.Properties.DestinationConfig.OnFailure.Destination['Fn::GetAtt'][0];
      expect(template.toJSON().Resources[queueId].Properties).toMatchObject({ SqsManagedSseEnabled: true });
    }
  });
});

describe('mail delivery events', () => {
  it.each(mailEventConsumers.map((consumer) => consumer.handler))(
    '%s is subscribed to the bounce and complaint topic, retried twice, then kept in an encrypted queue',
    (handler) => {
      const { functionId } = deployed(handler);
      template.hasResourceProperties('AWS::SNS::Subscription', {
        Protocol: 'lambda',
        Endpoint: { 'Fn::GetAtt': [functionId, 'Arn'] },
      });
      const invokeConfig = Object.values(template.findResources('AWS::Lambda::EventInvokeConfig')).find(
        (config) => config.Properties.FunctionName.Ref === functionId,
      );
      expect(invokeConfig?.Properties.MaximumRetryAttempts).toBe(2);
      const queueId = invokeConfig?.Properties.DestinationConfig.OnFailure.Destination['Fn::GetAtt'][0];
      expect(template.toJSON().Resources[queueId].Properties).toMatchObject({ SqsManagedSseEnabled: true });
    },
  );
});

describe('scheduled jobs', () => {
  it.each(scheduledJobs.map((job) => job.handler))(
    '%s runs on its schedule in Riga time, told when the run was due, and is not run again by the schedule',
    (handler) => {
      const job = scheduledJobs.find((candidate) => candidate.handler === handler);
      const { functionId } = deployed(handler);
      template.hasResourceProperties('AWS::Scheduler::Schedule', {
        ScheduleExpression: job?.schedule,
        ScheduleExpressionTimezone: 'Europe/Riga',
        State: 'ENABLED',
        Target: {
          Arn: { 'Fn::GetAtt': [functionId, 'Arn'] },
          Input: JSON.stringify({ scheduledTime: '<aws.scheduler.scheduled-time>' }),
          RetryPolicy: { MaximumRetryAttempts: 0, MaximumEventAgeInSeconds: 3600 },
        },
      });
    },
  );

  it('lets each schedule invoke its own job and nothing else', () => {
    const schedules = Object.values(template.findResources('AWS::Scheduler::Schedule'));
    expect(schedules).toHaveLength(scheduledJobs.length);
    for (const schedule of schedules) {
      const roleId = schedule.Properties.Target.RoleArn['Fn::GetAtt'][0];
      const functionId = schedule.Properties.Target.Arn['Fn::GetAtt'][0];
      const statements = Object.values(template.findResources('AWS::IAM::Policy'))
        .filter((policy) => JSON.stringify(policy.Properties.Roles).includes(roleId))
        .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[]);
      expect(statements.flatMap((statement) => [statement.Action].flat())).toEqual(['lambda:InvokeFunction']);
      for (const resource of statements.flatMap((statement) => [statement.Resource].flat())) {
        expect(JSON.stringify(resource)).toContain(functionId);
      }
    }
  });
});

describe('alarms', () => {
  /**
   * A value of the nested monitoring stack as the API stack gives it: a reference to one of the API stack's
   * resources arrives as a parameter of the nested stack, which the API stack sets.
   */
  function inApiStack(value: unknown): string {
    const [nested] = Object.values(template.findResources('AWS::CloudFormation::Stack'));
    const parameters = (nested?.Properties.Parameters ?? {}) as Record<string, unknown>;
    return JSON.stringify(value).replace(/\{"Ref":"([^"]+)"\}/g, (ref, name: string) =>
      name in parameters ? JSON.stringify(parameters[name]) : ref,
    );
  }

  /** Alarms by the metric they watch, as `namespace metric dimension-values`. */
  function alarmsOn(metricName: string, dimension?: string): unknown[] {
    return Object.values(monitoring.findResources('AWS::CloudWatch::Alarm')).filter(
      (alarm) =>
        alarm.Properties.MetricName === metricName &&
        (dimension === undefined || inApiStack(alarm.Properties.Dimensions).includes(dimension)),
    );
  }

  it.each(DEPLOYED_HANDLERS)('go off when %s fails or is throttled', (handler) => {
    const { functionId } = deployed(handler);
    expect(alarmsOn('Errors', functionId)).toHaveLength(1);
    expect(alarmsOn('Throttles', functionId)).toHaveLength(1);
  });

  it('go off when any on-failure queue holds a message', () => {
    const queues = Object.keys(template.findResources('AWS::SQS::Queue'));
    expect(queues).toHaveLength(streamConsumers.length + mailEventConsumers.length);
    for (const queueId of queues) {
      expect(alarmsOn('ApproximateNumberOfMessagesVisible', queueId)).toHaveLength(1);
    }
  });

  it('go off at the SES review levels of the bounce and complaint rates', () => {
    monitoring.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SES',
      MetricName: 'Reputation.BounceRate',
      Threshold: 0.05,
    });
    monitoring.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SES',
      MetricName: 'Reputation.ComplaintRate',
      Threshold: 0.001,
    });
  });

  it('all notify the one alarm topic, which is encrypted and refuses plain HTTP', () => {
    const topics = Object.entries(monitoring.findResources('AWS::SNS::Topic'));
    expect(topics).toHaveLength(1);
    expect(template.findResources('AWS::SNS::Topic')).toEqual({});
    const [topicId, topic] = topics[0] ?? [];
    expect(inApiStack(topic?.Properties.KmsMasterKeyId)).toContain(logsKeyId);
    for (const alarm of Object.values(monitoring.findResources('AWS::CloudWatch::Alarm'))) {
      expect(alarm.Properties.AlarmActions).toEqual([{ Ref: topicId }]);
    }
    monitoring.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });
});
