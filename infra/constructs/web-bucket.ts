import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Bucket, BucketEncryption, type IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledge } from '../nag.ts';
import { PRIVATE_BUCKET } from './private-bucket.ts';

export interface WebBucketProps {
  /** Receives the bucket's server access logs, under `web-bucket/`. */
  readonly accessLogsBucket: IBucket;
  /** @default RemovalPolicy.RETAIN */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * The built web app (`web/dist`) and its `config.json`. Private: only the CloudFront distribution reads it, through
 * Origin Access Control. Versioned, so the files of an earlier deployment can be brought back for 30 days.
 */
export class WebBucket extends Construct {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string, props: WebBucketProps) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Bucket', {
      ...PRIVATE_BUCKET,
      encryption: BucketEncryption.S3_MANAGED,
      serverAccessLogsBucket: props.accessLogsBucket,
      serverAccessLogsPrefix: 'web-bucket/',
      lifecycleRules: [{ id: 'expire-replaced-files', noncurrentVersionExpiration: Duration.days(30) }],
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    });
    acknowledge(this.bucket, {
      'HIPAA.Security-S3DefaultEncryptionKMS':
        'The bucket holds only the public build of the web app that every visitor downloads, no personal data; ' +
        'SSE-S3 encrypts it at rest without a key policy for CloudFront to read through.',
      'HIPAA.Security-S3BucketReplicationEnabled':
        'Every deployment writes the bucket again from the repository; a replica would add nothing to recover.',
    });
  }
}
