import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbRoundRepository } from '../../shared/adapters/dynamodb/dynamodb-round-repository.ts';
import { keys } from '../../shared/adapters/dynamodb/table-design.ts';
import { pilotLikeRound } from '../fixtures/rounds.ts';
import { type LocalAws, startLocalAws } from './support/local-aws.ts';

let aws: LocalAws;
let rounds: DynamoDbRoundRepository;

beforeAll(async () => {
  aws = await startLocalAws();
  rounds = new DynamoDbRoundRepository(aws.clients.documentClient, aws.tableName);
});
afterAll(() => aws?.stop());

describe('DynamoDbRoundRepository', () => {
  it('gives back a stored round exactly as it was put', async () => {
    await rounds.put(pilotLikeRound);

    await expect(rounds.get(pilotLikeRound.id)).resolves.toEqual(pilotLikeRound);
  });

  it('lists every stored round', async () => {
    const next = { ...pilotLikeRound, id: 'pilot-2020', window: { ...pilotLikeRound.window, firstDay: '2020-08-01' } };
    await rounds.put(pilotLikeRound);
    await rounds.put(next);

    const listed = await rounds.list();

    expect(listed.map((round) => round.id)).toEqual(['pilot-2019', 'pilot-2020']);
    expect(listed[1]).toEqual(next);
  });

  it('returns undefined for a round that does not exist', async () => {
    await expect(rounds.get('no-such-round')).resolves.toBeUndefined();
  });

  it('refuses a stored round that does not match the round schema', async () => {
    await aws.clients.documentClient.send(
      new PutCommand({
        TableName: aws.tableName,
        Item: { ...keys.round('broken-round'), ...pilotLikeRound, id: 'broken-round', municipalities: [] },
      }),
    );

    await expect(rounds.get('broken-round')).rejects.toThrow(/municipalities/);
  });
});
