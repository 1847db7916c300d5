import { S3Client } from '@aws-sdk/client-s3';
import { type AwsClientOptions, standIn } from './aws-client-options.ts';

/** The client of the documents bucket; path-style addressing locally, where a server has no DNS name per bucket. */
export function createS3Client({ region, endpoints = {} }: AwsClientOptions): S3Client {
  return new S3Client({ region, ...standIn(endpoints.s3), ...(endpoints.s3 && { forcePathStyle: true }) });
}
