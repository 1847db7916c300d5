/**
 * Write units of one online application, step by step, and the round trips of its submission in sequence,
 * measured on the real adapters and use cases against the local stand-ins. Units are computed from the stored
 * items' sizes by DynamoDB's pricing rules (DynamoDB Local's own capacity figures are not reliable): a write costs
 * one unit per started KB of the larger of the item before and after, and each index that holds the item one
 * more per started KB of its entry. Run: npm run bench:writes (the last line is the figures as JSON).
 */
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { startStandIns } from '../infra/local/stand-ins.ts';
import { createResources } from '../infra/local/storage/create-resources.ts';
import { seedRounds } from '../infra/seed/rounds.ts';
import { createAwsClients } from '../shared/adapters/aws-clients.ts';
import { NodeKeyring } from '../shared/adapters/crypto/node-keyring.ts';
import { DynamoDbApplicationRepository } from '../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbNotificationLedger } from '../shared/adapters/dynamodb/dynamodb-notification-ledger.ts';
import { DynamoDbRoundRepository } from '../shared/adapters/dynamodb/dynamodb-round-repository.ts';
import { keys, nameWordsPartition } from '../shared/adapters/dynamodb/table-design.ts';
import { S3DocumentStore, uploadObjectKey } from '../shared/adapters/s3/s3-document-store.ts';
import type { Ports } from '../shared/ports/index.ts';
import type { Application, CreateApplicationRequest } from '../shared/schemas/application.ts';
import type { RecipientRole } from '../shared/schemas/delivery-problem.ts';
import { createApplication } from '../shared/use-cases/create-application.ts';
import { sendDraftSaved } from '../shared/use-cases/send-draft-saved.ts';
import { sendReceipt } from '../shared/use-cases/send-receipt.ts';
import { submitApplication } from '../shared/use-cases/submit-application.ts';
import { indexesHolding, itemSizeBytes } from './item-size.ts';
import { roundTripsOf, timeRequests } from './round-trips.ts';

