import {
  type DynamoDBDocumentClient,
  QueryCommand,
  type QueryCommandInput,
  type QueryCommandOutput,
  ScanCommand,
  type ScanCommandInput,
  type ScanCommandOutput,
} from '@aws-sdk/lib-dynamodb';

type Page = Pick<QueryCommandOutput | ScanCommandOutput, 'Items' | 'LastEvaluatedKey'>;

/** Every item a query matches, following DynamoDB's pages to the end. */
export function queryAll(
  client: DynamoDBDocumentClient,
  input: Omit<QueryCommandInput, 'ExclusiveStartKey'>,
): Promise<Record<string, unknown>[]> {
  return allPages((after) => client.send(new QueryCommand({ ...input, ExclusiveStartKey: after })));
}

/** Every item a scan finds, following DynamoDB's pages to the end. */
export function scanAll(
  client: DynamoDBDocumentClient,
  input: Omit<ScanCommandInput, 'ExclusiveStartKey'>,
): Promise<Record<string, unknown>[]> {
  return allPages((after) => client.send(new ScanCommand({ ...input, ExclusiveStartKey: after })));
}

async function allPages(read: (after: Record<string, unknown> | undefined) => Promise<Page>) {
  const items: Record<string, unknown>[] = [];
  let after: Record<string, unknown> | undefined;
  do {
    const page = await read(after);
    items.push(...(page.Items ?? []));
    after = page.LastEvaluatedKey;
  } while (after);
  return items;
}
