import { randomInt } from 'node:crypto';
import { JoseStaffTokenVerifier } from './adapters/auth/jose-staff-token-verifier.ts';
import { createAwsClients } from './adapters/aws-clients.ts';
import { NodeKeyring } from './adapters/crypto/node-keyring.ts';
import { DynamoDbApplicationRepository } from './adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbAuditLog } from './adapters/dynamodb/dynamodb-audit-log.ts';
import { DynamoDbNotificationLedger } from './adapters/dynamodb/dynamodb-notification-ledger.ts';
import { DynamoDbRetentionStore } from './adapters/dynamodb/dynamodb-retention.ts';
import { DynamoDbRoundRepository } from './adapters/dynamodb/dynamodb-round-repository.ts';
import { DynamoDbSelectionRunRepository } from './adapters/dynamodb/dynamodb-selection-run-repository.ts';
import { DynamoDbServiceYearRepository } from './adapters/dynamodb/dynamodb-service-years.ts';
import { DynamoDbSupportPlanRepository } from './adapters/dynamodb/dynamodb-support-plans.ts';
import { S3DocumentEraser } from './adapters/s3/s3-document-eraser.ts';
import { S3DocumentStore } from './adapters/s3/s3-document-store.ts';
import { fetchSecretValue } from './adapters/secrets/secrets-manager-secret.ts';
import { SesMailer } from './adapters/ses/ses-mailer.ts';
import { readConfig } from './config.ts';
import type { Ports } from './ports/index.ts';

/** Made on first use, then reused: a function only touches (and is only configured for) what it uses. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}

/**
 * The real adapters, wired to AWS, or to the local stand-ins when the config names their endpoints. Each port
 * reads its own config section when first used, because each function is given only its own resources.
 */
export function createPorts(rootSecret: Uint8Array): Ports {
  const aws = readConfig('aws');
  const clients = once(() =>
    createAwsClients({
      region: aws.AWS_REGION,
      endpoints: { dynamodb: aws.DYNAMODB_ENDPOINT, s3: aws.S3_ENDPOINT, ses: aws.SES_ENDPOINT },
    }),
  );
  const tableName = once(() => readConfig('table').TABLE_NAME);
  // Administrators' changes write their audit entry with the round; functions that only read are not told of it.
  const rounds = once(() => new DynamoDbRoundRepository(clients().documentClient, tableName(), { auditTableName }));
  const auditTableName = once(() => readConfig('audit').AUDIT_TABLE_NAME);
  const applications = once(
    () =>
      // Only staff changes write audit entries; the applicant's functions are not told of the audit table.
      new DynamoDbApplicationRepository(clients().documentClient, tableName(), { auditTableName }),
  );
  const audit = once(() => new DynamoDbAuditLog(clients().documentClient, auditTableName()));
  const selectionRuns = once(
    () => new DynamoDbSelectionRunRepository(clients().documentClient, tableName(), auditTableName),
  );
  // Both write their changes with an audit entry; the audit table is asked for only when one is saved.
  const serviceYears = once(
    () => new DynamoDbServiceYearRepository(clients().documentClient, tableName(), auditTableName),
  );
  const supportPlans = once(
    () => new DynamoDbSupportPlanRepository(clients().documentClient, tableName(), auditTableName),
  );
  const notifications = once(() => new DynamoDbNotificationLedger(clients().documentClient, tableName()));
  const documents = once(() => new S3DocumentStore(clients().s3, readConfig('documents').DOCUMENTS_BUCKET));
  const retention = once(() => new DynamoDbRetentionStore(clients().documentClient, tableName(), auditTableName));
  const documentErasure = once(() => new S3DocumentEraser(clients().s3, readConfig('documents').DOCUMENTS_BUCKET));
  const mailer = once(() => {
    const mail = readConfig('mail');
    return new SesMailer(clients().ses, mail.MAIL_FROM, { configurationSet: mail.MAIL_CONFIGURATION_SET });
  });
  const staffTokens = once(() => {
    const settings = readConfig('staffAuth');
    return new JoseStaffTokenVerifier({
      issuer: settings.STAFF_TOKEN_ISSUER,
      audience: settings.STAFF_TOKEN_AUDIENCE,
      jwksUrl: settings.STAFF_JWKS_URL,
    });
  });
  const keyring = new NodeKeyring(rootSecret);
  return {
    get rounds() {
      return rounds();
    },
    get applications() {
      return applications();
    },
    get notifications() {
      return notifications();
    },
    get documents() {
      return documents();
    },
    get audit() {
      return audit();
    },
    get selectionRuns() {
      return selectionRuns();
    },
    get serviceYears() {
      return serviceYears();
    },
    get supportPlans() {
      return supportPlans();
    },
    get staffTokens() {
      return staffTokens();
    },
    get mailer() {
      return mailer();
    },
    get retention() {
      return retention();
    },
    get documentErasure() {
      return documentErasure();
    },
    keyring,
    randomInt: (max) => randomInt(max),
  };
}

/** The root secret: given directly (the local host), or fetched once from Secrets Manager by its ARN (AWS). */
async function loadRootSecret(): Promise<Uint8Array> {
  const secret = readConfig('secret');
  const value =
    'APP_SECRET' in secret
      ? secret.APP_SECRET
      : await fetchSecretValue(secret.APP_SECRET_ARN, readConfig('aws').AWS_REGION);
  const bytes = Buffer.from(value, 'base64');
  if (bytes.length !== 32) throw new Error('The application secret must be 32 bytes, base64-encoded');
  return bytes;
}

let cached: Promise<Ports> | undefined;

/**
 * The ports of this process, made on first use and then reused by every warm invocation. Not made at import,
 * so that importing a handler neither reads the config nor opens connections.
 */
export function getPorts(): Promise<Ports> {
  cached ??= loadRootSecret().then(createPorts);
  // A failed start (say, the secret could not be read) is retried on the next request, not cached forever.
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}
