import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  type GetRecordsCommandOutput,
  GetShardIteratorCommand,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { type LocalAws, REGION } from './local-aws.ts';

/** Everything in the table's stream so far, in the shape Lambda hands to the consumer. */
export async function tableStreamEvent(aws: LocalAws): Promise<DynamoDBStreamEvent> {
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
