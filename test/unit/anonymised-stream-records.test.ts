import { marshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue, DynamoDBStreamEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { toAnonymisedItem } from '../../shared/adapters/dynamodb/anonymised-item.ts';
import { toItem } from '../../shared/adapters/dynamodb/application-item.ts';
import { anonymisedReferences, applicationChanges } from '../../shared/adapters/dynamodb/stream-records.ts';
import { anonymisedApplication } from '../../shared/domain/anonymisation.ts';
import { submittedApplication } from '../fixtures/applications.ts';

const image = (item: object) => marshall(item, { removeUndefinedValues: true }) as Record<string, AttributeValue>;

function event(oldItem: object, newItem: object): DynamoDBStreamEvent {
  return {
    Records: [
      {
        eventName: 'MODIFY',
        dynamodb: {
          SequenceNumber: '1',
          Keys: image({ pk: 'APP#KDMA-4729', sk: 'APP' }),
          OldImage: image(oldItem),
          NewImage: image(newItem),
        },
      },
    ],
  };
}

describe('the stream of an application whose personal data is removed', () => {
  const live = submittedApplication({
    selection: { runId: 'a'.repeat(20), outcome: 'not-selected', publishedAt: '2019-09-02T08:00:00.000Z' },
  });
  const record = anonymisedApplication(live, { at: '2020-01-01T00:00:00.000Z', rule: 'not-selected-period' });

  it('passes the removal by: it calls for no e-mail, and its anonymised image is no application to read', () => {
    expect(applicationChanges(event(toItem(live), toAnonymisedItem(record)))).toEqual([]);
    expect(applicationChanges(event(toAnonymisedItem(record), toAnonymisedItem(record)))).toEqual([]);
  });

  it('names the application, so the staff queue lets go of its entry and search words, which hold the name', () => {
    expect(anonymisedReferences(event(toItem(live), toAnonymisedItem(record)))).toEqual([live.reference]);
    expect(anonymisedReferences(event(toItem(live), toItem({ ...live, review: { notes: [] } })))).toEqual([]);
  });

  it('still reads every change of a live application', () => {
    const changed = { ...live, review: { notes: [] } };
    expect(applicationChanges(event(toItem(live), toItem(changed)))).toEqual([
      { sequenceNumber: '1', eventName: 'MODIFY', before: live, after: changed },
    ]);
  });
});
