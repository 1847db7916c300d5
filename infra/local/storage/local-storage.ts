import { type AwsClients, createAwsClients } from '../../../shared/adapters/aws-clients.ts';
import { type StandInOptions, type StandIns, startStandIns } from '../stand-ins.ts';
import { createResources } from './create-resources.ts';

/** What the stand-ins hold: the applications table, the audit table and the documents bucket. */
export interface StorageNames {
  tableName: string;
  auditTableName: string;
  bucketName: string;
}

export interface LocalStorage extends StorageNames {
  standIns: StandIns;
  /** SDK clients configured as the composition root configures them. */
  clients: AwsClients;
  /** Closes the clients and stops the stand-ins. */
  stop(): Promise<void>;
}

/**
 * The stand-ins with the tables and the bucket made as the local host makes them, and clients to reach them: for
 * code that drives the adapters itself (integration tests, benchmarks). When making the resources fails, the
 * stand-ins are stopped before the error is thrown: no caller holds them yet to stop them.
 */
export async function startLocalStorage(
  options: StandInOptions & StorageNames & { region: string },
): Promise<LocalStorage> {
  const { region, tableName, auditTableName, bucketName } = options;
  const standIns = await startStandIns(options);
  try {
    await createResources({
      dynamodbEndpoint: standIns.endpoints.dynamodb,
      s3Endpoint: standIns.endpoints.s3,
      region,
      tableName,
      auditTableName,
      bucketName,
    });
  } catch (error) {
    await standIns.stop();
    throw error;
  }
  const clients = createAwsClients({ region, endpoints: standIns.endpoints });
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
