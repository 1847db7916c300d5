import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient, GetCommand, PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '../../shared/adapters/dynamodb/table-design.ts';
import type { Round } from '../../shared/schemas/round.ts';

/** Reads the stand-ins directly, to prove what a request stored, or that it stored nothing. */
export function storageProbe(system: {
  endpoints: { dynamodb: string; s3: string };
  env: Record<string, string | undefined>;
}) {
  const table = system.env.TABLE_NAME as string;
  const bucket = system.env.DOCUMENTS_BUCKET as string;
  const credentials = {
    accessKeyId: system.env.AWS_ACCESS_KEY_ID as string,
    secretAccessKey: system.env.AWS_SECRET_ACCESS_KEY as string,
  };
  const dynamo = DynamoDBDocumentClient.from(
    new DynamoDBClient({ endpoint: system.endpoints.dynamodb, region: 'eu-north-1', credentials }),
  );
  const s3 = new S3Client({ endpoint: system.endpoints.s3, region: 'eu-north-1', credentials, forcePathStyle: true });

  async function items(): Promise<Record<string, unknown>[]> {
    const found: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await dynamo.send(
        new ScanCommand({ TableName: table, ConsistentRead: true, ExclusiveStartKey: start }),
      );
      found.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    return found;
  }

  async function objectKeys(): Promise<string[]> {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket }));
    return (page.Contents ?? []).map((object) => object.Key as string);
  }

  return {
    items,
    objectKeys,
    application: async (reference: string) =>
      (await dynamo.send(new GetCommand({ TableName: table, Key: { pk: `APP#${reference}`, sk: 'APP' } }))).Item,
    putRound: (round: Round) =>
      dynamo.send(new PutCommand({ TableName: table, Item: { ...keys.round(round.id), ...round } })),
    /** Everything stored, to compare before and after a refused request. */
    snapshot: async () => ({
      items: (await items()).map((item) => JSON.stringify(item)).sort(),
      objects: (await objectKeys()).sort(),
    }),
  };
}
