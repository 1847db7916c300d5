import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbServiceYearRepository } from '../../shared/adapters/dynamodb/dynamodb-service-years.ts';
import { DynamoDbSupportPlanRepository } from '../../shared/adapters/dynamodb/dynamodb-support-plans.ts';
import { keys } from '../../shared/adapters/dynamodb/table-design.ts';
import { auditEntry, nextRoundId } from '../fakes/contracts/subject.ts';
import { nextReference } from '../fixtures/stored-applications.ts';
import { type LocalAws, startLocalAws } from './support/local-aws.ts';

/*
 * What only the DynamoDB adapters of the year of services can get wrong; what they share with the fakes is in
 * `dynamodb-storage-contracts.test.ts`.
 */
let aws: LocalAws;
let plans: DynamoDbSupportPlanRepository;
let serviceYears: DynamoDbServiceYearRepository;
let queries = 0;

beforeAll(async () => {
  aws = await startLocalAws();
  const client = aws.clients.documentClient;
  // DynamoDB answers a Query 1 MB at a time, which DynamoDB Local does not: pages of one item stand in for that.
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === 'QueryCommand') {
        queries += 1;
        (args.input as { Limit?: number }).Limit = 1;
      }
      return next(args);
    },
    { step: 'initialize', name: 'onePlanAPage' },
  );
  plans = new DynamoDbSupportPlanRepository(client, aws.tableName, () => aws.auditTableName);
  serviceYears = new DynamoDbServiceYearRepository(client, aws.tableName, () => aws.auditTableName);
});
afterAll(() => aws?.stop());

const by = { subject: 'sub-1', username: 'bauska', displayName: 'Bauskas sociālā darbiniece' };
const secretGoal = 'Mazāk dzirdēt balsis';

function plan(roundId: string, municipalityCode: string) {
  return {
    reference: nextReference(),
    roundId,
    municipalityCode,
    versions: [
      {
        version: 1,
        goals: [secretGoal],
        services: [
          {
            serviceId: 'day-centre',
            providerId: 'saules-centrs',
            quantityPerMonth: 8,
            months: 12,
            unitPriceCents: 1_400,
          },
        ],
        startDate: '2019-09-15',
        totalCents: 134_400,
        budgetCents: 300_000,
        at: '2019-09-02T08:00:00.000Z',
        by,
      },
    ],
    deliveries: [],
    replacedDeliveries: [],
    reviews: [],
    revision: 0,
  };
}

describe('DynamoDbSupportPlanRepository', () => {
  it('lists every plan of a round and of a municipality, page after page', async () => {
    const roundId = nextRoundId();
    const bauska = [plan(roundId, 'LV-016'), plan(roundId, 'LV-016'), plan(roundId, 'LV-016')];
    const jelgava = plan(roundId, 'LV-JEL');
    for (const each of [jelgava, ...bauska]) {
      await plans.save(each, { isNew: true, audit: auditEntry({ reference: each.reference }) });
    }

    const before = queries;
    const listed = await plans.list(roundId, 'LV-016');

    expect(queries - before).toBeGreaterThanOrEqual(3);
    expect(listed.map((each) => each.reference)).toEqual(bauska.map((each) => each.reference));
    await expect(plans.list(roundId)).resolves.toHaveLength(4);
  });

  it('refuses a stored plan that does not match the schema, naming the field but not its words', async () => {
    const roundId = nextRoundId();
    const broken = plan(roundId, 'LV-016');
    const [first] = broken.versions;
    const tooLong = { ...broken, versions: [{ ...first, goals: [secretGoal.padEnd(501, '.')] }] };
    await aws.clients.documentClient.send(
      new PutCommand({
        TableName: aws.tableName,
        Item: { ...keys.supportPlan(roundId, 'LV-016', broken.reference), ...tooLong },
      }),
    );

    const error = await plans.get(broken).catch((thrown: Error) => thrown);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/is not a valid support plan \(versions\.0\.goals\.0: too_big\)/);
    expect((error as Error).message).not.toContain(secretGoal);
    await expect(plans.list(roundId)).rejects.toThrow(/is not a valid support plan/);
  });
});

describe('DynamoDbServiceYearRepository', () => {
  it('refuses a stored year of services that does not match the schema', async () => {
    const roundId = nextRoundId();
    await aws.clients.documentClient.send(
      new PutCommand({ TableName: aws.tableName, Item: { ...keys.serviceYear(roundId), roundId, months: 0 } }),
    );

    await expect(serviceYears.get(roundId)).rejects.toThrow(/is not a valid year of services \(.*months: too_small/);
  });
});
