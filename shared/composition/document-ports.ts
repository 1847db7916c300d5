import type { AwsClientOptions } from '../adapters/aws-client-options.ts';
import { S3DocumentStore } from '../adapters/s3/s3-document-store.ts';
import { createS3Client } from '../adapters/s3-client.ts';
import { readConfig } from '../config.ts';
import type { Ports } from '../ports/index.ts';
import { once } from './once.ts';

export type DocumentPorts = Pick<Ports, 'documents'>;

/** The documents bucket, made on first use. */
export function documentPorts(aws: AwsClientOptions): DocumentPorts {
  const documents = once(() => new S3DocumentStore(createS3Client(aws), readConfig('documents').DOCUMENTS_BUCKET));
  return {
    get documents() {
      return documents();
    },
  };
}
