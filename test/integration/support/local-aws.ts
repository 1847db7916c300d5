import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { type StandIns, startStandIns } from '../../../infra/local/stand-ins.ts';
import { createResources } from '../../../infra/local/storage/create-resources.ts';
import { type AwsClients, createAwsClients } from '../../../shared/adapters/aws-clients.ts';

export const REGION = 'eu-north-1';

export interface LocalAws {
  standIns: StandIns;
  clients: AwsClients;
  tableName: string;
  auditTableName: string;
  bucketName: string;
  stop(): Promise<void>;
}

/**
 * The real local stand-ins on free ports (DynamoDB Local is the run's, shared), with the table and bucket made as
 * the local host makes them, and SDK clients configured as the composition root configures them.
 */
export async function startLocalAws(): Promise<LocalAws> {
  const standIns = await startStandIns({
    ports: { dynamodb: 0, s3: 0, ses: 0 },
    dynamodbEndpoint: inject('dynamodbEndpoint'),
  });
  const suffix = randomUUID().slice(0, 8);
  const tableName = `intake-test-${suffix}`;
  const auditTableName = `audit-test-${suffix}`;
  const bucketName = `documents-test-${suffix}`;
  try {
    await createResources({
      dynamodbEndpoint: standIns.endpoints.dynamodb,
      s3Endpoint: standIns.endpoints.s3,
      region: REGION,
      tableName,
      auditTableName,
      bucketName,
    });
  } catch (error) {
    // afterAll never sees stand-ins that failed to set up: stop them here, or DynamoDB Local outlives the run.
    await standIns.stop();
    throw error;
  }
  const clients = createAwsClients({ region: REGION, endpoints: standIns.endpoints });
  return {
    standIns,
    clients,
    tableName,
    auditTableName,
    bucketName,
    async stop() {
      clients.documentClient.destroy();
      clients.s3.destroy();
      clients.ses.destroy();
      await standIns.stop();
    },
  };
}
