import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { type LocalStorage, startLocalStorage } from '../../../infra/local/storage/local-storage.ts';

export const REGION = 'eu-north-1';

export type LocalAws = LocalStorage;

/**
 * The real local stand-ins on free ports (DynamoDB Local is the run's, shared), with a table and bucket of this
 * file's own made as the local host makes them, and SDK clients configured as the composition root configures them.
 */
export async function startLocalAws(): Promise<LocalAws> {
  const suffix = randomUUID().slice(0, 8);
  return startLocalStorage({
    ports: { dynamodb: 0, s3: 0, ses: 0 },
    dynamodbEndpoint: inject('dynamodbEndpoint'),
    region: REGION,
    tableName: `intake-test-${suffix}`,
    auditTableName: `audit-test-${suffix}`,
    bucketName: `documents-test-${suffix}`,
  });
}
