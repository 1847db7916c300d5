import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { itemSizeBytes } from './item-size.ts';

/**
 * Read capacity units of what a document client reads, computed from the sizes of the items it gets back by
 * DynamoDB's rules (DynamoDB Local's own figures are not reliable): a Query is charged for the sum of its items'
 * sizes rounded up to 4 KB, a GetItem and each item of a BatchGetItem for its own size rounded up to 4 KB; an
 * eventually consistent read costs half. Writes are not counted here.
 */
export function countReadUnits(client: DynamoDBDocumentClient): { take(): number } {
  let units = 0;
  const send = client.send.bind(client) as (command: unknown) => Promise<unknown>;
  const kb4 = (bytes: number) => Math.max(1, Math.ceil(bytes / 4096));
  (client as { send: unknown }).send = async (command: { constructor: { name: string }; input: ReadInput }) => {
    const output = (await send(command)) as ReadOutput;
    const factor = command.input.ConsistentRead ? 1 : 0.5;
    const name = command.constructor.name;
    if (name === 'QueryCommand' && output.Items) {
      units += kb4(output.Items.reduce((sum, item) => sum + itemSizeBytes(item), 0)) * factor;
    } else if (name === 'GetCommand' && output.Item) {
      units += kb4(itemSizeBytes(output.Item)) * factor;
    } else if (name === 'BatchGetCommand' && output.Responses) {
      const requested = Object.values(command.input.RequestItems ?? {})[0];
      const batchFactor = requested?.ConsistentRead ? 1 : 0.5;
      for (const items of Object.values(output.Responses)) {
        for (const item of items) units += kb4(itemSizeBytes(item)) * batchFactor;
      }
    }
    return output;
  };
  return {
    take() {
      const taken = units;
      units = 0;
      return taken;
    },
  };
}

interface ReadInput {
  ConsistentRead?: boolean;
  RequestItems?: Record<string, { ConsistentRead?: boolean }>;
}

interface ReadOutput {
  Items?: Record<string, unknown>[];
  Item?: Record<string, unknown>;
  Responses?: Record<string, Record<string, unknown>[]>;
}