/** The figures before this measure's write path, from the same bench (commit f446d83), for the comparison. */
const BEFORE = {
  alone: { create: 4, submit: 6, receiptLedger: 2, draftSavedLedger: 2, perApplication: 12 },
  withRepresentative: { create: 4, submit: 10, receiptLedger: 4, draftSavedLedger: 4, perApplication: 18 },
  submitRoundTrips: 7,
};
const GOAL = { unitsPerApplication: 5, submitRoundTrips: 4 };

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
  const requests = timeRequests([clients.documentClient, clients.s3]);
  const keyring = new NodeKeyring(new Uint8Array(32).fill(7));
  const ledger = new DynamoDbNotificationLedger(clients.documentClient, tableName);
  /** The ledger ids of the e-mails recorded, as the use cases name them. */
  const recorded: string[] = [];
  const ports = {
    rounds: new DynamoDbRoundRepository(clients.documentClient, tableName),
    applications: new DynamoDbApplicationRepository(clients.documentClient, tableName),
    documents: new S3DocumentStore(clients.s3, bucketName),
    notifications: {
      sentTo: (id: string) => ledger.sentTo(id),
      recordSent: (id: string, recipients: readonly RecipientRole[], attempt: string) => {
        recorded.push(id);
        return ledger.recordSent(id, recipients, attempt);
      },
    },
    // The e-mails themselves are SES's business, not the table's: only their ledger is counted.
    mailer: { send: async () => {} },
    keyring,
  } as unknown as Ports;
  for (const round of seedRounds(new Date())) await ports.rounds.put(round);

  const kb = (bytes: number) => Math.ceil(bytes / 1024);
  const stored = async (key: { pk: string; sk: string }) => {
    const { Item } = await clients.documentClient.send(
      new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }),
    );
    if (!Item) throw new Error(`missing ${key.pk}`);
    return Item;
  };
  const application = async (reference: string) =>
    (await ports.applications.get(reference)) ?? (undefined as never as Application);

  const figures: Record<string, Record<string, number>> = {};
  let submitRoundTrips = 0;
  for (const withRepresentative of [false, true]) {
    const request: CreateApplicationRequest = {
      person: {
        firstName: 'Anna',
        lastName: 'Bērziņa',
        personalCode: withRepresentative ? '180565-05610' : '161175-19997',
        municipalityCode: 'LV-016',
        disabilityGroup: 2,
        mentalDisorderConfirmed: true,
      },
      contact: { email: 'anna.berzina@example.lv', phone: '+371 20000000', language: 'lv' },
      ...(withRepresentative && {
        representative: {
          firstName: 'Jānis',
          lastName: 'Bērziņš',
          capacity: 'legal-representative',
          email: 'janis.berzins@example.lv',
          phone: '+371 29999999',
        },
      }),
      consent: true,
    };
    const now = new Date();
    const { reference, accessCode, requiredDocuments } = await createApplication(ports, {
      roundId: 'demo',
      request,
      idempotencyKey: crypto.randomUUID(),
      now,
    });
    const draft = await stored(keys.application(reference));
    await sendDraftSaved(ports, await application(reference), { webUrl: 'https://apply.example.lv', attempt: 'a-1' });
    for (const type of requiredDocuments) {
      await clients.s3.send(
        new PutObjectCommand({
          Bucket: bucketName,
          Key: uploadObjectKey({ roundId: 'demo', reference, type }),
          Body: '%PDF-1.7\n%%EOF\n',
        }),
      );
    }
    requests.clear();
    await submitApplication(ports, { reference, accessCode, receivedAt: new Date(now.getTime() + 1_000) });
    submitRoundTrips = roundTripsOf(requests.list());
    const submitted = await stored(keys.application(reference));
    await sendReceipt(ports, await application(reference), { webUrl: 'https://apply.example.lv', attempt: 'a-2' });

    const personHash = keyring.personalCodeHash(request.person.personalCode.replace('-', ''));
    const claim = await stored(keys.personClaim('demo', personHash));
    const ledgerItem = async (kind: string) => {
      const id = recorded.find((recordedId) => recordedId.startsWith(`${reference}#${kind}`));
      if (!id) throw new Error(`no ${kind} e-mail recorded`);
      return stored(keys.notification(id));
    };
    // The staff queue follows the submission from the table's stream: in one transaction (2 units a started KB)
    // its entry, also written to each entry index that holds it (1 a KB), and the municipality's counts; then one
    // item per word of the name, by batch writes.
    await ports.applications.followChanges([{ reference, after: await application(reference) }]);
    const entry = await stored(keys.queueEntry(reference));
    const counts = await stored(keys.queueCounts('demo', request.person.municipalityCode));
    const words =
      (
        await clients.documentClient.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk',
            FilterExpression: '#reference = :reference',
            ExpressionAttributeNames: { '#reference': 'reference' },
            ExpressionAttributeValues: {
              ':pk': nameWordsPartition('demo', request.person.municipalityCode),
              ':reference': reference,
            },
          }),
        )
      ).Items ?? [];
    const receipt = await ledgerItem('receipt');
    const draftSaved = await ledgerItem('draft-saved');
    // The queue index holds the whole item (its projection is ALL); the person index only possible duplicates.
    const units = {
      create: kb(itemSizeBytes(draft)),
      claim: kb(itemSizeBytes(claim)),
      store: Math.max(kb(itemSizeBytes(draft)), kb(itemSizeBytes(submitted))),
      queueIndex: kb(itemSizeBytes(submitted)),
      receiptLedger: kb(itemSizeBytes(receipt)),
      draftSavedLedger: kb(itemSizeBytes(draftSaved)),
      queueEntry: kb(itemSizeBytes(entry)) * (2 + indexesHolding(entry)),
      queueCounts: 2 * kb(itemSizeBytes(counts)),
      nameWords: words.reduce((sum, word) => sum + kb(itemSizeBytes(word)), 0),
    };
    const submit = units.claim + units.store + units.queueIndex;
    const queue = units.queueEntry + units.queueCounts + units.nameWords;
    const perApplication = units.create + submit + units.receiptLedger + queue;
    const name = withRepresentative ? 'withRepresentative' : 'alone';
    figures[name] = {
      ...units,
      submit,
      queue,
      perApplication,
      withDraftSavedEmail: perApplication + units.draftSavedLedger,
      draftBytes: itemSizeBytes(draft),
      submittedBytes: itemSizeBytes(submitted),
      claimBytes: itemSizeBytes(claim),
      receiptLedgerBytes: itemSizeBytes(receipt),
    };
    const before = BEFORE[name];
    console.log(`\n${withRepresentative ? 'With a legal representative' : 'The person applies alone'}`);
    console.log(`  item sizes        draft ${itemSizeBytes(draft)} B, submitted ${itemSizeBytes(submitted)} B,`);
    console.log(`                    claim ${itemSizeBytes(claim)} B, receipt ledger ${itemSizeBytes(receipt)} B`);
    console.log(`  create            ${units.create} (before ${before.create})`);
    console.log(
      `  submit            ${submit} = claim ${units.claim} + item ${units.store} + queue index ${units.queueIndex} (before ${before.submit})`,
    );
    console.log(`  receipt ledger    ${units.receiptLedger} (before ${before.receiptLedger})`);
    console.log(
      `  staff queue       ${queue} = entry ${units.queueEntry} (with its ${indexesHolding(entry)} indexes) + counts ${units.queueCounts} + ${words.length} name words ${units.nameWords} (before 0: the queue read the applications)`,
    );
    console.log(
      `  per application   ${perApplication} (before ${before.perApplication}; goal ≤ ${GOAL.unitsPerApplication})`,
    );
    console.log(`  draft-saved e-mail ledger, besides: ${units.draftSavedLedger} (before ${before.draftSavedLedger})`);
  }
  console.log(
    `\nSubmission: ${submitRoundTrips} round trips in sequence with the round at hand (before ${BEFORE.submitRoundTrips}; goal ≤ ${GOAL.submitRoundTrips})`,
  );
  console.log(JSON.stringify({ bench: 'writes', ...figures, submitRoundTrips, before: BEFORE, goal: GOAL }));
} finally {
  await standIns.stop();
}
