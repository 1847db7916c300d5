import type { AttributeValue, CancellationReason, ConsumedCapacity } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import * as z from 'zod';
import type {
  ApplicationChange,
  ApplicationRepository,
  CreateDraftResult,
  IdempotencyRecord,
  QueueLookup,
  QueuePageQuery,
} from '../../ports/application-repository.ts';
import type { Application } from '../../schemas/application.ts';
import type { AuditEntry } from '../../schemas/audit.ts';
import type { SelectionOutcome } from '../../schemas/review.ts';
import { queryAll, scanAll } from './all-pages.ts';
import { isAnonymisedItem } from './anonymised-item.ts';
import { fromItem, toItem } from './application-item.ts';
import { appendAuditEntry } from './audit-item.ts';
import { DynamoDbQueue } from './dynamodb-queue.ts';
import { keys, TABLE_DESIGN } from './table-design.ts';
import { cancellationReasons, isConditionFailure } from './write-refusals.ts';

/** Times a staff change is written again when the queue's entry moved between its read and the write. */
const QUEUE_FOLLOW_ATTEMPTS = 4;

/** How long a client may retry a create request and get the first answer again. */
const IDEMPOTENCY_SECONDS = 24 * 60 * 60;

const IdempotencyItemSchema = z.object({ keyHash: z.string(), requestHash: z.string(), reference: z.string() });
const ClaimItemSchema = z.object({ reference: z.string() });

export interface DynamoDbApplicationRepositoryOptions {
  /**
   * Receives the write capacity units DynamoDB reports for each successful write, so a benchmark can show the
   * cost per submission. Not called for writes DynamoDB refused.
   */
  onConsumedCapacity?: (units: number, operation: string) => void;
  /** The clock for idempotency expiry. @default () => new Date() */
  now?: () => Date;
  /**
   * The audit table that staff changes write their entry to, in the same transaction. A function, so that only
   * functions that make staff changes need to be told of the table.
   */
  auditTableName?: () => string;
}

/**
 * Applications in the one table. Every state change is a single conditional write or a single transaction,
 * so parallel requests cannot store two drafts for one Idempotency-Key, submit one draft twice, or let two
 * applications of one person both look like the first.
 */
export class DynamoDbApplicationRepository implements ApplicationRepository {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;
  readonly #onConsumedCapacity: ((units: number, operation: string) => void) | undefined;
  readonly #now: () => Date;
  readonly #auditTableName: (() => string) | undefined;
  readonly #queue: DynamoDbQueue;

  constructor(client: DynamoDBDocumentClient, tableName: string, options: DynamoDbApplicationRepositoryOptions = {}) {
    this.#client = client;
    this.#tableName = tableName;
    this.#onConsumedCapacity = options.onConsumedCapacity;
    this.#now = options.now ?? (() => new Date());
    this.#auditTableName = options.auditTableName;
    this.#queue = new DynamoDbQueue(client, tableName);
  }

