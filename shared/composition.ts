import { randomInt } from 'node:crypto';
import { createAwsClients } from './adapters/aws-clients.ts';
import { NodeKeyring } from './adapters/crypto/node-keyring.ts';
import { DynamoDbApplicationRepository } from './adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbNotificationLedger } from './adapters/dynamodb/dynamodb-notification-ledger.ts';
import { DynamoDbRoundRepository } from './adapters/dynamodb/dynamodb-round-repository.ts';
import { S3DocumentStore } from './adapters/s3/s3-document-store.ts';
import { SesMailer } from './adapters/ses/ses-mailer.ts';
import { type Config, readConfig } from './config.ts';
import type { Ports } from './ports/index.ts';

/** The real adapters, wired to AWS, or to the local stand-ins when the config names their endpoints. */
export function createPorts(config: Config): Ports {
  const clients = createAwsClients({
    region: config.AWS_REGION,
    endpoints: { dynamodb: config.DYNAMODB_ENDPOINT, s3: config.S3_ENDPOINT, ses: config.SES_ENDPOINT },
  });
  return {
    rounds: new DynamoDbRoundRepository(clients.documentClient, config.TABLE_NAME),
    applications: new DynamoDbApplicationRepository(clients.documentClient, config.TABLE_NAME),
    documents: new S3DocumentStore(clients.s3, config.DOCUMENTS_BUCKET),
    keyring: new NodeKeyring(Buffer.from(config.APP_SECRET, 'base64')),
    mailer: new SesMailer(clients.ses, config.MAIL_FROM),
    notifications: new DynamoDbNotificationLedger(clients.documentClient, config.TABLE_NAME),
    randomInt: (max) => randomInt(max),
  };
}

let cached: Ports | undefined;

/**
 * The ports of this process, made on first use and then reused. Not made at import, so that importing a
 * handler (in tests, or in the local host before it sets the environment) neither reads the config nor opens
 * connections.
 */
export function getPorts(): Ports {
  cached ??= createPorts(readConfig());
  return cached;
}
