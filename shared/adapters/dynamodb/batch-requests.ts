import {
  BatchGetCommand,
  BatchWriteCommand,
  type BatchWriteCommandInput,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';

/** DynamoDB's most keys in one BatchGetItem, and writes in one BatchWriteItem. */
const GET_LIMIT = 100;
const WRITE_LIMIT = 25;
/** Requests in flight at once: enough to overlap their round trips, few enough to open few connections. */
const AT_ONCE = 8;
/** Rounds of sending what DynamoDB left unprocessed (it does so under load) before giving up. */
const ROUNDS = 8;
const FIRST_WAIT_MS = 20;

type Key = Record<string, unknown>;
type WriteRequest = NonNullable<BatchWriteCommandInput['RequestItems']>[string][number];

/** The items of `keys` that exist, in no particular order; 100 keys a request, several requests at once. */
export async function getEach(
  client: DynamoDBDocumentClient,
  tableName: string,
  keys: readonly Key[],
  options: { consistent: boolean },
): Promise<Record<string, unknown>[]> {
  const pages = await eachAtOnce(chunks(keys, GET_LIMIT), async (chunk) => {
    const found: Record<string, unknown>[] = [];
    let pending: Key[] = chunk;
    for (let round = 0; pending.length > 0; round++) {
      if (round === ROUNDS) throw new Error(`DynamoDB left ${pending.length} keys unread`);
      if (round > 0) await backOff(round);
      const answer = await client.send(
        new BatchGetCommand({
          RequestItems: { [tableName]: { Keys: pending, ConsistentRead: options.consistent } },
        }),
      );
      found.push(...(answer.Responses?.[tableName] ?? []));
      pending = answer.UnprocessedKeys?.[tableName]?.Keys ?? [];
    }
    return found;
  });
  return pages.flat();
}

/** Puts and deletes that may be applied in any order and again: 25 a request, several requests at once. */
export async function writeEach(
  client: DynamoDBDocumentClient,
  tableName: string,
  requests: readonly WriteRequest[],
): Promise<void> {
  await eachAtOnce(chunks(requests, WRITE_LIMIT), async (chunk) => {
    let pending: WriteRequest[] = chunk;
    for (let round = 0; pending.length > 0; round++) {
      if (round === ROUNDS) throw new Error(`DynamoDB left ${pending.length} writes undone`);
      if (round > 0) await backOff(round);
      const answer = await client.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
      pending = answer.UnprocessedItems?.[tableName] ?? [];
    }
  });
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/** `work` on every part, `AT_ONCE` parts at a time; the results in the parts' order. */
async function eachAtOnce<T, R>(parts: readonly T[], work: (part: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const worker = async () => {
    for (let at = next++; at < parts.length; at = next++) results[at] = await work(parts[at] as T);
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, parts.length) }, worker));
  return results;
}

function backOff(round: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * FIRST_WAIT_MS * 2 ** round));
}