  /**
   * One transaction: the idempotency record and the draft are stored together or not at all. A record past its
   * expiry counts as absent even before DynamoDB's TTL (which lags up to days) has deleted it.
   */
  async createDraft(
    application: Application,
    idempotency: IdempotencyRecord,
    audit?: AuditEntry,
  ): Promise<CreateDraftResult> {
    const nowSeconds = Math.floor(this.#now().getTime() / 1000);
    try {
      const output = await this.#client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.#tableName,
                Item: {
                  ...keys.idempotency(idempotency.keyHash),
                  keyHash: idempotency.keyHash,
                  requestHash: idempotency.requestHash,
                  reference: idempotency.reference,
                  expiresAt: nowSeconds + IDEMPOTENCY_SECONDS,
                },
                ConditionExpression: 'attribute_not_exists(pk) OR expiresAt <= :now',
                ExpressionAttributeValues: { ':now': nowSeconds },
                ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
              },
            },
            {
              Put: {
                TableName: this.#tableName,
                Item: toItem(application),
                ConditionExpression: 'attribute_not_exists(pk)',
                // Another applicant's application: nothing of it is read, so nothing of it is returned.
                ReturnValuesOnConditionCheckFailure: 'NONE',
              },
            },
            ...this.#auditPuts(audit),
          ],
          ReturnConsumedCapacity: 'TOTAL',
        }),
      );
      this.#report(output.ConsumedCapacity, 'createDraft');
      return { outcome: 'created' };
    } catch (error) {
      const [idempotencyReason, applicationReason] = conditionFailures(error, audit ? 3 : 2);
      if (idempotencyReason) {
        return { outcome: 'replayed', record: IdempotencyItemSchema.parse(toPlain(idempotencyReason.Item)) };
      }
      if (applicationReason) return { outcome: 'reference-taken' };
      throw error;
    }
  }

  /** Strongly consistent, so a retry right after the first attempt finds its record. */
  async idempotencyRecord(keyHash: string): Promise<IdempotencyRecord | undefined> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: keys.idempotency(keyHash), ConsistentRead: true }),
    );
    if (!Item) return undefined;
    // Past its expiry it counts as absent, as it does for createDraft, even before TTL has deleted it.
    if (typeof Item.expiresAt === 'number' && Item.expiresAt <= Math.floor(this.#now().getTime() / 1000)) {
      return undefined;
    }
    return IdempotencyItemSchema.parse(Item);
  }

  /**
   * Scans the table for drafts past their TTL instant: only the local host's sweep calls it (DynamoDB Local never
   * deletes expired items), never a request.
   */
  async expiredDrafts(now: Date): Promise<Application[]> {
    const items = await scanAll(this.#client, {
      TableName: this.#tableName,
      FilterExpression: 'begins_with(pk, :app) AND #status = :draft AND expiresAt <= :now',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':app': 'APP#', ':draft': 'draft', ':now': Math.floor(now.getTime() / 1000) },
      ConsistentRead: true,
    });
    return items.map(fromItem);
  }

  /** Only a draft still past its expiry: one submitted meanwhile is never deleted. */
  async deleteExpiredDraft(reference: string, now: Date): Promise<boolean> {
    try {
      await this.#client.send(
        new DeleteCommand({
          TableName: this.#tableName,
          Key: keys.application(reference),
          ConditionExpression: '#status = :draft AND expiresAt <= :now',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':draft': 'draft', ':now': Math.floor(now.getTime() / 1000) },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  /**
   * Strongly consistent: right after a create or submit, the caller sees what it just stored. An application whose
   * personal data was removed is gone: its anonymised record is read through the retention store.
   */
  async get(reference: string): Promise<Application | undefined> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: keys.application(reference), ConsistentRead: true }),
    );
    return Item && !isAnonymisedItem(Item) ? fromItem(Item) : undefined;
  }

  /**
   * One transaction stores the submission and claims the person in the round; the first submitted application
   * of a person keeps the claim. A later one is still stored (a social worker decides), flagged as a possible
   * duplicate of the claimant, at the cost of one more write only in that case.
   */
  async submit(application: Application, audit?: AuditEntry): Promise<Application | undefined> {
    if (application.status === 'draft') throw new Error(`Application ${application.reference} is not marked submitted`);
    const { roundId, reference } = application;
    try {
      const output = await this.#client.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: this.#putIfDraft(application) },
            {
              Put: {
                TableName: this.#tableName,
                Item: {
                  ...keys.personClaim(roundId, application.personalCode.keyedHash),
                  reference,
                  claimedAt: application.receivedAt,
                },
                ConditionExpression: 'attribute_not_exists(pk)',
                ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
              },
            },
            ...this.#auditPuts(audit),
          ],
          ReturnConsumedCapacity: 'TOTAL',
        }),
      );
      this.#report(output.ConsumedCapacity, 'submit');
      return application;
    } catch (error) {
      const [applicationReason, claimReason] = conditionFailures(error, audit ? 3 : 2);
      if (applicationReason) return undefined;
      if (!claimReason) throw error;
      const claimant = ClaimItemSchema.parse(toPlain(claimReason.Item)).reference;
      // The person's claim can only be this application's own if it was submitted before and later reopened.
      const stored =
        claimant === reference
          ? application
          : { ...application, flags: { ...application.flags, possibleDuplicateOf: claimant } };
      return audit ? this.#storeDraftAudited(stored, audit) : this.#storeIfDraft(stored, 'submit-possible-duplicate');
    }
  }

  /**
   * The audit entry's key is the request's own (its time and id), so when its put fails its condition, an earlier
   * attempt of this same request was stored (its answer lost on the way back): `saved-before`, nothing written.
   * The queue's entries follow the change in the same transaction; when one moved meanwhile (the stream's
   * consumer followed a submission), they are read again and the change written again.
   */
  async saveReviewed(
    applications: readonly Application[],
    audit: AuditEntry,
  ): Promise<'saved' | 'changed' | 'saved-before'> {
    const stored = applications.map((application) => ({ ...application, revision: (application.revision ?? 0) + 1 }));
    for (let attempt = 1; ; attempt++) {
      const queueWrites = await this.#queue.writesFor(stored);
      try {
        await this.#client.send(
          new TransactWriteCommand({
            TransactItems: [
              ...applications.map((application) => ({ Put: this.#putIfUnchanged(application) })),
              ...this.#auditPuts(audit),
              ...queueWrites,
            ],
          }),
        );
        return 'saved';
      } catch (error) {
        const reasons = conditionFailures(error, applications.length + 1 + queueWrites.length);
        if (reasons[applications.length]) return 'saved-before';
        if (reasons.slice(0, applications.length).some(Boolean)) return 'changed';
        if (attempt === QUEUE_FOLLOW_ATTEMPTS) throw error;
      }
    }
  }

  /**
   * An update of the one attribute and the revision: a staff change put in between is not undone, and a staff
   * change read before this one is refused, read again and put with the problems in it.
   */
  async saveDeliveryProblems(application: Application): Promise<'saved' | 'changed'> {
    const read = application.revision ?? 0;
    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: keys.application(application.reference),
          UpdateExpression: 'SET deliveryProblems = :problems, revision = :next',
          ConditionExpression: `attribute_exists(pk) AND ${read === 0 ? 'attribute_not_exists(revision)' : 'revision = :read'}`,
          ExpressionAttributeValues: {
            ':problems': application.deliveryProblems ?? [],
            ':next': read + 1,
            ...(read > 0 && { ':read': read }),
          },
        }),
      );
      return 'saved';
    } catch (error) {
      if (isConditionFailure(error)) return 'changed';
      throw error;
    }
  }

  /**
   * An update of the one attribute, so it never races a staff change of the review. A result of the same run stays:
   * writing it again changes nothing, and a place offered meanwhile is kept.
   */
  async recordSelection(reference: string, selection: SelectionOutcome): Promise<void> {
    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: keys.application(reference),
          UpdateExpression: 'SET selection = :selection',
          ConditionExpression:
            '#status = :submitted AND (attribute_not_exists(selection) OR selection.runId <> :runId)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':selection': selection, ':submitted': 'submitted', ':runId': selection.runId },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error) || !holdsResultOf(error, selection.runId)) throw error;
    }
  }

  async queue(roundId: string, municipalityCode: string): Promise<Application[]> {
    return this.#queryIndex(TABLE_DESIGN.indexes[0], `${roundId}#${municipalityCode}`);
  }

  async ofPerson(roundId: string, personalCodeHash: string): Promise<Application[]> {
    return this.#queryIndex(TABLE_DESIGN.indexes[1], `${roundId}#${personalCodeHash}`);
  }

  async followChanges(changes: readonly ApplicationChange[]): Promise<void> {
    return this.#queue.follow(changes);
  }

  async queuePage(query: QueuePageQuery) {
    return this.#queue.page(query);
  }

  async queueCounts(roundId: string, municipalityCodes: readonly string[]) {
    return this.#queue.counts(roundId, municipalityCodes);
  }

  async findInQueue(roundId: string, municipalityCode: string, lookup: QueueLookup) {
    return this.#queue.find(roundId, municipalityCode, lookup);
  }

  /** Every application of one index partition, in sort-key order; anonymised records are passed by. */
  async #queryIndex(index: { name: string; partitionKey: string }, value: string): Promise<Application[]> {
    const items = await queryAll(this.#client, {
      TableName: this.#tableName,
      IndexName: index.name,
      KeyConditionExpression: '#key = :value',
      ExpressionAttributeNames: { '#key': index.partitionKey },
      ExpressionAttributeValues: { ':value': value },
    });
    return items.filter((item) => !isAnonymisedItem(item)).map(fromItem);
  }

  /**
   * A submitted application, stored only if its revision is still the one it was read at; it gets the next.
   * Drafts are the applicant's: staff changes never touch one.
   */
  #putIfUnchanged(application: Application) {
    const read = application.revision ?? 0;
    const unchanged = read === 0 ? 'attribute_not_exists(revision)' : 'revision = :read';
    return {
      TableName: this.#tableName,
      Item: toItem({ ...application, revision: read + 1 }),
      ConditionExpression: `${unchanged} AND #status <> :draft`,
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':draft': 'draft', ...(read > 0 && { ':read': read }) },
      ReturnValuesOnConditionCheckFailure: 'NONE' as const,
    };
  }

  /** The possible-duplicate submission of a staff member: the application and its audit entry together. */
  async #storeDraftAudited(application: Application, audit: AuditEntry): Promise<Application | undefined> {
    try {
      await this.#client.send(
        new TransactWriteCommand({
          TransactItems: [{ Put: this.#putIfDraft(application) }, ...this.#auditPuts(audit)],
        }),
      );
      return application;
    } catch (error) {
      if (conditionFailures(error, 2)[0]) return undefined;
      throw error;
    }
  }

  #auditPuts(audit: AuditEntry | undefined) {
    if (!audit) return [];
    if (!this.#auditTableName) throw new Error('A staff change needs the audit table: set auditTableName');
    return [{ Put: appendAuditEntry(this.#auditTableName(), audit) }];
  }

  /** Replaces a draft's answers: one conditional put, refused once the application is submitted. */
  async updateDraft(application: Application): Promise<Application | undefined> {
    if (application.status !== 'draft') throw new Error(`Application ${application.reference} is not a draft`);
    return this.#storeIfDraft(application, 'updateDraft');
  }

  async #storeIfDraft(application: Application, operation: string): Promise<Application | undefined> {
    try {
      const output = await this.#client.send(
        new PutCommand({ ...this.#putIfDraft(application), ReturnConsumedCapacity: 'TOTAL' }),
      );
      this.#report(output.ConsumedCapacity && [output.ConsumedCapacity], operation);
      return application;
    } catch (error) {
      if (isConditionFailure(error)) return undefined;
      throw error;
    }
  }

  #putIfDraft(application: Application) {
    return {
      TableName: this.#tableName,
      Item: toItem(application),
      ConditionExpression: '#status = :draft',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':draft': 'draft' },
      // The stored draft is not needed to decide: knowing that the condition failed is enough.
      ReturnValuesOnConditionCheckFailure: 'NONE' as const,
    };
  }

  #report(consumed: ConsumedCapacity[] | undefined, operation: string): void {
    if (!this.#onConsumedCapacity || !consumed) return;
    const units = consumed.reduce((sum, entry) => sum + (entry.WriteCapacityUnits ?? entry.CapacityUnits ?? 0), 0);
    this.#onConsumedCapacity(units, operation);
  }
}

