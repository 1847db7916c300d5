import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toItem } from '../../shared/adapters/dynamodb/application-item.ts';
import { DynamoDbApplicationRepository } from '../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbNotificationLedger } from '../../shared/adapters/dynamodb/dynamodb-notification-ledger.ts';
import { DynamoDbRoundRepository } from '../../shared/adapters/dynamodb/dynamodb-round-repository.ts';
import { applicationChanges } from '../../shared/adapters/dynamodb/stream-records.ts';
import { keys } from '../../shared/adapters/dynamodb/table-design.ts';
import { pilotLikeRound } from '../fixtures/rounds.ts';
import { asSubmitted, draftApplication } from '../fixtures/stored-applications.ts';
import { type LocalAws, startLocalAws } from './support/local-aws.ts';
import { tableStreamEvent } from './support/table-stream.ts';

let aws: LocalAws;

beforeAll(async () => {
  aws = await startLocalAws();
});
afterAll(() => aws?.stop());

describe('applicationChanges', () => {
  it('reports the creation, submission and removal of an application and skips every other item kind', async () => {
    const repository = new DynamoDbApplicationRepository(aws.clients.documentClient, aws.tableName);
    const draft = draftApplication();
    const submitted = asSubmitted(draft, '2019-08-01T07:00:00.000Z');
    await new DynamoDbRoundRepository(aws.clients.documentClient, aws.tableName).put(pilotLikeRound);
    await repository.createDraft(draft, { keyHash: 'stream-key', requestHash: 'request', reference: draft.reference });
    await repository.submit(submitted);
    await new DynamoDbNotificationLedger(aws.clients.documentClient, aws.tableName).recordSent(
      `${draft.reference}#receipt`,
      ['applicant'],
      'attempt-1',
    );
    await aws.clients.documentClient.send(
      new DeleteCommand({ TableName: aws.tableName, Key: keys.application(draft.reference) }),
    );

    const event = await tableStreamEvent(aws);
    const changes = applicationChanges(event);

    expect(event.Records.length).toBeGreaterThan(changes.length);
    expect(changes.map(({ sequenceNumber, ...change }) => change)).toEqual([
      { eventName: 'INSERT', after: draft },
      { eventName: 'MODIFY', before: draft, after: submitted },
      { eventName: 'REMOVE', before: submitted },
    ]);
    const sequenceNumbers = new Set(event.Records.map((record) => record.dynamodb?.SequenceNumber));
    for (const change of changes) expect(sequenceNumbers.has(change.sequenceNumber)).toBe(true);
  });

  it('refuses an application image that does not match the schema rather than acting on it', () => {
    const item = { ...toItem(draftApplication()), status: 'withdrawn' };
    const image = marshall(item) as NonNullable<DynamoDBRecord['dynamodb']>['NewImage'];
    const event: DynamoDBStreamEvent = {
      Records: [
        {
          eventName: 'INSERT',
          dynamodb: {
            Keys: marshall({ pk: item.pk, sk: item.sk }) as typeof image,
            NewImage: image,
            SequenceNumber: '1',
          },
        },
      ],
    };

    expect(() => applicationChanges(event)).toThrow(/not a valid application/);
  });
});
