import type { AwsClientOptions } from './aws-client-options.ts';
import { createDocumentClient } from './dynamodb-client.ts';
import { createS3Client } from './s3-client.ts';
import { createSesClient } from './ses-client.ts';

/**
 * Every SDK client at once, made as the functions make them, for the hosts that use them all: tests and
 * benchmarks. A function makes only the clients of its needs, each from its own module (`shared/composition/`),
 * so that its bundle imports no other.
 */
export function createAwsClients(options: AwsClientOptions) {
  return {
    documentClient: createDocumentClient(options),
    s3: createS3Client(options),
    ses: createSesClient(options),
  };
}

export type AwsClients = ReturnType<typeof createAwsClients>;
