import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import type { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { AUDIT_TABLE_DESIGN, TABLE_DESIGN } from '../../shared/adapters/dynamodb/table-design.ts';
import { AppSecret } from '../constructs/app-secret.ts';
import { DocumentsBucket } from '../constructs/documents-bucket.ts';
import { IntakeTable } from '../constructs/intake-table.ts';
import { MailSending } from '../constructs/mail-sending.ts';
import { MalwareProtection } from '../constructs/malware-protection.ts';
import { StaffUserPool } from '../constructs/staff-user-pool.ts';

export interface DataNames {
  readonly applicationsTable: string;
  readonly auditTable: string;
  readonly documentsBucket: string;
}

export interface DataStackProps extends StackProps {
  /** Web origins allowed to upload documents to the bucket with presigned POST forms. */
  readonly uploadOrigins: readonly string[];
  /** Sender of applicant e-mail; its domain is verified with SES here. */
  readonly mailFrom: string;
  /** The longest any document is kept (a backstop behind each round's own retention). */
  readonly documentRetention: Duration;
  /** How long the documents bucket's access logs are kept. */
  readonly accessLogRetention: Duration;
}

/**
 * Everything that holds data, in a stack of its own so that the stateless API can be replaced or destroyed
 * freely. Every resource here is retained: removing the stack never removes data.
 *
 * The staff user pool lives here too, because its users are data: accounts, MFA enrolments, group memberships
 * and each social worker's municipality. A new pool would also give everyone a new `sub`, and the audit log
 * names staff by it, so the pool shares the audit table's lifetime rather than the API's.
 */
export class DataStack extends Stack {
  /** Encrypts both tables, the documents and the mail delivery events. */
  readonly key: Key;
  readonly table: TableV2;
  /** The append-only log of staff reads and changes. */
  readonly auditTable: TableV2;
  /**
   * Physical names of the tables and the bucket, decided here rather than by CloudFormation. The API stack builds
   * their ARNs from these names, so its policies name them the same way in every template and check.
   */
  readonly names: DataNames;
  readonly bucket: Bucket;
  readonly appSecret: Secret;
  readonly staffUsers: StaffUserPool;
  /** The SES identity, configuration set and bounce/complaint topic of applicant e-mail. */
  readonly mail: MailSending;

  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, props);
    this.key = new Key(this, 'DataKey', {
      description: `${this.stackName}: applications and audit tables, documents bucket`,
      enableKeyRotation: true,
      pendingWindow: Duration.days(30),
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.names = {
      applicationsTable: `${this.stackName}-applications`,
      auditTable: `${this.stackName}-audit`,
      // Bucket names are global: the account and region make this one unique.
      documentsBucket: `${this.stackName.toLowerCase()}-documents-${this.account}-${this.region}`,
    };
    this.table = new IntakeTable(this, 'Applications', {
      design: TABLE_DESIGN,
      encryptionKey: this.key,
      tableName: this.names.applicationsTable,
    }).table;
    // The same key as the applications: who may do what with audit items is decided per table by the IAM
    // actions on it (put only, query for the readers), which a key of its own would not narrow further.
    this.auditTable = new IntakeTable(this, 'Audit', {
      design: AUDIT_TABLE_DESIGN,
      encryptionKey: this.key,
      tableName: this.names.auditTable,
    }).table;
    this.bucket = new DocumentsBucket(this, 'Documents', {
      bucketName: this.names.documentsBucket,
      encryptionKey: this.key,
      uploadOrigins: props.uploadOrigins,
      documentRetention: props.documentRetention,
      accessLogRetention: props.accessLogRetention,
    }).bucket;
    new MalwareProtection(this, 'MalwareProtection', { bucket: this.bucket, encryptionKey: this.key });
    this.appSecret = new AppSecret(this, 'AppSecret').secret;
    this.staffUsers = new StaffUserPool(this, 'StaffUsers');
    this.mail = new MailSending(this, 'Mail', { mailFrom: props.mailFrom, encryptionKey: this.key });

    new CfnOutput(this, 'StaffUserPoolId', {
      value: this.staffUsers.userPool.userPoolId,
      description: 'Cognito user pool of the staff (for aws cognito-idp admin-create-user)',
    });
    new CfnOutput(this, 'StaffWebClientId', {
      value: this.staffUsers.webClient.userPoolClientId,
      description: 'App client id of the web app: the audience of staff ID tokens',
    });
    new CfnOutput(this, 'StaffTokenIssuer', {
      value: this.staffUsers.tokenSettings.issuer,
      description: 'Issuer of staff ID tokens',
    });
  }
}
