/**
 * A window's first minute on this machine: `HERD_CLIENTS` (64) clients at once make whole online applications
 * (create, two small uploads, submission) through the local host for `HERD_SECONDS` (60), after raw conditional
 * puts on the same DynamoDB Local from as many clients for `RAW_SECONDS` (15). Prints the DynamoDB items the
 * system wrote per second (the requests' items, and the e-mail ledger's until the stream is drained) as a share of
 * the raw puts per second, the host's CPU per application, and the latencies of create and submission. Run: npm run bench:herd (the last line is the figures as JSON).
 *
 * The clients run in a worker thread, so their work does not share the host's event loop. The host is the whole
 * local system as `npm start` runs it: the HTTP host, the functions and the stream poller in this thread, the S3 and
 * SES stand-ins and the malware scan in a thread of their own (`HERD_STAND_IN_THREAD=0` keeps them in this one, as
 * the tests do); only DynamoDB Local is a process of its own. The host's CPU per application
 * is given for this thread and for the whole process (every thread but the clients': the storage thread, GC and
 * the I/O threads included), so that work moved between threads is not taken for work saved.
 * `HERD_PROFILE=<file>` writes a CPU profile of the host's thread during the applications (open it in Chrome's
 * DevTools) to see where the host spends its time.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { Worker } from 'node:worker_threads';
import { type AttributeValue, CreateTableCommand, DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { startLocalSystem } from '../infra/local/system.ts';
import { seedRounds } from '../infra/seed/rounds.ts';
import type { HerdFigures, HerdLoad } from './herd-clients.ts';

/** Items each completed request writes: a create its draft; a submission the person's claim and the application. */
const ITEMS_WRITTEN = { create: 1, submit: 2 };
const LEDGER_PREFIX = 'NOTIFICATION#';
const GOALS = { itemsPerSecondRatio: 0.8, p99OverP50: 5 };

const clients = Number(process.env.HERD_CLIENTS ?? 64);
const seconds = Number(process.env.HERD_SECONDS ?? 60);
const rawSeconds = Number(process.env.RAW_SECONDS ?? 15);
const rawTable = 'herd-raw-puts';
const standInThread = process.env.HERD_STAND_IN_THREAD !== '0';

