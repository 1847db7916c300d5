import {
  type _Record,
  DynamoDBStreamsClient,
  ExpiredIteratorException,
  GetRecordsCommand,
  type GetRecordsCommandOutput,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { LOCAL_CREDENTIALS } from '../storage/create-resources.ts';
import { openCheckpoints } from './stream-checkpoints.ts';
import { markDelivered, moveTo, newCursor, retryFrom, type ShardCursor, shardIterator } from './stream-cursors.ts';
import { toLambdaRecord } from './stream-records.ts';
import { latestStreamArn, listShards } from './stream-shards.ts';

/** Lambda's default batch size for DynamoDB event sources. */
const BATCH_SIZE = 100;

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

/** `more`: delivered a full batch, or found its iterator expired; either way the shard has more to read now. */
type ShardOutcome = 'empty' | 'delivered' | 'more' | 'failed';

/** What one pass over the shards found. */
interface Pass {
  /** Something was delivered, or is still waiting (a retry, a child shard behind its parent). */
  busy: boolean;
  /** Some shard has more to read at once: the next pass should not wait. */
  more: boolean;
}

interface IdleWaiter {
  /** The pass that was under way when idle() was called: only a later pass has seen everything written before. */
  after: number;
  resolve: () => void;
  reject: (error: Error) => void;
}

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
  const checkpoints = openCheckpoints(options.checkpointFile, streamArn);
  const cursors = new Map(options.consumers.map(({ handler }) => [handler, new Map<string, ShardCursor>()]));
  const pause = interruptiblePause();

  let stopped = false;
  let cycle = 0;
  let lastLoopError = '';
  const waiters: IdleWaiter[] = [];

  const loop = (async () => {
    while (!stopped) {
      cycle += 1;
      const started = cycle;
      let pass: Pass;
      try {
        pass = await runCycle();
        lastLoopError = '';
      } catch (error) {
        pass = { busy: true, more: false };
        reportLoopError(error);
      }
      if (!pass.busy) releaseWaitersBefore(started);
      const pauseMs = pauseAfterCycle(pass);
      if (pauseMs !== undefined) await pause.sleep(pauseMs);
    }
  })();

  /** One pass over every shard for every consumer. */
  async function runCycle(): Promise<Pass> {
    const shards = await listShards(streams, streamArn);
    const listed = new Set(shards.map((shard) => shard.ShardId));
    let busy = false;
    let more = false;
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
        const outcome = await pollShard(handler, shardId, cursor);
        if (outcome !== 'empty') busy = true;
        if (outcome === 'more') more = true;
        if (stopped) return { busy: true, more: false };
      }
    }
    return { busy, more };
  }

  function cursorFor(handler: string, byShard: Map<string, ShardCursor>, shardId: string): ShardCursor {
    let cursor = byShard.get(shardId);
    if (!cursor) {
      cursor = newCursor(checkpoints.lastDelivered(handler, shardId));
      byShard.set(shardId, cursor);
    }
    return cursor;
  }

  /** Reads the next page of one shard and delivers it to one consumer, then moves the cursor on. */
  async function pollShard(handler: string, shardId: string, cursor: ShardCursor): Promise<ShardOutcome> {
    cursor.iterator ??= await shardIterator(streams, streamArn, shardId, cursor);
    const page = await readPage(cursor.iterator);
    if (page === 'expired') {
      // Progress, not an empty shard: the next pass asks for a new iterator at the cursor's position.
      cursor.iterator = undefined;
      return 'more';
    }
    const records = page.Records ?? [];
    if (records.length === 0) {
      moveTo(cursor, page.NextShardIterator);
      return 'empty';
    }

    const failedAt = await deliver(handler, shardId, records, cursor.failures + 1);
    const delivered = failedAt ?? records.length;
    const lastDelivered = records[delivered - 1]?.dynamodb?.SequenceNumber;
    if (lastDelivered) checkpoints.save(handler, shardId, lastDelivered);
    if (failedAt === undefined) {
      markDelivered(cursor, lastDelivered as string, page.NextShardIterator);
      return records.length === BATCH_SIZE ? 'more' : 'delivered';
    }
    retryFrom(cursor, records[failedAt]?.dynamodb?.SequenceNumber as string);
    return 'failed';
  }

  async function readPage(iterator: string | undefined): Promise<GetRecordsCommandOutput | 'expired'> {
    try {
      return await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: BATCH_SIZE }));
    } catch (error) {
      if (!(error instanceof ExpiredIteratorException)) throw error;
      return 'expired';
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
      logError(batchFailedLine({ handler, shardId, sequenceNumber, attempt }, error));
      return failedAt;
    };
    let result: unknown;
    try {
      result = await options.invoke(handler, event);
    } catch (error) {
      return report(0, error);
    }
    const failedAt = firstFailedRecord(records, result);
    return failedAt === undefined ? undefined : report(failedAt);
  }

  function reportLoopError(error: unknown): void {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    // The same outage would otherwise be reported four times a second; on stop, the stand-ins go first.
    if (message !== lastLoopError && !stopped) {
      logError(JSON.stringify({ level: 'error', event: 'stream-read-failed', message }));
    }
    lastLoopError = message;
  }

  /** A pass that had nothing left to do has delivered everything written before it started. */
  function releaseWaitersBefore(started: number): void {
    for (const waiter of waiters.filter((candidate) => candidate.after < started)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  }

  /**
   * How long to wait before the next pass. As Lambda polls a shard about four times a second, the pass after a
   * delivery waits the poll interval too, so that what is written meanwhile goes out in one batch rather than one
   * invocation every few records; it goes on at once only while a shard has more to read now (a full batch) or
   * someone waits for idle(). A retry that falls due sooner shortens the pause. Undefined: go on at once, or stop.
   */
  function pauseAfterCycle({ busy, more }: Pass): number | undefined {
    const now = Date.now();
    const nextRetry = Math.min(...allCursors().map((cursor) => (cursor.retryAt > now ? cursor.retryAt : Infinity)));
    const goOn = (more || (busy && waiters.length > 0)) && nextRetry === Infinity && lastLoopError === '';
    return goOn || stopped ? undefined : Math.min(interval, nextRetry - now);
  }

  function allCursors(): ShardCursor[] {
    return [...cursors.values()].flatMap((byShard) => [...byShard.values()]);
  }

  return {
    idle() {
      if (stopped) return Promise.reject(new Error('The stream poller has stopped.'));
      return new Promise((resolve, reject) => {
        waiters.push({ after: cycle, resolve, reject });
        pause.wake();
      });
    },
    async stop() {
      stopped = true;
      pause.wake();
      await loop;
      for (const waiter of waiters.splice(0)) waiter.reject(new Error('The stream poller has stopped.'));
      streams.destroy();
    },
  };
}

