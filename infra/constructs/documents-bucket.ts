import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Bucket, BucketEncryption, HttpMethods } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { UPLOADS_PREFIX } from '../../shared/adapters/s3/s3-document-store.ts';
import { acknowledge } from '../nag.ts';
import { AccessLogsBucket } from './access-logs-bucket.ts';
import { PRIVATE_BUCKET } from './private-bucket.ts';

export interface DocumentsBucketProps {
  /** Customer-managed key for the documents; S3 bucket keys keep the KMS request count (and cost) low. */
  readonly encryptionKey: IKey;
  /** The bucket's physical name, known before deployment so that other stacks can name it in their policies. */
  readonly bucketName: string;
  /** Web origins allowed to POST presigned upload forms straight to the bucket. */
  readonly uploadOrigins: readonly string[];
  /**
   * How long an overwritten or deleted document stays recoverable before it is purged for good.
   * @default Duration.days(30)
   */
  readonly noncurrentVersionExpiration?: Duration;
  /**
   * How long an upload is kept. Submitting copies the checked bytes to a submitted document, so an upload is only
   * needed while its application is a draft; what is left (drafts never submitted, forms posted again after
   * submission) goes after this.
   * @default Duration.days(30)
   */
  readonly uploadExpiration?: Duration;
  /**
   * The longest any document may be kept, whatever its round says: a backstop for documents whose application
   * is gone. Rounds keep theirs for `retentionDays`, which must not exceed this.
   */
  readonly documentRetention: Duration;
  /** How long the access logs of the bucket are kept. */
  readonly accessLogRetention: Duration;
  /** @default RemovalPolicy.RETAIN */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * Applicants' supporting documents: private, TLS-only, encrypted with the project key, versioned so a bad
 * write or delete can be undone, and open to cross-origin POST, so the browser can upload with a presigned form
 * without the file passing through Lambda, and GET, so a staff page can read a document through a presigned link
 * and show it in the page instead of saving it to the office computer. Either still needs a presigned request.
 */
export class DocumentsBucket extends Construct {
  readonly bucket: Bucket;
  /** Who read or wrote which document, and when. */
  readonly accessLogs: Bucket;

  constructor(scope: Construct, id: string, props: DocumentsBucketProps) {
    super(scope, id);
    this.accessLogs = new AccessLogsBucket(this, 'AccessLogs', {
      expiration: props.accessLogRetention,
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    }).bucket;
    this.bucket = new Bucket(this, 'Bucket', {
      bucketName: props.bucketName,
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: 'documents/',
      ...PRIVATE_BUCKET,
      encryption: BucketEncryption.KMS,
      encryptionKey: props.encryptionKey,
      bucketKeyEnabled: true,
      cors: [
        {
          allowedMethods: [HttpMethods.GET, HttpMethods.POST],
          allowedOrigins: [...props.uploadOrigins],
          allowedHeaders: ['*'],
          exposedHeaders: ['ETag'],
          maxAge: 3000,
        },
      ],
      lifecycleRules: [
        {
          id: 'abort-incomplete-uploads',
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
        {
          id: 'expire-noncurrent-versions',
          noncurrentVersionExpiration: props.noncurrentVersionExpiration ?? Duration.days(30),
        },
        { id: 'expire-uploads', prefix: UPLOADS_PREFIX, expiration: props.uploadExpiration ?? Duration.days(30) },
        { id: 'retention-backstop', expiration: props.documentRetention },
      ],
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    });
    acknowledge(this.bucket, {
      'HIPAA.Security-S3BucketReplicationEnabled':
        'Documents stay in one region (the EU) on purpose; versioning and the retained bucket guard against loss.',
    });
  }
}
