import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledge } from '../nag.ts';

export interface WebLogsBucketProps {
  /** How long log files are kept: they hold IP addresses and the paths people opened. */
  readonly expiration: Duration;
  /** @default RemovalPolicy.RETAIN */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * Where the web app's access logs go: CloudFront's standard logs (under `cloudfront/`) and the web bucket's
 * server access logs (under `web-bucket/`). CloudFront delivers standard logs by granting itself an object ACL,
 * so ACLs stay enabled here (object ownership "bucket owner preferred", still with every public access blocked).
 */
export class WebLogsBucket extends Construct {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string, props: WebLogsBucketProps) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      // S3 server access logging delivers only to buckets encrypted with S3-managed keys.
      encryption: BucketEncryption.S3_MANAGED,
      versioned: true,
      lifecycleRules: [
        { id: 'expire-logs', expiration: props.expiration, noncurrentVersionExpiration: Duration.days(1) },
      ],
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    });
    acknowledge(this.bucket, {
      'AwsSolutions-S1': 'This bucket is the access log destination of the web app; logging its own writes would loop.',
      'HIPAA.Security-S3BucketLoggingEnabled':
        'This bucket is the access log destination of the web app; logging its own writes would loop.',
      'HIPAA.Security-S3DefaultEncryptionKMS':
        'S3 server access logging delivers only to buckets encrypted with S3-managed keys (SSE-S3).',
      'HIPAA.Security-S3BucketReplicationEnabled':
        'Access logs stay in the region of the site they describe; versioning guards them against deletion.',
    });
  }
}