/**
 * The index of the first record a partial batch response names, or undefined when it names none. As in Lambda,
 * an identifier that names no record of the batch fails the whole batch.
 */
function firstFailedRecord(records: readonly _Record[], result: unknown): number | undefined {
  const failures = (result as { batchItemFailures?: unknown } | undefined)?.batchItemFailures;
  if (!Array.isArray(failures) || failures.length === 0) return undefined;
  const sequenceNumbers = records.map((record) => record.dynamodb?.SequenceNumber);
  const indexes = failures.map((failure) =>
    sequenceNumbers.indexOf((failure as { itemIdentifier?: unknown } | null)?.itemIdentifier as string),
  );
  return indexes.includes(-1) ? 0 : Math.min(...indexes);
}

/** Names the failed record by its sequence number: the log never holds record contents. */
function batchFailedLine(
  failed: { handler: string; shardId: string; sequenceNumber: string | undefined; attempt: number },
  error: unknown,
): string {
  const details = error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : {};
  return JSON.stringify({ level: 'error', event: 'stream-batch-failed', ...failed, ...details });
}

/** The pause between passes. wake() starts the next pass now; a wake-up during a pass skips the pause after it. */
function interruptiblePause(): { sleep(ms: number): Promise<void>; wake(): void } {
  let sleeper: (() => void) | undefined;
  let wakeRequested = false;
  return {
    sleep(ms) {
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
    },
    wake() {
      if (sleeper) sleeper();
      else wakeRequested = true;
    },
  };
}
