import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import type { CfnGlobalTable } from 'aws-cdk-lib/aws-dynamodb';
import type { CfnKey } from 'aws-cdk-lib/aws-kms';
import type { CfnBucket } from 'aws-cdk-lib/aws-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import cdkJson from '../../cdk.json' with { type: 'json' };
import type { TableDesign } from '../../infra/constructs/intake-table.ts';
import { DataStack } from '../../infra/stacks/data-stack.ts';
import { AUDIT_TABLE_DESIGN, TABLE_DESIGN } from '../../shared/adapters/dynamodb/table-design.ts';
import { TEST_DATA_STACK_PROPS } from './support/data-stack-props.ts';

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
let documentsBucketId: string;
let documentsBucket: Resource;
let resources: Record<string, Resource>;
let stack: DataStack;

beforeAll(() => {
  const app = new App({ context: { ...cdkJson.context } });
  stack = new DataStack(app, 'Data', { ...TEST_DATA_STACK_PROPS, uploadOrigins: [WEB_ORIGIN] });
  template = Template.fromStack(stack);
  keyId = stack.getLogicalId(stack.key.node.defaultChild as CfnKey);
  resources = template.toJSON().Resources as Record<string, Resource>;
  documentsBucketId = stack.getLogicalId(stack.bucket.node.defaultChild as CfnBucket);
  documentsBucket = resources[documentsBucketId] as Resource;
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

  it('has every index of the design with string keys and the projection it names', () => {
    const indexes = table().Properties.GlobalSecondaryIndexes as {
      IndexName: string;
      KeySchema: unknown;
      Projection: unknown;
    }[];
    expect(indexes.map((index) => index.IndexName).sort()).toEqual(design.indexes.map((i) => i.name).sort());
    for (const index of design.indexes) {
      const built = indexes.find((candidate) => candidate.IndexName === index.name);
      expect(built?.KeySchema).toEqual([
        { AttributeName: index.partitionKey, KeyType: 'HASH' },
        { AttributeName: index.sortKey, KeyType: 'RANGE' },
      ]);
      expect(built?.Projection).toEqual({ ProjectionType: index.projection });
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
  it('blocks every form of public access, as does every bucket of the stack', () => {
    const buckets = Object.values(template.findResources('AWS::S3::Bucket'));
    expect(buckets).toHaveLength(2);
    for (const bucket of buckets) {
      expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
    }
  });

  it('denies every request that does not use TLS, as does every bucket of the stack', () => {
    const policies = Object.values(template.findResources('AWS::S3::BucketPolicy'));
    expect(policies).toHaveLength(2);
    for (const policy of policies) {
      expect(policy.Properties.PolicyDocument.Statement).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            Effect: 'Deny',
            Action: 's3:*',
            Principal: { AWS: '*' },
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      );
    }
  });

  it('encrypts with the data key and an S3 bucket key, and keeps versions', () => {
    expect(documentsBucket.Properties).toMatchObject({
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

  it('accepts cross-origin POST uploads and GET reads (staff pages showing a document) from the web app only', () => {
    expect(documentsBucket.Properties.CorsConfiguration).toEqual({
      CorsRules: [expect.objectContaining({ AllowedMethods: ['GET', 'POST'], AllowedOrigins: [WEB_ORIGIN] })],
    });
  });

  it('aborts incomplete uploads, expires uploads and replaced versions after 30 days, and everything after the backstop', () => {
    const rules = (documentsBucket.Properties.LifecycleConfiguration as { Rules: unknown[] }).Rules;
    expect(rules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Prefix: 'uploads/', ExpirationInDays: 30, Status: 'Enabled' }),
        expect.objectContaining({ AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 }, Status: 'Enabled' }),
        expect.objectContaining({ NoncurrentVersionExpiration: { NoncurrentDays: 30 }, Status: 'Enabled' }),
        expect.objectContaining({
          ExpirationInDays: TEST_DATA_STACK_PROPS.documentRetention.toDays(),
          Status: 'Enabled',
        }),
      ]),
    );
  });

  it('logs every access to a bucket of its own, kept for the access-log retention', () => {
    const logging = documentsBucket.Properties.LoggingConfiguration as { DestinationBucketName: { Ref: string } };
    const logBucket = resources[logging.DestinationBucketName.Ref] as Resource;
    expect(logBucket.Properties).toMatchObject({
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
      VersioningConfiguration: { Status: 'Enabled' },
      LifecycleConfiguration: {
        Rules: [expect.objectContaining({ ExpirationInDays: TEST_DATA_STACK_PROPS.accessLogRetention.toDays() })],
      },
    });
    expect(logBucket.DeletionPolicy).toBe('Retain');
  });

  it('is retained when the stack goes', () => {
    expect(documentsBucket).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });

  it('has every submitted document scanned for malware by GuardDuty, which tags it with the result', () => {
    template.hasResourceProperties('AWS::GuardDuty::MalwareProtectionPlan', {
      ProtectedResource: { S3Bucket: { BucketName: { Ref: documentsBucketId }, ObjectPrefixes: ['submitted/'] } },
      Actions: { Tagging: { Status: 'ENABLED' } },
    });
    const plan = Object.values(template.findResources('AWS::GuardDuty::MalwareProtectionPlan'))[0];
    const roleId = plan?.Properties.Role['Fn::GetAtt'][0];
    expect(resources[roleId]?.Properties).toMatchObject({
      AssumeRolePolicyDocument: {
        Statement: [
          expect.objectContaining({ Principal: { Service: 'malware-protection-plan.guardduty.amazonaws.com' } }),
        ],
      },
    });
  });
});

describe('physical names', () => {
  it('names the tables and the bucket as the API stack names them in its policies', () => {
    expect(applicationsTable.Properties.TableName).toBe(stack.names.applicationsTable);
    expect(auditTable.Properties.TableName).toBe(stack.names.auditTable);
    expect(JSON.stringify(documentsBucket.Properties.BucketName)).toContain('data-documents-');
    expect(stack.resolve(documentsBucket.Properties.BucketName)).toEqual(stack.resolve(stack.names.documentsBucket));
  });
});

describe('applicant e-mail', () => {
  it("verifies the sender's domain (with Easy DKIM, SES's default) and sends everything through the configuration set", () => {
    template.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: TEST_DATA_STACK_PROPS.mailFrom.split('@')[1],
      FeedbackAttributes: { EmailForwardingEnabled: false },
      ConfigurationSetAttributes: { ConfigurationSetName: Match.anyValue() },
    });
  });

  it('requires TLS, suppresses bounced and complaining addresses and keeps reputation metrics', () => {
    template.hasResourceProperties('AWS::SES::ConfigurationSet', {
      DeliveryOptions: { TlsPolicy: 'REQUIRE' },
      ReputationOptions: { ReputationMetricsEnabled: true },
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
    });
  });

  it('publishes bounces and complaints, and nothing else, to a topic encrypted with the data key', () => {
    const destination = Object.values(template.findResources('AWS::SES::ConfigurationSetEventDestination'))[0];
    expect(destination?.Properties.EventDestination.MatchingEventTypes.sort()).toEqual(['bounce', 'complaint']);
    const topicId = destination?.Properties.EventDestination.SnsDestination.TopicARN.Ref;
    expect(resources[topicId]?.Properties.KmsMasterKeyId).toEqual({ 'Fn::GetAtt': [keyId, 'Arn'] });
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
