import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  type GetRecordsCommandOutput,
  GetShardIteratorCommand,
} from '@aws-sdk/client-dynamodb-streams';
import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toItem } from '../../shared/adapters/dynamodb/application-item.ts';
import { DynamoDbApplicationRepository } from '../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbNotificationLedger } from '../../shared/adapters/dynamodb/dynamodb-notification-ledger.ts';
import { DynamoDbRoundRepository } from '../../shared/adapters/dynamodb/dynamodb-round-repository.ts';
import { applicationChanges } from '../../shared/adapters/dynamodb/stream-records.ts';
import { keys } from '../../shared/adapters/dynamodb/table-design.ts';
import { pilotLikeRound } from '../fixtures/rounds.ts';
import { asSubmitted, draftApplication } from '../fixtures/stored-applications.ts';
import { type LocalAws, REGION, startLocalAws } from './support/local-aws.ts';

let aws: LocalAws;

beforeAll(async () => {
  aws = await startLocalAws();
});
afterAll(() => aws?.stop());

/** Everything in the table's stream so far, in the shape Lambda hands to the consumer. */
async function streamEvent(): Promise<DynamoDBStreamEvent> {
  const table = await aws.clients.documentClient.send(new DescribeTableCommand({ TableName: aws.tableName }));
  const streams = new DynamoDBStreamsClient({
    region: REGION,
    endpoint: aws.standIns.endpoints.dynamodb,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  try {
    const streamArn = table.Table?.LatestStreamArn;
    const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    const records: DynamoDBRecord[] = [];
    for (const shard of StreamDescription?.Shards ?? []) {
      let { ShardIterator } = await streams.send(
        new GetShardIteratorCommand({
          StreamArn: streamArn,
          ShardId: shard.ShardId,
          ShardIteratorType: 'TRIM_HORIZON',
        }),
      );
      while (ShardIterator) {
        const page = await streams.send(new GetRecordsCommand({ ShardIterator }));
        records.push(...(page.Records ?? []).map(asLambdaRecord));
        if (!page.Records?.length) break;
        ShardIterator = page.NextShardIterator;
      }
    }
    return { Records: records };
  } finally {
    streams.destroy();
  }
}

type SdkRecord = NonNullable<GetRecordsCommandOutput['Records']>[number];
type WireValue = Record<string, unknown>;

/**
 * DynamoDB Local writes an empty map in a stream image as `{}` instead of `{"M":{}}` (DynamoDB itself does not),
 * and the SDK passes it on; repaired here so the consumer sees what Lambda would deliver.
 */
function repairEmptyMaps(value: WireValue): WireValue {
  if (Object.keys(value).length === 0) return { M: {} };
  if (value.M) return { M: repairImage(value.M as Record<string, WireValue>) };
  if (Array.isArray(value.L)) return { L: (value.L as WireValue[]).map(repairEmptyMaps) };
  return value;
}

function repairImage(image: Record<string, WireValue>): Record<string, WireValue> {
  return Object.fromEntries(Object.entries(image).map(([name, value]) => [name, repairEmptyMaps(value)]));
}

function asLambdaRecord(record: SdkRecord): DynamoDBRecord {
  const change = record.dynamodb ?? {};
  const image = (value: unknown) =>
    value
      ? (repairImage(value as Record<string, WireValue>) as NonNullable<DynamoDBRecord['dynamodb']>['Keys'])
      : undefined;
  return {
    eventName: record.eventName,
    dynamodb: {
      Keys: image(change.Keys),
      NewImage: image(change.NewImage),
      OldImage: image(change.OldImage),
      SequenceNumber: change.SequenceNumber,
    },
  };
}

describe('applicationChanges', () => {
  it('reports the creation, submission and removal of an application and skips every other item kind', async () => {
    const repository = new DynamoDbApplicationRepository(aws.clients.documentClient, aws.tableName);
    const draft = draftApplication();
    const submitted = asSubmitted(draft, '2019-08-01T07:00:00.000Z');
    await new DynamoDbRoundRepository(aws.clients.documentClient, aws.tableName).put(pilotLikeRound);
    await repository.createDraft(draft, { keyHash: 'stream-key', requestHash: 'request', reference: draft.reference });
    await repository.submit(submitted);
    await new DynamoDbNotificationLedger(aws.clients.documentClient, aws.tableName).recordSent(
      `${draft.reference}#receipt`,
      ['applicant'],
      'attempt-1',
    );
    await aws.clients.documentClient.send(
      new DeleteCommand({ TableName: aws.tableName, Key: keys.application(draft.reference) }),
    );

    const event = await streamEvent();
    const changes = applicationChanges(event);

    expect(event.Records.length).toBeGreaterThan(changes.length);
    expect(changes.map(({ sequenceNumber, ...change }) => change)).toEqual([
      { eventName: 'INSERT', after: draft },
      { eventName: 'MODIFY', before: draft, after: submitted },
      { eventName: 'REMOVE', before: submitted },
    ]);
    const sequenceNumbers = new Set(event.Records.map((record) => record.dynamodb?.SequenceNumber));
    for (const change of changes) expect(sequenceNumbers.has(change.sequenceNumber)).toBe(true);
  });

  it('refuses an application image that does not match the schema rather than acting on it', () => {
    const item = { ...toItem(draftApplication()), status: 'withdrawn' };
    const image = marshall(item) as NonNullable<DynamoDBRecord['dynamodb']>['NewImage'];
    const event: DynamoDBStreamEvent = {
      Records: [
        {
          eventName: 'INSERT',
          dynamodb: {
            Keys: marshall({ pk: item.pk, sk: item.sk }) as typeof image,
            NewImage: image,
            SequenceNumber: '1',
          },
        },
      ],
    };

    expect(() => applicationChanges(event)).toThrow(/not a valid application/);
  });
});
