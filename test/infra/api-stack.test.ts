import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CfnRole } from 'aws-cdk-lib/aws-iam';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import cdkJson from '../../cdk.json' with { type: 'json' };
import { DEPLOYED_HANDLERS } from '../../infra/constructs/function-entries.ts';
import { needsOf } from '../../infra/constructs/function-needs.ts';
import type { ApiStack } from '../../infra/stacks/api-stack.ts';
import { addIntakeStacks } from '../../infra/stacks/intake-stacks.ts';
import { resolveStage, type StageSettings } from '../../infra/stages.ts';
import { streamConsumers } from '../../shared/routes.ts';

interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: Record<string, Record<string, unknown>>;
}

let stage: StageSettings;
let api: ApiStack;
let template: Template;

beforeAll(() => {
  const app = new App({ context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] } });
  stage = resolveStage(app.node);
  api = addIntakeStacks(app, stage).api;
  template = Template.fromStack(api);
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

describe('functions', () => {
  it('deploys one function per handler of the route table and stream consumers, and no other', () => {
    expect([...api.functions.keys()].sort()).toEqual([...DEPLOYED_HANDLERS].sort());
    template.resourceCountIs('AWS::Lambda::Function', DEPLOYED_HANDLERS.length);
  });

  it.each(DEPLOYED_HANDLERS)('runs %s on Node.js 24 on arm64 with 512 MB and a 10 s timeout', (handler) => {
    expect(functionProperties(handler)).toMatchObject({
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      MemorySize: 512,
      Timeout: 10,
      Handler: 'index.handler',
    });
  });

  it.each(DEPLOYED_HANDLERS)('gives %s its own log group with the stage retention', (handler) => {
    const logGroupRef = (functionProperties(handler).LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
    expect(template.toJSON().Resources[logGroupRef]).toMatchObject({
      Type: 'AWS::Logs::LogGroup',
      Properties: { RetentionInDays: stage.logRetention },
    });
  });

  it.each(DEPLOYED_HANDLERS)('configures %s with exactly the variables its needs imply', (handler) => {
    const needs = needsOf(handler);
    const expected = ['NODE_OPTIONS', 'PUBLIC_WEB_URL', 'APP_SECRET_ARN'];
    if (needs.table) expected.push('TABLE_NAME');
    if (needs.bucket?.length) expected.push('DOCUMENTS_BUCKET');
    if (needs.mail) expected.push('MAIL_FROM');
    const variables = (functionProperties(handler).Environment as { Variables: Record<string, unknown> }).Variables;
    expect(Object.keys(variables).sort()).toEqual(expected.sort());
    expect(variables.PUBLIC_WEB_URL).toBe(stage.publicWebUrl);
    if (needs.mail) expect(variables.MAIL_FROM).toBe(stage.mailFrom);
  });
});

describe('permissions follow function-needs', () => {
  it.each(DEPLOYED_HANDLERS)('%s reads the table only if it needs to, and writes only with readWrite', (handler) => {
    const { table } = needsOf(handler);
    const statements = statementsOf(handler);
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

  it.each(DEPLOYED_HANDLERS)('%s touches documents only as listed, and can never purge a version', (handler) => {
    const bucket = needsOf(handler).bucket ?? [];
    const statements = statementsOf(handler);
    expect(allows(statements, 's3:PutObject')).toBe(bucket.includes('put'));
    expect(allows(statements, 's3:GetObject')).toBe(bucket.includes('read'));
    expect(allows(statements, 's3:DeleteObject')).toBe(bucket.includes('delete'));
    expect(allows(statements, 's3:DeleteObjectVersion')).toBe(false);
    expect(allows(statements, 's3:PutBucketPolicy')).toBe(false);
  });

  it.each(DEPLOYED_HANDLERS)('%s may use the data key only when it uses the table or the bucket', (handler) => {
    const needs = needsOf(handler);
    const statements = statementsOf(handler);
    expect(allows(statements, 'kms:Decrypt')).toBe(needs.table !== undefined || (needs.bucket?.length ?? 0) > 0);
    expect(allows(statements, 'kms:GenerateDataKey')).toBe(
      needs.table === 'readWrite' || (needs.bucket?.includes('put') ?? false),
    );
  });

  it.each(DEPLOYED_HANDLERS)('%s sends e-mail only if it needs to, and only from the stage sender', (handler) => {
    const statements = statementsOf(handler);
    expect(allows(statements, 'ses:SendEmail')).toBe(needsOf(handler).mail === true);
    for (const statement of statements.filter((s) => [s.Action].flat().some((a) => a.startsWith('ses:')))) {
      expect(statement.Condition).toEqual({ StringEquals: { 'ses:FromAddress': stage.mailFrom } });
    }
  });

  it.each(DEPLOYED_HANDLERS)('%s may read the application secret', (handler) => {
    expect(allows(statementsOf(handler), 'secretsmanager:GetSecretValue')).toBe(true);
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

  it('record batches that keep failing in an encrypted queue', () => {
    const queues = Object.entries(template.findResources('AWS::SQS::Queue'));
    expect(queues).toHaveLength(streamConsumers.length);
    for (const [queueId, queue] of queues) {
      expect(queue.Properties).toMatchObject({ SqsManagedSseEnabled: true });
      template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queueId, 'Arn'] } } },
      });
    }
  });
});
