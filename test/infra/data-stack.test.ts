import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import type { CfnGlobalTable } from 'aws-cdk-lib/aws-dynamodb';
import type { CfnKey } from 'aws-cdk-lib/aws-kms';
import { beforeAll, describe, expect, it } from 'vitest';
import cdkJson from '../../cdk.json' with { type: 'json' };
import type { TableDesign } from '../../infra/constructs/intake-table.ts';
import { DataStack } from '../../infra/stacks/data-stack.ts';
import { AUDIT_TABLE_DESIGN, TABLE_DESIGN } from '../../shared/adapters/dynamodb/table-design.ts';

const WEB_ORIGIN = 'https://web.intake.example';

interface Resource {
  Type: string;
  Properties: Record<string, unknown>;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
}

let template: Template;
let keyId: string;
let applicationsTable: Resource;
let auditTable: Resource;

beforeAll(() => {
  const app = new App({ context: { ...cdkJson.context } });
  const stack = new DataStack(app, 'Data', { env: { region: 'eu-north-1' }, uploadOrigins: [WEB_ORIGIN] });
  template = Template.fromStack(stack);
  keyId = stack.getLogicalId(stack.key.node.defaultChild as CfnKey);
  const resources = template.toJSON().Resources as Record<string, Resource>;
  const tableResource = (table: DataStack['table']) =>
    resources[stack.getLogicalId(table.node.defaultChild as CfnGlobalTable)] as Resource;
  applicationsTable = tableResource(stack.table);
  auditTable = tableResource(stack.auditTable);
});

describe('data key', () => {
  it('is a customer-managed key with yearly rotation, retained', () => {
    template.hasResource('AWS::KMS::Key', {
      Properties: { EnableKeyRotation: true },
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });
});

describe('tables', () => {
  it('are exactly the applications table and the audit table', () => {
    template.resourceCountIs('AWS::DynamoDB::GlobalTable', 2);
  });
});

/** What every table of the system must be, whatever its design says. */
describe.each([
  { name: 'applications table', design: TABLE_DESIGN as TableDesign, table: () => applicationsTable },
  { name: 'audit table', design: AUDIT_TABLE_DESIGN as TableDesign, table: () => auditTable },
])('$name', ({ design, table }) => {
  it('is built from its shared design: string keys pk/sk, pay per request', () => {
    expect(table().Properties).toMatchObject({
      KeySchema: [
        { AttributeName: design.partitionKey, KeyType: 'HASH' },
        { AttributeName: design.sortKey, KeyType: 'RANGE' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
    });
  });

  it('has every index of the design with string keys', () => {
    const indexes = table().Properties.GlobalSecondaryIndexes as { IndexName: string; KeySchema: unknown }[];
    expect(indexes.map((index) => index.IndexName).sort()).toEqual(design.indexes.map((i) => i.name).sort());
    for (const index of design.indexes) {
      expect(indexes.find((candidate) => candidate.IndexName === index.name)?.KeySchema).toEqual([
        { AttributeName: index.partitionKey, KeyType: 'HASH' },
        { AttributeName: index.sortKey, KeyType: 'RANGE' },
      ]);
    }
    const attributes = table().Properties.AttributeDefinitions as { AttributeType: string }[];
    expect(attributes.every((attribute) => attribute.AttributeType === 'S')).toBe(true);
  });

  it('has point-in-time recovery, deletion protection and encryption with the data key', () => {
    expect(table().Properties).toMatchObject({
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
      Replicas: [
        expect.objectContaining({
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          DeletionProtectionEnabled: true,
          SSESpecification: { KMSMasterKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] } },
        }),
      ],
    });
  });

  it('is retained when the stack goes', () => {
    expect(table()).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });
});

describe('applications table', () => {
  it('streams new and old images and expires items by the TTL attribute', () => {
    expect(applicationsTable.Properties).toMatchObject({
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
      TimeToLiveSpecification: { AttributeName: TABLE_DESIGN.timeToLiveAttribute, Enabled: true },
    });
  });
});

describe('audit table', () => {
  it('has no stream, since nothing reacts to it, and no TTL, since entries are kept', () => {
    expect(auditTable.Properties.StreamSpecification).toBeUndefined();
    expect(auditTable.Properties.TimeToLiveSpecification).toBeUndefined();
  });

  it('is indexed by application for its history', () => {
    const indexes = auditTable.Properties.GlobalSecondaryIndexes as { IndexName: string }[];
    expect(indexes.map((index) => index.IndexName)).toEqual(['application']);
  });
});

describe('documents bucket', () => {
  it('blocks every form of public access', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
    });
  });

  it('denies every request that does not use TLS', () => {
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 's3:*',
            Principal: { AWS: '*' },
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it('encrypts with the data key and an S3 bucket key, and keeps versions', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          {
            BucketKeyEnabled: true,
            ServerSideEncryptionByDefault: {
              SSEAlgorithm: 'aws:kms',
              KMSMasterKeyID: { 'Fn::GetAtt': [keyId, 'Arn'] },
            },
          },
        ],
      },
      VersioningConfiguration: { Status: 'Enabled' },
    });
  });

  it('accepts cross-origin POST uploads from the web app only', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      CorsConfiguration: { CorsRules: [Match.objectLike({ AllowedMethods: ['POST'], AllowedOrigins: [WEB_ORIGIN] })] },
    });
  });

  it('aborts incomplete multipart uploads', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          Match.objectLike({ AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 }, Status: 'Enabled' }),
        ]),
      },
    });
  });

  it('is retained when the stack goes', () => {
    template.hasResource('AWS::S3::Bucket', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });
});

describe('application secret', () => {
  it('is generated as 43 alphanumeric characters, which decode from base64 to 32 bytes', () => {
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: { PasswordLength: 43, ExcludePunctuation: true, IncludeSpace: false },
    });
    expect(Buffer.from('Z9'.repeat(21).concat('q'), 'base64')).toHaveLength(32);
  });

  it('is retained when the stack goes', () => {
    template.hasResource('AWS::SecretsManager::Secret', { DeletionPolicy: 'Retain' });
  });
});