const system = await startLocalSystem({
  ports: { api: 0, dynamodb: 0, s3: 0, ses: 0, auth: 0 },
  log: () => {},
  standInThread,
});
try {
  const dynamodb = new DynamoDBClient({
    endpoint: system.endpoints.dynamodb,
    region: 'eu-north-1',
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  await dynamodb.send(
    new CreateTableCommand({
      TableName: rawTable,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'S' },
      ],
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
    }),
  );
  /** The e-mail ledger's records: the stream's writes, one per e-mail sent (all recipients of one together). */
  const ledgerRecords = async () => {
    let count = 0;
    let after: Record<string, AttributeValue> | undefined;
    do {
      const page = await dynamodb.send(
        new ScanCommand({
          TableName: system.env.TABLE_NAME,
          Select: 'COUNT',
          FilterExpression: 'begins_with(pk, :ledger)',
          ExpressionAttributeValues: { ':ledger': { S: LEDGER_PREFIX } },
          ExclusiveStartKey: after,
        }),
      );
      count += page.Count ?? 0;
      after = page.LastEvaluatedKey;
    } while (after);
    return count;
  };
  const [demo] = seedRounds(new Date()).filter((round) => round.id === 'demo');
  const base: Omit<HerdLoad, 'mode' | 'seconds' | 'clients' | 'firstPerson'> = {
    apiUrl: system.apiUrl,
    dynamodbEndpoint: system.endpoints.dynamodb,
    rawTable,
    municipalities: demo?.municipalities.map((municipality) => municipality.code) ?? [],
  };

  // Every handler loaded and warm, and DynamoDB Local's JIT too, before anything is timed.
  await run({ ...base, mode: 'applications', clients: 8, seconds: 5, firstPerson: 0 });
  await run({ ...base, mode: 'raw-puts', clients: 8, seconds: 3, firstPerson: 0 });
  // The warm-up's e-mails and queue entries are written from the stream: done before the raw puts are timed.
  await system.idle();

  const raw = await run({ ...base, mode: 'raw-puts', clients, seconds: rawSeconds, firstPerson: 0 });
  await system.idle();
  const ledgerBefore = await ledgerRecords();
  const herdStart = performance.now();
  const cpuBefore = process.threadCpuUsage();
  const processCpuBefore = process.cpuUsage();
  const herd = await profiled(process.env.HERD_PROFILE, () =>
    run({ ...base, mode: 'applications', clients, seconds, firstPerson: 1_000_000 }),
  );
  // The e-mails of the applications are the host's work too: it is done once the stream is drained.
  await system.idle();
  const cpu = process.threadCpuUsage(cpuBefore);
  const processCpu = process.cpuUsage(processCpuBefore);
  const drainedMs = performance.now() - herdStart;
  const ledgerWrites = (await ledgerRecords()) - ledgerBefore;
  dynamodb.destroy();

  const rawPerSecond = perSecond(raw.completed.put ?? 0, raw.elapsedMs);
  const creates = herd.completed.create ?? 0;
  const submits = herd.completed.submit ?? 0;
  const requestItems = creates * ITEMS_WRITTEN.create + submits * ITEMS_WRITTEN.submit;
  // Every item the system wrote for the applications, until the stream's e-mails of the last ones were recorded.
  const itemsPerSecond = perSecond(requestItems + ledgerWrites, drainedMs);
  const latency = (values: number[]) => ({
    p50: round(percentile(values, 0.5)),
    p99: round(percentile(values, 0.99)),
    p99OverP50: round(percentile(values, 0.99) / percentile(values, 0.5)),
  });
  const figures = {
    bench: 'herd',
    clients,
    seconds: round(herd.elapsedMs / 1000),
    applicationsPerSecond: round(perSecond(submits, herd.elapsedMs)),
    itemsWrittenPerSecond: round(itemsPerSecond),
    itemsWritten: { requests: requestItems, emailLedger: ledgerWrites },
    requestItemsPerSecond: round(perSecond(requestItems, herd.elapsedMs)),
    rawPutsPerSecond: round(rawPerSecond),
    itemsPerSecondRatio: round(itemsPerSecond / rawPerSecond),
    standInThread,
    hostCpuMsPerApplication: round((cpu.user + cpu.system) / 1000 / Math.max(1, submits)),
    processCpuMsPerApplication: round(
      ((processCpu.user + processCpu.system) / 1000 - herd.cpuMs) / Math.max(1, submits),
    ),
    createMs: latency(herd.latencies.create),
    submitMs: latency(herd.latencies.submit),
    // The same figures of the raw puts: how much of the spread DynamoDB Local itself adds.
    rawPutMs: latency(raw.latencies.put),
    failed: { ...herd.failed, ...prefixed('raw-', raw.failed) },
    goals: GOALS,
  };
  console.log(`Raw conditional puts: ${figures.rawPutsPerSecond}/s from ${clients} clients`);
  console.log(
    `Host CPU per application (its e-mails and the stand-ins included): ${figures.hostCpuMsPerApplication} ms in ` +
      `its thread, ${figures.processCpuMsPerApplication} ms in all its threads`,
  );
  console.log(
    `Applications: ${figures.applicationsPerSecond}/s submitted, ${figures.itemsWrittenPerSecond} items written/s ` +
      `(${figures.itemsPerSecondRatio} of raw; goal ≥ ${GOALS.itemsPerSecondRatio})`,
  );
  for (const kind of ['create', 'submit', 'rawPut'] as const) {
    const { p50, p99, p99OverP50 } = figures[`${kind}Ms`];
    const goal = kind === 'rawPut' ? '' : `; goal ≤ ${GOALS.p99OverP50}×`;
    console.log(`  ${kind}: p50 ${p50} ms, p99 ${p99} ms (${p99OverP50}× p50${goal})`);
  }
  console.log(JSON.stringify(figures));
} finally {
  await system.stop();
}

/** Runs one load in a worker and waits for its figures. */
function run(load: HerdLoad): Promise<HerdFigures> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./herd-clients.ts', import.meta.url), { workerData: load });
    worker.once('message', (figures: HerdFigures) => resolve(figures));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`The ${load.mode} clients stopped with code ${code}`));
    });
  });
}

/** Runs `work`, with the host's thread profiled into `file` when one is named. */
async function profiled<T>(file: string | undefined, work: () => Promise<T>): Promise<T> {
  if (!file) return work();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
  }
}

function perSecond(count: number, ms: number): number {
  return ms > 0 ? (count * 1000) / ms : 0;
}

function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] as number;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function prefixed(prefix: string, counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).map(([name, value]) => [`${prefix}${name}`, value]));
}
