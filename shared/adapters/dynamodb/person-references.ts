import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { queryAll } from './all-pages.ts';
import { keys, TABLE_DESIGN } from './table-design.ts';

const PERSON = TABLE_DESIGN.indexes.find((index) => index.name === 'person') as (typeof TABLE_DESIGN.indexes)[1];

/**
 * The references of a person's applications in a round: the one their claim names (their first submission, or one
 * under way) and those flagged as its possible duplicates (the sparse `person` index holds only them, keys only),
 * read at once. The caller reads the applications or their queue entries; a claim may name one never stored.
 */
export async function personReferences(
  client: DynamoDBDocumentClient,
  tableName: string,
  roundId: string,
  personalCodeHash: string,
): Promise<string[]> {
  const [claim, flagged] = await Promise.all([
    client.send(
      new GetCommand({ TableName: tableName, Key: keys.personClaim(roundId, personalCodeHash), ConsistentRead: true }),
    ),
    queryAll(client, {
      TableName: tableName,
      IndexName: PERSON.name,
      KeyConditionExpression: '#person = :person',
      ExpressionAttributeNames: { '#person': PERSON.partitionKey },
      ExpressionAttributeValues: { ':person': `${roundId}#${personalCodeHash}` },
      ProjectionExpression: 'pk',
    }),
  ]);
  const references = new Set(flagged.map((item) => String(item.pk).slice(keys.application('').pk.length)));
  if (typeof claim.Item?.reference === 'string') references.add(claim.Item.reference);
  return [...references];
}
