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
import * as z from 'zod/mini';
import { compareStrings } from '../../domain/code-unit-order.ts';
import { ServiceUnavailableError } from '../../domain/errors.ts';
import { draftReferences } from '../../domain/reference.ts';
import { REQUEST_LIFETIME_MS } from '../../domain/request-lifetime.ts';
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
import { fromItem, idempotencyAttribute, REPLACED_ATTRIBUTES, recordOf, toItem } from './application-item.ts';
import { appendAuditEntry } from './audit-item.ts';
import { DynamoDbQueue } from './dynamodb-queue.ts';
import { personReferences } from './person-references.ts';
import { keys, TABLE_DESIGN } from './table-design.ts';
import { cancellationReasons, conditionHeld, isConditionFailure } from './write-refusals.ts';

/** Times a staff change is written again when the queue's entry moved between its read and the write. */
const QUEUE_FOLLOW_ATTEMPTS = 4;

/** How long a client may retry a create request and get the first answer again. */
const IDEMPOTENCY_SECONDS = 24 * 60 * 60;
/** Claims taken over from submissions that never got stored, one after another, before the caller is told to wait. */
const CLAIM_ATTEMPTS = 3;

const ClaimItemSchema = z.object({ reference: z.string(), claimedAt: z.string() });

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
 * applications of one person both look like the first. An applicant's create and submission take no
 * transaction (one costs twice a plain write per item): the draft carries its idempotency record, and the
 * person's claim is put before the submission it is for (see `claimPerson`).
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
   * One conditional put of the draft, which carries its idempotency record (`draftReferences` draws the reference
   * from the key, so a retry comes to the same item): stored with its record or not at all, without a
   * transaction. A staff member's draft writes its audit entry with it, in one transaction. A record past its
   * expiry counts as absent: its reference is taken, and the caller draws the next one.
   */
  async createDraft(
    application: Application,
    idempotency: IdempotencyRecord,
    audit?: AuditEntry,
  ): Promise<CreateDraftResult> {
    const until = Math.floor(this.#now().getTime() / 1000) + IDEMPOTENCY_SECONDS;
    const put = {
      TableName: this.#tableName,
      Item: { ...toItem(application), idempotency: idempotencyAttribute(idempotency, until) },
      ConditionExpression: 'attribute_not_exists(pk)',
      // Another applicant's application may hold the reference: nothing of it is returned.
      ReturnValuesOnConditionCheckFailure: 'NONE' as const,
    };
    try {
      if (audit) {
        await this.#client.send(new TransactWriteCommand({ TransactItems: [{ Put: put }, ...this.#auditPuts(audit)] }));
      } else {
        const output = await this.#client.send(new PutCommand({ ...put, ReturnConsumedCapacity: 'TOTAL' }));
        this.#report(output.ConsumedCapacity && [output.ConsumedCapacity], 'createDraft');
      }
      return { outcome: 'created' };
    } catch (error) {
      const taken = audit ? conditionFailures(error, 2)[0] !== undefined : isConditionFailure(error);
      if (!taken) throw error;
      const record = await this.#recordAt(application.reference, idempotency.keyHash);
      return record ? { outcome: 'replayed', record } : { outcome: 'reference-taken' };
    }
  }

  /** Strongly consistent, so a retry right after the first attempt finds its record: the key's draws, read at once. */
  async idempotencyRecord(keyHash: string): Promise<IdempotencyRecord | undefined> {
    const records = await Promise.all(draftReferences(keyHash).map((reference) => this.#recordAt(reference, keyHash)));
    return records.find((record) => record !== undefined);
  }

  /** The idempotency record of the key carried by the application at `reference`, unless past its expiry. */
  async #recordAt(reference: string, keyHash: string): Promise<IdempotencyRecord | undefined> {
    const { Item } = await this.#client.send(
      new GetCommand({
        TableName: this.#tableName,
        Key: keys.application(reference),
        ProjectionExpression: 'idempotency',
        ConsistentRead: true,
      }),
    );
    return recordOf(Item?.idempotency, { reference, keyHash, now: this.#now() });
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
    return conditionHeld(
      this.#client.send(
        new DeleteCommand({
          TableName: this.#tableName,
          Key: keys.application(reference),
          ConditionExpression: '#status = :draft AND expiresAt <= :now',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':draft': 'draft', ':now': Math.floor(now.getTime() / 1000) },
        }),
      ),
    );
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
   * Claims the person in the round for the application, with one conditional put of the claim; the first
   * submitted application of a person keeps it. A claim can name an application that was never stored as
   * submitted: its submission claimed first (so that submitting takes no transaction) and then failed. Such a
   * claim is taken over once the request that made it is surely over (`REQUEST_LIFETIME_MS` after its receipt);
   * until then that request may still store its submission, so the caller is asked to try again shortly.
   */
  async claimPerson(application: Application): Promise<string> {
    const { roundId, reference, receivedAt } = application;
    if (!receivedAt) throw new Error(`Application ${reference} has no receipt time to claim its person with`);
    let previous: string | undefined;
    for (let attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
      const holder = await this.#putClaim(application, previous);
      if (!holder) return reference;
      const { Item } = await this.#client.send(
        new GetCommand({
          TableName: this.#tableName,
          Key: keys.application(holder.reference),
          ProjectionExpression: '#status',
          ExpressionAttributeNames: { '#status': 'status' },
          ConsistentRead: true,
        }),
      );
      if (Item?.status === 'submitted') return holder.reference;
      const left = Date.parse(holder.claimedAt) + REQUEST_LIFETIME_MS - Date.parse(receivedAt);
      if (left > 0) {
        throw new ServiceUnavailableError({
          cause: new Error(`The person's claim in ${roundId} is held by a submission that may be under way`),
          retryAfterSeconds: Math.ceil(left / 1000),
        });
      }
      previous = holder.reference;
    }
    throw new ServiceUnavailableError({ cause: new Error(`The person's claim in ${roundId} kept changing hands`) });
  }

  /**
   * Stores a draft as submitted with one conditional write, and with it a staff member's audit entry in one
   * transaction. `claimant` is what `claimPerson` answered, when the caller claimed already (while storing the
   * documents); otherwise the person is claimed here first. An application claimed by another is stored flagged as
   * a possible duplicate of it (a social worker decides). The draft's idempotency record stays with it.
   */
  async submit(application: Application, audit?: AuditEntry, claimant?: string): Promise<Application | undefined> {
    if (application.status === 'draft') throw new Error(`Application ${application.reference} is not marked submitted`);
    const holder = claimant ?? (await this.claimPerson(application));
    const stored =
      holder === application.reference
        ? application
        : { ...application, flags: { ...application.flags, possibleDuplicateOf: holder } };
    try {
      if (audit) {
        await this.#client.send(
          new TransactWriteCommand({
            TransactItems: [{ Update: this.#replaceDraft(stored) }, ...this.#auditPuts(audit)],
          }),
        );
      } else {
        const output = await this.#client.send(
          new UpdateCommand({ ...this.#replaceDraft(stored), ReturnConsumedCapacity: 'TOTAL' }),
        );
        this.#report(output.ConsumedCapacity && [output.ConsumedCapacity], 'submit');
      }
      return stored;
    } catch (error) {
      if (audit ? conditionFailures(error, 2)[0] : isConditionFailure(error)) return undefined;
      throw error;
    }
  }

  /**
   * Writes the claim for the application if the person is unclaimed, already claimed by it (a retried put), or
   * still claimed by `previous`; otherwise answers who holds it.
   */
  async #putClaim(
    application: Application,
    previous: string | undefined,
  ): Promise<{ reference: string; claimedAt: string } | undefined> {
    const { roundId, reference, receivedAt } = application;
    try {
      const output = await this.#client.send(
        new PutCommand({
          TableName: this.#tableName,
          Item: { ...keys.personClaim(roundId, application.personalCode.keyedHash), reference, claimedAt: receivedAt },
          ConditionExpression: `attribute_not_exists(pk) OR #reference = :own${previous ? ' OR #reference = :previous' : ''}`,
          ExpressionAttributeNames: { '#reference': 'reference' },
          ExpressionAttributeValues: { ':own': reference, ...(previous && { ':previous': previous }) },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          ReturnConsumedCapacity: 'TOTAL',
        }),
      );
      this.#report(output.ConsumedCapacity && [output.ConsumedCapacity], 'claimPerson');
      return undefined;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      return ClaimItemSchema.parse(toPlain((error as { Item?: Record<string, AttributeValue> }).Item));
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
              ...applications.map((application) => ({ Update: this.#replaceIfUnchanged(application) })),
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

  /**
   * The person's applications in the round (`personReferences`), each read from the table itself, strongly
   * consistent. Only submitted ones: a claim can name a submission that never got stored.
   */
  async ofPerson(roundId: string, personalCodeHash: string): Promise<Application[]> {
    const references = await personReferences(this.#client, this.#tableName, roundId, personalCodeHash);
    const applications = await Promise.all([...references].map((reference) => this.get(reference)));
    return applications
      .filter(
        (application): application is Application =>
          application?.status === 'submitted' &&
          application.roundId === roundId &&
          application.personalCode.keyedHash === personalCodeHash,
      )
      .sort((a, b) => compareReceipt(a, b));
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
  #replaceIfUnchanged(application: Application) {
    const read = application.revision ?? 0;
    const unchanged = read === 0 ? 'attribute_not_exists(revision)' : 'revision = :read';
    return this.#replace(
      { ...application, revision: read + 1 },
      `${unchanged} AND #status <> :draft`,
      read > 0 ? { ':read': read } : {},
    );
  }

  #auditPuts(audit: AuditEntry | undefined) {
    if (!audit) return [];
    if (!this.#auditTableName) throw new Error('A staff change needs the audit table: set auditTableName');
    return [{ Put: appendAuditEntry(this.#auditTableName(), audit) }];
  }

  /** Replaces a draft's answers: one conditional write, refused once the application is submitted. */
  async updateDraft(application: Application): Promise<Application | undefined> {
    if (application.status !== 'draft') throw new Error(`Application ${application.reference} is not a draft`);
    try {
      const output = await this.#client.send(
        new UpdateCommand({ ...this.#replaceDraft(application), ReturnConsumedCapacity: 'TOTAL' }),
      );
      this.#report(output.ConsumedCapacity && [output.ConsumedCapacity], 'updateDraft');
      return application;
    } catch (error) {
      if (isConditionFailure(error)) return undefined;
      throw error;
    }
  }

  /** A stored draft replaced with `application`, only while it is a draft. */
  #replaceDraft(application: Application) {
    return this.#replace(application, '#status = :draft');
  }

  /**
   * The item of `application` written over the stored one when `condition` holds: every attribute of the new item
   * is set and every other one of an application removed, as a put would, except the create request's
   * idempotency record, which a put would drop while a retried create may still need it (24 hours). The condition
   * may name `#status` and `:draft`.
   */
  #replace(application: Application, condition: string, conditionValues: Record<string, unknown> = {}) {
    const { pk, sk, ...attributes } = toItem(application);
    const names: Record<string, string> = { '#status': 'status' };
    const values: Record<string, unknown> = { ':draft': 'draft', ...conditionValues };
    const set: string[] = [];
    for (const [index, [name, value]] of Object.entries(attributes).entries()) {
      if (value === undefined) continue;
      names[`#s${index}`] = name;
      values[`:s${index}`] = value;
      set.push(`#s${index} = :s${index}`);
    }
    const remove = REPLACED_ATTRIBUTES.filter(
      (name) => (attributes as Record<string, unknown>)[name] === undefined,
    ).map((name, index) => {
      names[`#r${index}`] = name;
      return `#r${index}`;
    });
    return {
      TableName: this.#tableName,
      Key: { pk, sk },
      UpdateExpression: `SET ${set.join(', ')}${remove.length > 0 ? ` REMOVE ${remove.join(', ')}` : ''}`,
      ConditionExpression: condition,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      // The stored item is not needed to decide: knowing that the condition failed is enough.
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

/** Receipt order, then reference: how the `person` index sorts. */
function compareReceipt(a: Application, b: Application): number {
  const byTime = Date.parse(a.receivedAt ?? a.createdAt) - Date.parse(b.receivedAt ?? b.createdAt);
  return byTime !== 0 ? byTime : compareStrings(a.reference, b.reference);
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
