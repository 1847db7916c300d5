import type { AwsClientOptions } from '../adapters/aws-client-options.ts';
import { S3DocumentEraser } from '../adapters/s3/s3-document-eraser.ts';
import { S3DocumentStore } from '../adapters/s3/s3-document-store.ts';
import { createS3Client } from '../adapters/s3-client.ts';
import { readConfig } from '../config.ts';
import type { Ports } from '../ports/index.ts';
import { once } from './once.ts';

export type DocumentPorts = Pick<Ports, 'documents' | 'documentErasure'>;

/** The documents bucket, made on first use: its store, and the eraser of every version of a document. */
export function documentPorts(aws: AwsClientOptions): DocumentPorts {
  const client = once(() => createS3Client(aws));
  const bucket = once(() => readConfig('documents').DOCUMENTS_BUCKET);
  const documents = once(() => new S3DocumentStore(client(), bucket()));
  const documentErasure = once(() => new S3DocumentEraser(client(), bucket()));
  return {
    get documents() {
      return documents();
    },
    get documentErasure() {
      return documentErasure();
    },
  };
}
