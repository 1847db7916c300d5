/**
 * Writes and write capacity units of one online application, measured on the real adapters against DynamoDB
 * Local, with units computed from the stored items' sizes by DynamoDB's pricing rules (DynamoDB Local's own
 * capacity figures are not reliable). Run: npm run bench:writes
 */
import { createHash } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { startStandIns } from '../infra/local/stand-ins.ts';
import { createResources } from '../infra/local/storage/create-resources.ts';
import { seedRounds } from '../infra/seed/rounds.ts';
import { createAwsClients } from '../shared/adapters/aws-clients.ts';
import { NodeKeyring } from '../shared/adapters/crypto/node-keyring.ts';
import { DynamoDbApplicationRepository } from '../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbRoundRepository } from '../shared/adapters/dynamodb/dynamodb-round-repository.ts';
import { keys } from '../shared/adapters/dynamodb/table-design.ts';
import { S3DocumentStore, uploadObjectKey } from '../shared/adapters/s3/s3-document-store.ts';
import type { Ports } from '../shared/ports/index.ts';
import { createApplication } from '../shared/use-cases/create-application.ts';
import { submitApplication } from '../shared/use-cases/submit-application.ts';
import { indexesHolding, itemSizeBytes } from './item-size.ts';

const region = 'eu-north-1';
const standIns = await startStandIns({ ports: { dynamodb: 0, s3: 0, ses: 0 } });
try {
  const tableName = 'bench';
  const bucketName = 'bench-documents';
  await createResources({
    dynamodbEndpoint: standIns.endpoints.dynamodb,
    s3Endpoint: standIns.endpoints.s3,
    region,
    tableName,
    bucketName,
  });
  const clients = createAwsClients({ region, endpoints: standIns.endpoints });
  const writes: string[] = [];
  const ports = {
    rounds: new DynamoDbRoundRepository(clients.documentClient, tableName),
    applications: new DynamoDbApplicationRepository(clients.documentClient, tableName, {
      onConsumedCapacity: (_, operation) => writes.push(operation),
    }),
    documents: new S3DocumentStore(clients.s3, bucketName),
    keyring: new NodeKeyring(new Uint8Array(32).fill(7)),
    randomInt: (max: number) => Math.floor(Math.random() * max),
  } as unknown as Ports;
  for (const round of seedRounds(new Date())) await ports.rounds.put(round);

  for (const withRepresentative of [false, true]) {
    const request = {
      person: {
        firstName: 'Anna',
        lastName: 'Bērziņa',
        personalCode: withRepresentative ? '180565-05610' : '161175-19997',
        municipalityCode: 'LV-016',
        disabilityGroup: 2,
        mentalDisorderConfirmed: true,
      },
      contact: { email: 'anna.berzina@example.lv', phone: '+371 20000000', language: 'lv' as const },
      ...(withRepresentative && {
        representative: {
          firstName: 'Jānis',
          lastName: 'Bērziņš',
          capacity: 'legal-representative' as const,
          email: 'janis.berzins@example.lv',
          phone: '+371 29999999',
        },
      }),
      consent: true,
    };
    writes.length = 0;
    const now = new Date();
    const idempotencyKey = crypto.randomUUID();
    const { reference, accessCode } = await createApplication(ports, { roundId: 'demo', request, idempotencyKey, now });
    const draftKeyHash = createHash('sha256').update(`demo\n${idempotencyKey}`).digest('hex');
    const personHash = ports.keyring.personalCodeHash(request.person.personalCode.replace('-', ''));
    const { Item: draft } = await clients.documentClient.send(
      new GetCommand({ TableName: tableName, Key: keys.application(reference) }),
    );
    const draftSize = itemSizeBytes(draft ?? {});
    for (const type of ['application-form', 'disability-proof'] as const) {
      await clients.s3.send(
        new PutObjectCommand({
          Bucket: bucketName,
          Key: uploadObjectKey({ roundId: 'demo', reference, type }),
          Body: '%PDF-1.7\n%%EOF\n',
        }),
      );
    }
    await submitApplication(ports, { reference, accessCode, receivedAt: now });

    const kb = (bytes: number) => Math.ceil(bytes / 1024);
    const stored = async (key: { pk: string; sk: string }) => {
      const { Item } = await clients.documentClient.send(new GetCommand({ TableName: tableName, Key: key }));
      if (!Item) throw new Error(`missing ${key.pk}`);
      return Item;
    };
    const size = async (key: { pk: string; sk: string }) => itemSizeBytes(await stored(key));
    const submittedItem = await stored(keys.application(reference));
    const application = itemSizeBytes(submittedItem);
    const indexes = indexesHolding(submittedItem);
    const idempotency = await size(keys.idempotency(draftKeyHash));
    const claim = await size(keys.personClaim('demo', personHash));
    // Transactional writes cost 2 units per started KB of each item; each index that holds the item, 1 per KB.
    const create = 2 * kb(idempotency) + 2 * kb(draftSize);
    const submit = 2 * kb(application) + 2 * kb(claim) + indexes * kb(application);
    console.log(`\n${withRepresentative ? 'With a legal representative' : 'The person applies alone'}`);
    console.log(`  write requests        ${writes.join(', ')}: ${writes.length} transactions, 4 items`);
    console.log(
      `  item sizes            draft ${draftSize} B, submitted ${application} B, idempotency ${idempotency} B, claim ${claim} B`,
    );
    console.log(`  write units, create   ${create}`);
    console.log(`  write units, submit   ${submit} (of which ${indexes} index writes)`);
    console.log(`  write units, total    ${create + submit}`);
  }
} finally {
  await standIns.stop();
}
