import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { RoundRepository } from '../../ports/round-repository.ts';
import { type Round, RoundSchema } from '../../schemas/round.ts';
import { keys } from './table-design.ts';

/** Rounds as items of the one table: the rules of a call are data, so a new round needs no deployment. */
export class DynamoDbRoundRepository implements RoundRepository {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  /** A stored round that no longer matches the schema throws: rules that cannot be read are not applied. */
  async get(roundId: string): Promise<Round | undefined> {
    const { Item } = await this.#client.send(new GetCommand({ TableName: this.#tableName, Key: keys.round(roundId) }));
    return Item ? roundFromItem(Item) : undefined;
  }

  /** Every round, ordered by id. Rounds are few (one or two a year), so one page holds them all. */
  async list(): Promise<Round[]> {
    const rounds: Round[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.#client.send(
        new QueryCommand({
          TableName: this.#tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': keys.round('').pk },
          ExclusiveStartKey: start,
        }),
      );
      rounds.push(...(page.Items ?? []).map(roundFromItem));
      start = page.LastEvaluatedKey;
    } while (start);
    return rounds;
  }

  async put(round: Round): Promise<void> {
    await this.#client.send(
      new PutCommand({ TableName: this.#tableName, Item: { ...keys.round(round.id), ...round } }),
    );
  }
}

function roundFromItem(item: Record<string, unknown>): Round {
  const { pk: _pk, sk, ...fields } = item;
  const parsed = RoundSchema.safeParse(fields);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(item)'}: ${issue.code}`);
    throw new Error(`Stored round ${String(sk)} is not a valid round (${problems.join('; ')})`);
  }
  return parsed.data;
}
