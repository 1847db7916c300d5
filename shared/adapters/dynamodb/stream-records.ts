import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { Application } from '../../schemas/application.ts';
import { isAnonymisedItem } from './anonymised-item.ts';
import { fromItem, isApplicationItem } from './application-item.ts';

/** One stored change of an application, as the table's stream reports it. */
export interface ApplicationChangeRecord {
  /** Identifies the record in a partial batch response, so a retry resumes from it. */
  sequenceNumber: string;
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
  before?: Application;
  after?: Application;
}

type StreamImage = NonNullable<NonNullable<DynamoDBRecord['dynamodb']>['NewImage']>;

/**
 * The application changes in a batch of stream records, in stream order. Every other item kind in the table
 * (person claims, notifications, rounds) is skipped, and so is the removal of an application's
 * personal data, which calls for no e-mail: its new image is an anonymised record. An application image that does not
 * match the schema throws: a consumer must not act on data it cannot trust.
 */
export function applicationChanges(event: DynamoDBStreamEvent): ApplicationChangeRecord[] {
  const changes: ApplicationChangeRecord[] = [];
  for (const record of event.Records) {
    const stream = record.dynamodb;
    if (!stream?.Keys || !isApplicationItem(toPlain(stream.Keys))) continue;
    if (!stream.SequenceNumber || !record.eventName) {
      throw new Error('A stream record of an application has no sequence number or event name');
    }
    const [oldImage, newImage] = [
      stream.OldImage && toPlain(stream.OldImage),
      stream.NewImage && toPlain(stream.NewImage),
    ];
    if ([oldImage, newImage].some((image) => image && isAnonymisedItem(image))) continue;
    const before = oldImage && fromItem(oldImage);
    const after = newImage && fromItem(newImage);
    changes.push({
      sequenceNumber: stream.SequenceNumber,
      eventName: record.eventName,
      ...(before && { before }),
      ...(after && { after }),
    });
  }
  return changes;
}

/**
 * The applications whose personal data a batch of stream records removed: their new image is an anonymised record.
 * The staff queue lets them go, as its entries and search words hold the name.
 */
export function anonymisedReferences(event: DynamoDBStreamEvent): string[] {
  return event.Records.flatMap((record) => {
    const image = record.dynamodb?.NewImage && toPlain(record.dynamodb.NewImage);
    return image && isApplicationItem(image) && isAnonymisedItem(image) ? [String(image.reference)] : [];
  });
}

/** The Lambda event and the SDK describe the same wire format with two type declarations. */
function toPlain(image: StreamImage): Record<string, unknown> {
  return unmarshall(image as Record<string, AttributeValue>);
}
