import { type DynamoDBDocumentClient, GetCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Anonymisation, RetentionStore } from '../../ports/retention.ts';
import type { Application } from '../../schemas/application.ts';
import type { AuditEntry } from '../../schemas/audit.ts';
import type { AnonymisedApplication, ErasureMark } from '../../schemas/retention.ts';
import { queryAll } from './all-pages.ts';
import { fromAnonymisedItem, isAnonymisedItem, toAnonymisedItem } from './anonymised-item.ts';
import { fromItem, queuePartition } from './application-item.ts';
import { appendAuditEntry } from './audit-item.ts';
import { DynamoDbQueue, type TransactItem } from './dynamodb-queue.ts';
import { keys, TABLE_DESIGN } from './table-design.ts';
import { cancellationCodes, isConditionFailure } from './write-refusals.ts';

/** The cancellation codes that mean another write came first: the caller reads again and works it out again. */
const CHANGED_MEANWHILE = new Set(['ConditionalCheckFailed', 'TransactionConflict']);

/**
 * The removal of personal data in the one table. Each step is one conditional write: the mark on the live
 * application, then the transaction that puts the anonymised record in its place (a Put replaces the whole item),
 * gives up the person's claim, strips the plan and appends the audit entry, all or nothing; then the application
 * leaves the staff queue.
 */
export class DynamoDbRetentionStore implements RetentionStore {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;
  readonly #auditTableName: () => string;
  readonly #queue: DynamoDbQueue;

  /** @param auditTableName A function, so that only a removal asks for the audit table. */
  constructor(client: DynamoDBDocumentClient, tableName: string, auditTableName: () => string) {
    this.#client = client;
    this.#tableName = tableName;
    this.#auditTableName = auditTableName;
    this.#queue = new DynamoDbQueue(client, tableName);
  }

  async beginErasure(application: Application, mark: ErasureMark): Promise<Application | 'changed'> {
    const read = application.revision ?? 0;
    try {
      const { Attributes } = await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: keys.application(application.reference),
          UpdateExpression: 'SET erasure = :mark, revision = :next',
          ConditionExpression: `${unchangedSince(read)} AND #status = :submitted AND attribute_not_exists(#hold) AND attribute_not_exists(erasure)`,
          ExpressionAttributeNames: { '#status': 'status', '#hold': 'hold' },
          ExpressionAttributeValues: {
            ':mark': mark,
            ':next': read + 1,
            ':submitted': 'submitted',
            ...(read > 0 && { ':read': read }),
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      if (!Attributes) throw new Error(`Application ${application.reference} was marked but not returned`);
      return fromItem(Attributes);
    } catch (error) {
      if (isConditionFailure(error)) return 'changed';
      throw error;
    }
  }

  async anonymise(
    { application, record, plan }: Anonymisation,
    audit: AuditEntry,
  ): Promise<'anonymised' | 'changed' | 'anonymised-before'> {
    if (!application.erasure) throw new Error(`Application ${application.reference} is not marked for removal`);
    const claim = await this.#ownClaim(application);
    const writes: TransactItem[] = [
      {
        Put: {
          TableName: this.#tableName,
          Item: toAnonymisedItem(record),
          ConditionExpression: 'revision = :read AND attribute_exists(erasure) AND attribute_not_exists(#hold)',
          // `hold` and `reference` are DynamoDB reserved words.
          ExpressionAttributeNames: { '#hold': 'hold' },
          ExpressionAttributeValues: { ':read': application.revision ?? 0 },
        },
      },
      ...(claim
        ? [
            {
              Delete: {
                TableName: this.#tableName,
                Key: claim,
                ConditionExpression: '#reference = :reference',
                ExpressionAttributeNames: { '#reference': 'reference' },
                ExpressionAttributeValues: { ':reference': application.reference },
              },
            },
          ]
        : []),
      ...(plan
        ? [
            {
              Put: {
                TableName: this.#tableName,
                Item: {
                  ...keys.supportPlan(plan.read.roundId, plan.read.municipalityCode, plan.read.reference),
                  ...plan.anonymised,
                  revision: plan.read.revision + 1,
                },
                ConditionExpression: 'revision = :read',
                ExpressionAttributeValues: { ':read': plan.read.revision },
              },
            },
          ]
        : []),
      { Put: appendAuditEntry(this.#auditTableName(), audit) },
    ];
    const outcome = await this.#stored(writes);
    // The queue's entry and search words hold the name: the application leaves the queue. The table's stream does
    // the same, should this step be cut off.
    if (outcome !== 'changed') await this.#queue.follow([{ reference: application.reference }]);
    return outcome;
  }

  async #stored(writes: TransactItem[]): Promise<'anonymised' | 'changed' | 'anonymised-before'> {
    try {
      await this.#client.send(new TransactWriteCommand({ TransactItems: writes }));
      return 'anonymised';
    } catch (error) {
      const codes = cancellationCodes(error);
      if (codes.length !== writes.length) throw error;
      // The entry's key is this removal's own: when it is there already, an earlier attempt stored the removal.
      if (codes.at(-1) === 'ConditionalCheckFailed') return 'anonymised-before';
      if (codes.some((code) => CHANGED_MEANWHILE.has(code))) return 'changed';
      throw error;
    }
  }

  async anonymisedRecord(reference: string): Promise<AnonymisedApplication | undefined> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: keys.application(reference), ConsistentRead: true }),
    );
    return Item && isAnonymisedItem(Item) ? fromAnonymisedItem(Item) : undefined;
  }

  async anonymisedInQueue(roundId: string, municipalityCode: string): Promise<AnonymisedApplication[]> {
    const queue = TABLE_DESIGN.indexes[0];
    const items = await queryAll(this.#client, {
      TableName: this.#tableName,
      IndexName: queue.name,
      KeyConditionExpression: '#key = :value',
      FilterExpression: '#status = :anonymised',
      ExpressionAttributeNames: { '#key': queue.partitionKey, '#status': 'status' },
      ExpressionAttributeValues: { ':value': queuePartition(roundId, municipalityCode), ':anonymised': 'anonymised' },
    });
    return items.map(fromAnonymisedItem);
  }

  /**
   * The key of the person's claim in the round when it is this application's: the claim's key holds the keyed hash
   * of the personal code, so it goes with the personal data. A claim of another application of the person stays.
   */
  async #ownClaim(application: Application): Promise<{ pk: string; sk: string } | undefined> {
    const key = keys.personClaim(application.roundId, application.personalCode.keyedHash);
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: key, ConsistentRead: true }),
    );
    return Item?.reference === application.reference ? key : undefined;
  }
}

function unchangedSince(read: number): string {
  return read === 0 ? 'attribute_not_exists(revision)' : 'revision = :read';
}
