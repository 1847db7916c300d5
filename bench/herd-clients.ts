/**
 * The load of `bench/herd.ts`, in a worker thread of its own so that the clients' work does not share the host's
 * event loop: `clients` loops at once, for `seconds`, each doing whole online applications through the API
 * (`applications`) or raw conditional puts on DynamoDB Local (`raw-puts`). Posts its figures back when done.
 */
import { randomUUID } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { legacyChecksumMatches } from '../shared/domain/personal-code.ts';

export interface HerdLoad {
  mode: 'applications' | 'raw-puts';
  clients: number;
  seconds: number;
  apiUrl: string;
  dynamodbEndpoint: string;
  rawTable: string;
  /** Personal codes are drawn from this block on, so no two runs' people are the same person. */
  firstPerson: number;
  municipalities: readonly string[];
}

export interface HerdFigures {
  /** Completed requests of each kind; failures by HTTP status (or `error`). */
  completed: Record<string, number>;
  failed: Record<string, number>;
  /** Milliseconds of each completed create, submission and raw put, in completion order. */
  latencies: { create: number[]; submit: number[]; put: number[] };
  elapsedMs: number;
  /** CPU time of the clients' own thread: taken off the process's, what is left is the host's. */
  cpuMs: number;
}

const load = workerData as HerdLoad;
const figures: HerdFigures = {
  completed: {},
  failed: {},
  latencies: { create: [], submit: [], put: [] },
  elapsedMs: 0,
  cpuMs: 0,
};
const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
/** About the size of a draft, as the conditional puts of the host are. */
const PADDING = 'x'.repeat(560);

const started = performance.now();
const cpuBefore = process.threadCpuUsage();
const deadline = started + load.seconds * 1000;
let person = load.firstPerson;
const loop = load.mode === 'applications' ? applyOnce : putOnce(rawClient());
await Promise.all(
  Array.from({ length: load.clients }, async () => {
    while (performance.now() < deadline) await loop();
  }),
);
figures.elapsedMs = performance.now() - started;
const cpu = process.threadCpuUsage(cpuBefore);
figures.cpuMs = (cpu.user + cpu.system) / 1000;
parentPort?.postMessage(figures);

function count(kind: string, outcome: 'completed' | 'failed') {
  figures[outcome][kind] = (figures[outcome][kind] ?? 0) + 1;
}

async function timed(kind: 'create' | 'submit', send: () => Promise<Response>): Promise<Response | undefined> {
  const start = performance.now();
  const response = await send().catch(() => undefined);
  if (!response?.ok) {
    count(kind, 'failed');
    await response?.arrayBuffer();
    return undefined;
  }
  figures.latencies[kind].push(performance.now() - start);
  count(kind, 'completed');
  return response;
}

/** One person's whole application: create, two small uploads through presigned forms, submission. */
async function applyOnce(): Promise<void> {
  const n = person++;
  const body = {
    person: {
      firstName: 'Anna',
      lastName: 'Bērziņa',
      personalCode: personalCode(n),
      municipalityCode: load.municipalities[n % load.municipalities.length],
      disabilityGroup: 2,
      mentalDisorderConfirmed: true,
    },
    contact: { email: `anna.${n}@example.lv`, phone: '+371 20000000', language: 'lv' },
    consent: true,
  };
  const created = await timed('create', () =>
    fetch(`${load.apiUrl}/rounds/demo/applications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify(body),
    }),
  );
  if (!created) return;
  const { reference, accessCode } = (await created.json()) as { reference: string; accessCode: string };
  const access = { 'x-access-code': accessCode };
  for (const type of ['application-form', 'disability-proof']) {
    const form = await fetch(`${load.apiUrl}/applications/${reference}/documents/${type}`, {
      method: 'POST',
      headers: access,
    }).catch(() => undefined);
    if (!form?.ok) return count('upload-form', 'failed');
    const { url, fields } = (await form.json()) as { url: string; fields: Record<string, string> };
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) data.append(name, value);
    data.append('file', new Blob([PDF]), 'document.pdf');
    const uploaded = await fetch(url, { method: 'POST', body: data }).catch(() => undefined);
    await uploaded?.arrayBuffer();
    if (!uploaded?.ok) return count('upload', 'failed');
    count('upload', 'completed');
  }
  const submitted = await timed('submit', () =>
    fetch(`${load.apiUrl}/applications/${reference}/submission`, { method: 'POST', headers: access }),
  );
  await submitted?.arrayBuffer();
}

function rawClient() {
  return DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint: load.dynamodbEndpoint,
      region: 'eu-north-1',
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    }),
  );
}

/** One conditional put of a new item, as the host's writes are: the floor of what DynamoDB Local takes. */
function putOnce(client: DynamoDBDocumentClient) {
  return async () => {
    const start = performance.now();
    try {
      await client.send(
        new PutCommand({
          TableName: load.rawTable,
          Item: { pk: `RAW#${randomUUID()}`, sk: 'RAW', padding: PADDING },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      figures.latencies.put.push(performance.now() - start);
      count('put', 'completed');
    } catch {
      count('put', 'failed');
    }
  };
}

/** The n-th legacy personal code `DDMMYY-1SSSC`: a different person for every n below 20 million. */
function personalCode(n: number): string {
  const day = String((n % 28) + 1).padStart(2, '0');
  const month = String((Math.floor(n / 28) % 12) + 1).padStart(2, '0');
  const year = String(40 + (Math.floor(n / 336) % 60)).padStart(2, '0');
  const serial = String(Math.floor(n / 20_160) % 1000).padStart(3, '0');
  const prefix = `${day}${month}${year}1${serial}`;
  // When no digit matches (the formula gives 10), the code is accepted and flagged for a social worker.
  const check = [...'0123456789'].find((digit) => legacyChecksumMatches(`${prefix}${digit}`)) ?? '0';
  return `${prefix.slice(0, 6)}-${prefix.slice(6)}${check}`;
}
