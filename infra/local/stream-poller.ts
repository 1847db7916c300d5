import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  type _Record,
  type AttributeValue,
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type Shard,
  TrimmedDataAccessException,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBRecord, DynamoDBStreamEvent, AttributeValue as LambdaAttributeValue } from 'aws-lambda';
import { LOCAL_CREDENTIALS } from './create-resources.ts';

/** Lambda's default batch size for DynamoDB event sources. */
const BATCH_SIZE = 100;
const FIRST_RETRY_MS = 500;
const LONGEST_RETRY_MS = 10_000;

export interface StreamPollerOptions {
  dynamodbEndpoint: string;
  region: string;
  tableName: string;
  /** One event source mapping per entry, each with its own position in the stream, as in Lambda. */
  consumers: readonly { handler: string }[];
  /** Runs a consumer's function with one batch; the function's result may be a partial batch response. */
  invoke: (handler: string, event: DynamoDBStreamEvent) => Promise<unknown>;
  /** Where positions survive restarts, so a restart neither re-sends nor skips. Without it they live in memory. */
  checkpointFile?: string;
  /** @default 250 */
  intervalMs?: number;
  /** Failures are reported here, without record contents. @default console.error */
  logError?: (line: string) => void;
}

export interface StreamPoller {
  /** Resolves once everything in the stream when it was called has been delivered to every consumer. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

type Position =
  | { type: 'TRIM_HORIZON' }
  | { type: 'AFTER_SEQUENCE_NUMBER' | 'AT_SEQUENCE_NUMBER'; sequenceNumber: string };

interface ShardCursor {
  position: Position;
  iterator?: string;
  /** Closed and read to its end. */
  done: boolean;
  failures: number;
  retryAt: number;
}

type ShardOutcome = 'empty' | 'delivered' | 'failed';

/**
 * The local stand-in for Lambda's DynamoDB event source mapping: reads the table's stream and hands batches to
 * the stream consumers, in order per shard. A failed record (partial batch response or a thrown error) is retried
 * after a back-off, from that record on; records are never skipped. Shards seen for the first time are read from
 * the trim horizon, so changes written while the host was down are delivered too.
 */
