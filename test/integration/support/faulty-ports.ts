import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createAwsClients } from '../../../shared/adapters/aws-clients.ts';
import { NodeKeyring } from '../../../shared/adapters/crypto/node-keyring.ts';
import { scanAll } from '../../../shared/adapters/dynamodb/all-pages.ts';
import { DynamoDbApplicationRepository } from '../../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbAuditLog } from '../../../shared/adapters/dynamodb/dynamodb-audit-log.ts';
import { DynamoDbNotificationLedger } from '../../../shared/adapters/dynamodb/dynamodb-notification-ledger.ts';
import { DynamoDbRetentionStore } from '../../../shared/adapters/dynamodb/dynamodb-retention.ts';
import { DynamoDbRoundRepository } from '../../../shared/adapters/dynamodb/dynamodb-round-repository.ts';
import { DynamoDbSelectionRunRepository } from '../../../shared/adapters/dynamodb/dynamodb-selection-run-repository.ts';
import { DynamoDbServiceYearRepository } from '../../../shared/adapters/dynamodb/dynamodb-service-years.ts';
import { DynamoDbSupportPlanRepository } from '../../../shared/adapters/dynamodb/dynamodb-support-plans.ts';
import { S3DocumentEraser } from '../../../shared/adapters/s3/s3-document-eraser.ts';
import { S3DocumentStore } from '../../../shared/adapters/s3/s3-document-store.ts';
import { SesMailer } from '../../../shared/adapters/ses/ses-mailer.ts';
import type { Ports, StaffPorts } from '../../../shared/ports/index.ts';
import type { AuditAction } from '../../../shared/schemas/audit.ts';
import type { StaffContext } from '../../../shared/use-cases/staff/staff-context.ts';
import { staffPorts } from '../../../shared/use-cases/staff/staff-ports.ts';
import { type FaultInjector, injectFaults } from '../../helpers/aws-faults.ts';
import { type LocalAws, REGION, startLocalAws } from './local-aws.ts';

/** A port these use cases never reach: touching it fails the test loudly. */
function unreachable<T>(name: string): T {
  return new Proxy({} as object, {
    get: () => {
      throw new Error(`${name} is not part of the paths under test`);
    },
  }) as T;
}

/**
 * The real adapters over SDK clients made as the composition root makes them, with fault injection added to the
 * DynamoDB client. Fresh clients each time, so the SDK's retry quota of one scenario does not carry over.
 */
export function faultyPorts(aws: LocalAws): {
  ports: Ports;
  faults: FaultInjector;
  clients: ReturnType<typeof createAwsClients>;
  stop(): void;
} {
  const clients = createAwsClients({ region: REGION, endpoints: aws.standIns.endpoints });
  const faults = injectFaults(clients.documentClient);
  const auditTableName = () => aws.auditTableName;
  const ports: Ports = {
    rounds: new DynamoDbRoundRepository(clients.documentClient, aws.tableName, { auditTableName }),
    applications: new DynamoDbApplicationRepository(clients.documentClient, aws.tableName, { auditTableName }),
    audit: new DynamoDbAuditLog(clients.documentClient, aws.auditTableName),
    selectionRuns: new DynamoDbSelectionRunRepository(clients.documentClient, aws.tableName, auditTableName),
    documents: new S3DocumentStore(clients.s3, aws.bucketName),
    retention: new DynamoDbRetentionStore(clients.documentClient, aws.tableName, auditTableName),
    documentErasure: new S3DocumentEraser(clients.s3, aws.bucketName),
    keyring: new NodeKeyring(randomBytes(32)),
    randomInt: (max) => randomInt(max),
    staffTokens: unreachable('staffTokens'),
    mailer: new SesMailer(clients.ses, 'pieteikumi@intake.example.lv'),
    // The publication job's e-mails: the SES stand-in, and the ledger in the same table, faults included.
    notifications: new DynamoDbNotificationLedger(clients.documentClient, aws.tableName),
    personalData: unreachable('personalData'),
    serviceYears: new DynamoDbServiceYearRepository(clients.documentClient, aws.tableName, auditTableName),
    supportPlans: new DynamoDbSupportPlanRepository(clients.documentClient, aws.tableName, auditTableName),
  };
  return {
    ports,
    faults,
    clients,
    stop() {
      clients.documentClient.destroy();
      clients.s3.destroy();
      clients.ses.destroy();
    },
  };
}

const ADMINISTRATOR = {
  role: 'administrator',
  subject: 'admin-subject',
  username: 'admin',
  displayName: 'Admin',
} as const satisfies StaffContext['identity'];

/** An administrator's request: a new request id each time, as every HTTP request has. */
export function adminRequest(action: AuditAction, at: Date): StaffContext {
  return {
    identity: ADMINISTRATOR,
    action,
    requestId: randomUUID(),
    at,
  };
}

/** The ports an administrator's request gets: the applications through the administrator's scope (all of them). */
export function adminPorts(ports: Ports): StaffPorts {
  return staffPorts(ports, ADMINISTRATOR);
}

/** Reads the tables directly (no faults: a client of its own), to prove what was stored. */
export function tableProbe(aws: LocalAws) {
  const client = aws.clients.documentClient;
  const scan = (tableName: string) => scanAll(client, { TableName: tableName, ConsistentRead: true });
  return {
    items: () => scan(aws.tableName),
    auditEntries: () => scan(aws.auditTableName),
    async item(key: { pk: string; sk: string }) {
      const { Item } = await client.send(new GetCommand({ TableName: aws.tableName, Key: key, ConsistentRead: true }));
      return Item;
    },
  };
}

/** The stand-ins of one test file, the faulty ports over them and the probe that reads what they stored. */
export interface FaultySystemOfFile {
  aws: LocalAws;
  ports: Ports;
  faults: FaultInjector;
  probe: ReturnType<typeof tableProbe>;
}

/**
 * Faulty ports over the stand-ins for the tests of one file: made before them, the faults cleared after each test,
 * stopped after the last. The fields are filled in before the first test runs, so tests read them as
 * `system.ports`.
 */
export function faultyPortsForFile(): FaultySystemOfFile {
  const file = {} as FaultySystemOfFile;
  let stopPorts: (() => void) | undefined;
  beforeAll(async () => {
    file.aws = await startLocalAws();
    const { ports, faults, stop } = faultyPorts(file.aws);
    Object.assign(file, { ports, faults, probe: tableProbe(file.aws) });
    stopPorts = stop;
  });
  afterEach(() => file.faults?.clear());
  afterAll(async () => {
    stopPorts?.();
    await file.aws?.stop();
  });
  return file;
}
