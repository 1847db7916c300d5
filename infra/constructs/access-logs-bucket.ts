import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledge } from '../nag.ts';
import { PRIVATE_BUCKET } from './private-bucket.ts';

export interface AccessLogsBucketProps {
  /** How long log files are kept. */
  readonly expiration: Duration;
  /**
   * CloudFront delivers its standard logs by granting itself an object ACL, so a bucket that takes them keeps
   * ACLs enabled (object ownership "bucket owner preferred", with every public access still blocked).
   * @default false
   */
  readonly takesCloudFrontLogs?: boolean;
  /** @default RemovalPolicy.RETAIN */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * Where S3 (and CloudFront) write access logs: who read or wrote which object or page, and when. The logs name
 * objects by key, and keys carry only round, reference and document type, never personal data; they do hold IP
 * addresses, hence the expiry.
 */
export class AccessLogsBucket extends Construct {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string, props: AccessLogsBucketProps) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Bucket', {
      ...PRIVATE_BUCKET,
      objectOwnership: props.takesCloudFrontLogs
        ? ObjectOwnership.BUCKET_OWNER_PREFERRED
        : ObjectOwnership.BUCKET_OWNER_ENFORCED,
      // Server access logging delivers only to buckets encrypted with S3-managed keys.
      encryption: BucketEncryption.S3_MANAGED,
      lifecycleRules: [
        { id: 'expire-logs', expiration: props.expiration, noncurrentVersionExpiration: Duration.days(1) },
      ],
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    });
    acknowledge(this.bucket, {
      'AwsSolutions-S1': 'This bucket is the access log destination; logging its own writes would loop.',
      'HIPAA.Security-S3BucketLoggingEnabled':
        'This bucket is the access log destination; logging its own writes would loop.',
      'HIPAA.Security-S3DefaultEncryptionKMS':
        'S3 server access logging can deliver only to buckets encrypted with S3-managed keys (SSE-S3).',
      'HIPAA.Security-S3BucketReplicationEnabled':
        'Access logs are kept in the region of what they describe; versioning guards them against deletion.',
    });
  }
}
