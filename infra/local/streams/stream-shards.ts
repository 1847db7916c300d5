import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DescribeStreamCommand, type DynamoDBStreamsClient, type Shard } from '@aws-sdk/client-dynamodb-streams';
import type { LOCAL_CREDENTIALS } from '../storage/create-resources.ts';

type ClientConfig = { endpoint: string; region: string; credentials: typeof LOCAL_CREDENTIALS };

export async function latestStreamArn(config: ClientConfig, tableName: string): Promise<string> {
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

export async function listShards(streams: DynamoDBStreamsClient, streamArn: string): Promise<Shard[]> {
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
