import { randomUUID } from 'node:crypto';
import { BatchWriteCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type StreamPoller, startStreamPoller } from '../../infra/local/streams/stream-poller.ts';
import { type LocalAws, REGION, startLocalAws } from './support/local-aws.ts';

/**
 * The stream poller's pace, as Lambda's event source mapping polls a shard: a few times a second, and at once
 * again only while a full batch says more is waiting. Changes written while a batch is delivered go out together in
 * the next poll, not in an invocation of their own right after. The poll interval here is an hour, so that nothing
 * is read by the clock: only on start, after a full batch, or for someone waiting for idle().
 *
 * Each poller reads the table's stream from its start (no checkpoints), so the tests run in this order: the first
 * one's poller starts on a stream of one record.
 */

const AN_HOUR_MS = 3_600_000;
let aws: LocalAws;
let poller: StreamPoller | undefined;
/** Records written to the table's stream by this file so far. */
let written = 0;

beforeAll(async () => {
  aws = await startLocalAws();
});
afterEach(async () => {
  await poller?.stop();
  poller = undefined;
});
afterAll(() => aws?.stop());

/** Writes `count` new items to the table, so its stream holds `count` more records. */
async function write(count: number): Promise<void> {
  for (let first = 0; first < count; first += 25) {
    const items = Array.from({ length: Math.min(25, count - first) }, () => ({
      PutRequest: { Item: { pk: `PACE#${randomUUID()}`, sk: 'PACE' } },
    }));
    await aws.clients.documentClient.send(new BatchWriteCommand({ RequestItems: { [aws.tableName]: items } }));
    written += items.length;
  }
}

function startPoller(invoke: (event: DynamoDBStreamEvent) => Promise<void>): Promise<StreamPoller> {
  return startStreamPoller({
    dynamodbEndpoint: aws.standIns.endpoints.dynamodb,
    region: REGION,
    tableName: aws.tableName,
    consumers: [{ handler: 'counting' }],
    invoke: async (_, event) => {
      await invoke(event);
      return {};
    },
    intervalMs: AN_HOUR_MS,
  });
}

describe('the stream poller', () => {
  it('keeps what is written while a batch is delivered for the next poll, and sends it in one batch', async () => {
    await write(1);
    let idleAsked = false;
    let firstDelivered = false;
    const batches: { size: number; afterIdleAsked: boolean }[] = [];
    poller = await startPoller(async (event) => {
      batches.push({ size: event.Records.length, afterIdleAsked: idleAsked });
      if (batches.length === 1) {
        await write(5);
        firstDelivered = true;
      }
    });
    await vi.waitFor(() => expect(firstDelivered).toBe(true), { timeout: 10_000 });
    // Round trips to DynamoDB Local after the delivery: a poller that read on at once has read the five by now.
    for (let trip = 0; trip < 5; trip++) {
      await aws.clients.documentClient.send(
        new GetCommand({ TableName: aws.tableName, Key: { pk: 'PACE', sk: 'PACE' } }),
      );
    }
    idleAsked = true;
    await poller.idle();
    expect(batches).toEqual([
      { size: 1, afterIdleAsked: false },
      { size: 5, afterIdleAsked: true },
    ]);
  });

  it('reads on at once after a full batch, so a backlog is not held to the poll interval', async () => {
    await write(150);
    let delivered = 0;
    poller = await startPoller(async (event) => {
      delivered += event.Records.length;
    });
    // Nobody waits for idle(): only the full first batch of 100 brings the read of the rest.
    await vi.waitFor(() => expect(delivered).toBe(written), { timeout: 10_000 });
  });
});