export async function startStreamPoller(options: StreamPollerOptions): Promise<StreamPoller> {
  const client = { endpoint: options.dynamodbEndpoint, region: options.region, credentials: LOCAL_CREDENTIALS };
  const streams = new DynamoDBStreamsClient(client);
  const interval = options.intervalMs ?? 250;
  const logError = options.logError ?? ((line: string) => console.error(line));
  const streamArn = await latestStreamArn(client, options.tableName);
  const checkpoints = readCheckpoints(options.checkpointFile, streamArn);
  const cursors = new Map(options.consumers.map(({ handler }) => [handler, new Map<string, ShardCursor>()]));

  let stopped = false;
  let cycle = 0;
  let sleeper: (() => void) | undefined;
  let wakeRequested = false;
  let lastLoopError = '';
  const waiters: { after: number; resolve: () => void; reject: (error: Error) => void }[] = [];

  const loop = (async () => {
    while (!stopped) {
      cycle += 1;
      const started = cycle;
      let busy: boolean;
      try {
        busy = await runCycle();
        lastLoopError = '';
      } catch (error) {
        busy = true;
        const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        // The same outage would otherwise be reported four times a second; on stop, the stand-ins go first.
        if (message !== lastLoopError && !stopped) {
          logError(JSON.stringify({ level: 'error', event: 'stream-read-failed', message }));
        }
        lastLoopError = message;
      }
      if (!busy) {
        for (const waiter of waiters.filter((candidate) => candidate.after < started)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve();
        }
      }
      const now = Date.now();
      const nextRetry = Math.min(...allCursors().map((cursor) => (cursor.retryAt > now ? cursor.retryAt : Infinity)));
      const moreToRead = busy && nextRetry === Infinity && lastLoopError === '';
      if (!moreToRead && !stopped) await sleep(Math.min(interval, nextRetry - now));
    }
  })();

  function sleep(ms: number): Promise<void> {
    if (wakeRequested) {
      wakeRequested = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        sleeper = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      sleeper = done;
    });
  }

  /** Starts the next pass now; a wake-up during a pass skips the pause after it. */
  function wake(): void {
    if (sleeper) sleeper();
    else wakeRequested = true;
  }

  function allCursors(): ShardCursor[] {
    return [...cursors.values()].flatMap((byShard) => [...byShard.values()]);
  }

  /** One pass over every shard for every consumer; true when something was delivered or is still waiting. */
  async function runCycle(): Promise<boolean> {
    const shards = await listShards(streams, streamArn);
    const listed = new Set(shards.map((shard) => shard.ShardId));
    let busy = false;
    for (const [handler, byShard] of cursors) {
      for (const shard of shards) {
        const shardId = shard.ShardId as string;
        const cursor = cursorFor(handler, byShard, shardId);
        if (cursor.done) continue;
        const parent =
          shard.ParentShardId && listed.has(shard.ParentShardId) ? byShard.get(shard.ParentShardId) : undefined;
        // A child shard holds later changes to the same keys: it waits until its parent is read to the end.
        if (parent && !parent.done) {
          busy = true;
          continue;
        }
        if (cursor.retryAt > Date.now()) {
          busy = true;
          continue;
        }
        if ((await pollShard(handler, shardId, cursor)) !== 'empty') busy = true;
        if (stopped) return true;
      }
    }
    return busy;
  }

  function cursorFor(handler: string, byShard: Map<string, ShardCursor>, shardId: string): ShardCursor {
    let cursor = byShard.get(shardId);
    if (!cursor) {
      const checkpoint = checkpoints[handler]?.[shardId];
      const position: Position = checkpoint
        ? { type: 'AFTER_SEQUENCE_NUMBER', sequenceNumber: checkpoint }
        : { type: 'TRIM_HORIZON' };
      cursor = { position, done: false, failures: 0, retryAt: 0 };
      byShard.set(shardId, cursor);
    }
    return cursor;
  }

  async function pollShard(handler: string, shardId: string, cursor: ShardCursor): Promise<ShardOutcome> {
    cursor.iterator ??= await shardIterator(shardId, cursor);
    let page: { Records?: _Record[]; NextShardIterator?: string };
    try {
      page = await streams.send(new GetRecordsCommand({ ShardIterator: cursor.iterator, Limit: BATCH_SIZE }));
    } catch (error) {
      if (!(error instanceof ExpiredIteratorException)) throw error;
      cursor.iterator = undefined;
      return 'delivered';
    }
    const records = page.Records ?? [];
    if (records.length === 0) {
      cursor.iterator = page.NextShardIterator;
      if (!page.NextShardIterator) cursor.done = true;
      return 'empty';
    }

    const failedAt = await deliver(handler, shardId, records, cursor.failures + 1);
    const delivered = failedAt ?? records.length;
    const lastDelivered = records[delivered - 1]?.dynamodb?.SequenceNumber;
    if (lastDelivered) saveCheckpoint(handler, shardId, lastDelivered);
    if (failedAt === undefined) {
      cursor.position = { type: 'AFTER_SEQUENCE_NUMBER', sequenceNumber: lastDelivered as string };
      cursor.iterator = page.NextShardIterator;
      if (!page.NextShardIterator) cursor.done = true;
      cursor.failures = 0;
      return 'delivered';
    }
    cursor.position = {
      type: 'AT_SEQUENCE_NUMBER',
      sequenceNumber: records[failedAt]?.dynamodb?.SequenceNumber as string,
    };
    cursor.iterator = undefined;
    cursor.failures += 1;
    cursor.retryAt = Date.now() + Math.min(FIRST_RETRY_MS * 2 ** (cursor.failures - 1), LONGEST_RETRY_MS);
    return 'failed';
  }

  async function shardIterator(shardId: string, cursor: ShardCursor): Promise<string | undefined> {
    const { position } = cursor;
    try {
      const answer = await streams.send(
        new GetShardIteratorCommand({
          StreamArn: streamArn,
          ShardId: shardId,
          ShardIteratorType: position.type,
          ...(position.type !== 'TRIM_HORIZON' && { SequenceNumber: position.sequenceNumber }),
        }),
      );
      return answer.ShardIterator;
    } catch (error) {
      // Past the stream's retention the position is gone; the oldest record still kept is the next one.
      if (!(error instanceof TrimmedDataAccessException) || position.type === 'TRIM_HORIZON') throw error;
      cursor.position = { type: 'TRIM_HORIZON' };
      return shardIterator(shardId, cursor);
    }
  }

  /** Returns the index of the first record that must be retried, or undefined when the whole batch is done. */
  async function deliver(
    handler: string,
    shardId: string,
    records: readonly _Record[],
    attempt: number,
  ): Promise<number | undefined> {
    const event: DynamoDBStreamEvent = {
      Records: records.map((record) => toLambdaRecord(record, streamArn, options.region)),
    };
    const report = (failedAt: number, error?: unknown) => {
      const sequenceNumber = records[failedAt]?.dynamodb?.SequenceNumber;
      const details = error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : {};
      logError(
        JSON.stringify({
          level: 'error',
          event: 'stream-batch-failed',
          handler,
          shardId,
          sequenceNumber,
          attempt,
          ...details,
        }),
      );
      return failedAt;
    };
    let result: unknown;
    try {
      result = await options.invoke(handler, event);
    } catch (error) {
      return report(0, error);
    }
    const failures = (result as { batchItemFailures?: unknown } | undefined)?.batchItemFailures;
    if (!Array.isArray(failures) || failures.length === 0) return undefined;
    const sequenceNumbers = records.map((record) => record.dynamodb?.SequenceNumber);
    const indexes = failures.map((failure) =>
      sequenceNumbers.indexOf((failure as { itemIdentifier?: unknown } | null)?.itemIdentifier as string),
    );
    // As in Lambda, an identifier that names no record of the batch fails the whole batch.
    return report(indexes.includes(-1) ? 0 : Math.min(...indexes));
  }

  function saveCheckpoint(handler: string, shardId: string, sequenceNumber: string): void {
    checkpoints[handler] = { ...checkpoints[handler], [shardId]: sequenceNumber };
    if (options.checkpointFile) {
      writeFileSync(options.checkpointFile, `${JSON.stringify({ streamArn, checkpoints }, null, 2)}\n`);
    }
  }

  return {
    idle() {
      if (stopped) return Promise.reject(new Error('The stream poller has stopped.'));
      return new Promise((resolve, reject) => {
        waiters.push({ after: cycle, resolve, reject });
        wake();
      });
    },
    async stop() {
      stopped = true;
      wake();
      await loop;
      for (const waiter of waiters.splice(0)) waiter.reject(new Error('The stream poller has stopped.'));
      streams.destroy();
    },
  };
}