/**
 * For a cancelled transaction of `count` writes, the cancellation reason of each write whose condition failed
 * (undefined for the others). Throws the original error when the transaction failed for any other reason,
 * such as a conflict with a parallel transaction, so the caller's retry policy sees it.
 */
function conditionFailures(error: unknown, count: number): Array<CancellationReason | undefined> {
  const reasons = cancellationReasons(error);
  if (!reasons) throw error;
  const codes = reasons.map((reason) => reason.Code ?? 'None');
  if (reasons.length !== count || codes.some((code) => code !== 'None' && code !== 'ConditionalCheckFailed')) {
    throw error;
  }
  return reasons.map((reason) => (reason.Code === 'ConditionalCheckFailed' ? reason : undefined));
}

/** Cancellation reasons come back in DynamoDB's wire format: the document client converts only results. */
function toPlain(item: Record<string, AttributeValue> | undefined): Record<string, unknown> {
  return item ? unmarshall(item) : {};
}

/** Whether the item a refused write found is submitted and holds a result of the run already. */
function holdsResultOf(refusal: unknown, runId: string): boolean {
  const found = (refusal as { Item?: Record<string, AttributeValue> }).Item;
  const item = found ? unmarshall(found) : {};
  return item.status === 'submitted' && (item.selection as { runId?: unknown } | undefined)?.runId === runId;
}
