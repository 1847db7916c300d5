/**
 * The staff queue, the selection and the publication at national scale, on the real adapters against DynamoDB
 * Local: 100,000 decided applications of one round over its 10 municipalities, one municipality with 20,000 and
 * one with 10. Measures the queue's use cases (a first page, a later page, a filtered page by name, the counts,
 * the search by reference, personal code and name) in the municipality of 10 and in that of 20,000, medians and
 * their ratio; then runs the selection and publishes it, and prints their times, the largest items written and
 * the read and write units (computed from item sizes, as bench/write-units.ts does). Ends with one JSON line.
 * Run: npm run bench:scale [-- --applications 100000 --largest 20000]
 */
import { parseArgs } from 'node:util';
import { startLocalStorage } from '../infra/local/storage/local-storage.ts';
import { seedRounds } from '../infra/seed/rounds.ts';
import { NodeKeyring } from '../shared/adapters/crypto/node-keyring.ts';
import { DynamoDbApplicationRepository } from '../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbAuditLog } from '../shared/adapters/dynamodb/dynamodb-audit-log.ts';
import { DynamoDbRetentionStore } from '../shared/adapters/dynamodb/dynamodb-retention.ts';
import { DynamoDbRoundRepository } from '../shared/adapters/dynamodb/dynamodb-round-repository.ts';
import { DynamoDbSelectionRunRepository } from '../shared/adapters/dynamodb/dynamodb-selection-run-repository.ts';
import type { Ports } from '../shared/ports/index.ts';
import type { Application } from '../shared/schemas/application.ts';
import { countReadUnits } from './read-units.ts';
import { decidedApplication, personalCodeOf } from './scale-applications.ts';
import { measureQueue } from './scale-queue.ts';
import { seedTable } from './scale-seed.ts';
import { runAndPublish } from './scale-selection.ts';

const { values } = parseArgs({
  options: { applications: { type: 'string', default: '100000' }, largest: { type: 'string', default: '20000' } },
});
const APPLICATIONS = Number(values.applications);
const LARGEST = Number(values.largest);
const SMALLEST = 10;
const REGION = 'eu-north-1';

const tableName = 'bench-scale';
const auditTableName = 'bench-scale-audit';
const storage = await startLocalStorage({
  ports: { dynamodb: 0, s3: 0, ses: 0 },
  region: REGION,
  tableName,
  auditTableName,
  bucketName: 'bench-scale-documents',
});
try {
  const { clients } = storage;
  const reads = countReadUnits(clients.documentClient);
  const auditTable = () => auditTableName;
  const ports = {
    rounds: new DynamoDbRoundRepository(clients.documentClient, tableName, { auditTableName: auditTable }),
    applications: new DynamoDbApplicationRepository(clients.documentClient, tableName, {
      auditTableName: auditTable,
    }),
    audit: new DynamoDbAuditLog(clients.documentClient, auditTableName),
    selectionRuns: new DynamoDbSelectionRunRepository(clients.documentClient, tableName, auditTable),
    // The selection leaves out applications whose data was removed, which the retention store lists.
    retention: new DynamoDbRetentionStore(clients.documentClient, tableName, auditTable),
    keyring: new NodeKeyring(new Uint8Array(32).fill(7)),
  } as unknown as Ports;
  // The 2019 pilot: ten municipalities, its window long closed, so the selection may run.
  const round = seedRounds(new Date()).find((candidate) => candidate.id === 'pilot-2019');
  if (!round) throw new Error('The seed rounds have no pilot-2019');
  await ports.rounds.put(round);

  const [largest, smallest, ...others] = round.municipalities.map(({ code }) => code) as [string, string, ...string[]];
  const municipalityOf = (index: number) =>
    index < LARGEST
      ? largest
      : index < LARGEST + SMALLEST
        ? smallest
        : (others[(index - LARGEST - SMALLEST) % others.length] as string);
  const applications: Application[] = Array.from({ length: APPLICATIONS }, (_, index) =>
    decidedApplication(index, round.id, municipalityOf(index), ports.keyring),
  );
  console.log(`Seeding ${APPLICATIONS} applications (${largest}: ${LARGEST}, ${smallest}: ${SMALLEST}) …`);
  const seed = await seedTable(clients.documentClient, tableName, applications, new Set([largest, smallest]));
  console.log(
    `  ${seed.seconds} s; items ${JSON.stringify(seed.items)}; largest bytes ${JSON.stringify(seed.largestBytes)}`,
  );

  console.log('Queue reads, medians in ms (read units a request) …');
  const underTest = (municipalityCode: string, first: number, count: number) => {
    const sampleIndex = first + Math.floor(count / 2);
    return {
      municipalityCode,
      applications: applications.slice(first, first + count),
      sample: { application: applications[sampleIndex] as Application, personalCode: personalCodeOf(sampleIndex) },
    };
  };
  const queue = await measureQueue(ports, reads, {
    roundId: round.id,
    small: underTest(smallest, LARGEST, SMALLEST),
    large: underTest(largest, 0, LARGEST),
  });
  for (const [name, figure] of Object.entries(queue.operations)) {
    console.log(
      `  ${name.padEnd(22)} at ${SMALLEST}: ${figure.p50AtSmallest} (${figure.readUnitsAtSmallest})` +
        `   at ${LARGEST}: ${figure.p50AtLargest} (${figure.readUnitsAtLargest})   ratio ${figure.ratio}`,
    );
  }
  console.log(`  the queue's bookkeeping, write units an application: ${JSON.stringify(seed.queueWriteUnits)}`);

  console.log('Selection and publication …');
  const selection = await runAndPublish(ports, { client: clients.documentClient, tableName }, reads, round.id);
  console.log(`  ${JSON.stringify(selection)}`);

  console.log(
    JSON.stringify({
      bench: 'scale',
      applications: APPLICATIONS,
      municipalities: { [largest]: LARGEST, [smallest]: SMALLEST },
      seed,
      queue,
      selection,
    }),
  );
} finally {
  await storage.stop();
}