type ClientConfig = { endpoint: string; region: string; credentials: typeof LOCAL_CREDENTIALS };

async function latestStreamArn(config: ClientConfig, tableName: string): Promise<string> {
  const client = new DynamoDBClient(config);
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (!Table?.LatestStreamArn)
      throw new Error(`The table ${tableName} has no stream; delete .local-data and start again.`);
    return Table.LatestStreamArn;
  } finally {
    client.destroy();
  }
}

async function listShards(streams: DynamoDBStreamsClient, streamArn: string): Promise<Shard[]> {
  const shards: Shard[] = [];
  let start: string | undefined;
  do {
    const { StreamDescription } = await streams.send(
      new DescribeStreamCommand({ StreamArn: streamArn, ...(start && { ExclusiveStartShardId: start }) }),
    );
    shards.push(...(StreamDescription?.Shards ?? []).filter((shard) => shard.ShardId));
    start = StreamDescription?.LastEvaluatedShardId;
  } while (start);
  return shards;
}

type Checkpoints = Record<string, Record<string, string>>;

/** Positions saved for another stream (the table was created again) mean nothing for this one. */
function readCheckpoints(file: string | undefined, streamArn: string): Checkpoints {
  if (!file || !existsSync(file)) return {};
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { streamArn?: string; checkpoints?: Checkpoints };
    return saved.streamArn === streamArn && saved.checkpoints ? saved.checkpoints : {};
  } catch {
    return {};
  }
}

/** A stream record as Lambda delivers it: creation time in epoch seconds, binary values base64-encoded. */
export function toLambdaRecord(record: _Record, streamArn: string, region: string): DynamoDBRecord {
  const change = record.dynamodb ?? {};
  const created = change.ApproximateCreationDateTime;
  return {
    eventID: record.eventID,
    eventName: record.eventName,
    eventVersion: record.eventVersion ?? '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: region,
    dynamodb: {
      ...(created && { ApproximateCreationDateTime: Math.floor(created.getTime() / 1000) }),
      ...(change.Keys && { Keys: toLambdaImage(change.Keys) }),
      ...(change.NewImage && { NewImage: toLambdaImage(change.NewImage) }),
      ...(change.OldImage && { OldImage: toLambdaImage(change.OldImage) }),
      SequenceNumber: change.SequenceNumber,
      SizeBytes: change.SizeBytes,
      StreamViewType: change.StreamViewType,
    },
    eventSourceARN: streamArn,
    ...(record.userIdentity && { userIdentity: record.userIdentity }),
  };
}

function toLambdaImage(image: Record<string, AttributeValue>): Record<string, LambdaAttributeValue> {
  return Object.fromEntries(Object.entries(image).map(([name, value]) => [name, toLambdaAttribute(value)]));
}

function toLambdaAttribute(value: AttributeValue): LambdaAttributeValue {
  const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
  if (value.S !== undefined) return { S: value.S };
  if (value.N !== undefined) return { N: value.N };
  if (value.BOOL !== undefined) return { BOOL: value.BOOL };
  if (value.NULL !== undefined) return { NULL: value.NULL };
  if (value.M !== undefined) return { M: toLambdaImage(value.M) };
  if (value.L !== undefined) return { L: value.L.map(toLambdaAttribute) };
  if (value.SS !== undefined) return { SS: value.SS };
  if (value.NS !== undefined) return { NS: value.NS };
  if (value.B !== undefined) return { B: base64(value.B) };
  if (value.BS !== undefined) return { BS: value.BS.map(base64) };
  // The streams client reads an empty map, `{"M":{}}`, as an empty object.
  if (Object.keys(value).length === 0) return { M: {} };
  throw new TypeError(`Unknown attribute type in a stream record: ${Object.keys(value).join(', ')}`);
}
