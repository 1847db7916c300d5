import { queueSortKey, sortableInstant } from '../../domain/queue-entry.ts';
import type { IdempotencyRecord } from '../../ports/application-repository.ts';
import { type Application, ApplicationSchema, type StoredDocument } from '../../schemas/application.ts';
import { keys } from './table-design.ts';

/** Index keys and the TTL: they follow from the application, so `toItem` writes them and `fromItem` drops them. */
const DERIVED_ATTRIBUTES = ['queuePk', 'queueSk', 'personPk', 'personSk', 'expiresAt'] as const;

/** Attributes that exist for DynamoDB's sake, not the application's; `fromItem` drops them. */
const STORAGE_ATTRIBUTES = ['pk', 'sk', ...DERIVED_ATTRIBUTES, 'idempotency'] as const;

/**
 * Every attribute an application item may carry but a new version of it may lack: replacing an item removes
 * those the new one leaves out, as a put would, and keeps only the keys and the draft's idempotency record.
 */
export const REPLACED_ATTRIBUTES: readonly string[] = [...Object.keys(ApplicationSchema.shape), ...DERIVED_ATTRIBUTES];

/** An application as stored: its fields at the top level, its keys, and index keys once it is submitted. */
export type ApplicationItem = Omit<Application, 'documents'> & {
  /** The submitted documents' records, each as one string (`documentAttribute`). */
  documents?: string[];
  pk: string;
  sk: string;
  queuePk?: string;
  queueSk?: string;
  /** Only on an application flagged as a possible duplicate: the `person` index holds nothing else. */
  personPk?: string;
  personSk?: string;
  /** The table's TTL attribute (epoch seconds): only a draft with an expiry carries it, so DynamoDB deletes it. */
  expiresAt?: number;
};

/** The partition of the `queue` index that holds one municipality's applications in a round. */
export function queuePartition(roundId: string, municipalityCode: string): string {
  return `${roundId}#${municipalityCode}`;
}

/** The keys of the `queue` index: the round's municipality is the partition, sorted in selection order. */
export function queueKeys(
  roundId: string,
  municipalityCode: string,
  score: number,
  receivedAt: string,
  reference: string,
): { queuePk: string; queueSk: string } {
  return { queuePk: queuePartition(roundId, municipalityCode), queueSk: queueSortKey(score, receivedAt, reference) };
}

/**
 * The item for an application. Drafts carry no index keys, so the sparse indexes hold only submitted
 * applications: a draft never takes a place in a queue. Of the submitted ones only those flagged as possible
 * duplicates join the `person` index, the rest are found through the person's claim (`ofPerson`): an index entry
 * is a write, and every submission would pay it.
 */
export function toItem(application: Application): ApplicationItem {
  const { documents, ...fields } = application;
  const item: ApplicationItem = {
    ...keys.application(application.reference),
    ...fields,
    ...(documents && { documents: documents.map(documentAttribute) }),
  };
  if (application.status === 'draft') {
    return application.draftExpiresAt
      ? { ...item, expiresAt: Math.ceil(Date.parse(application.draftExpiresAt) / 1000) }
      : item;
  }
  if (!application.receivedAt) {
    throw new Error(`Application ${application.reference} is ${application.status} but has no receipt time`);
  }
  const { roundId, reference, receivedAt } = application;
  return {
    ...item,
    // Until it is scored an application counts 0 points and is ordered by receipt time alone.
    ...queueKeys(
      roundId,
      application.person.municipalityCode,
      application.review?.scores?.total ?? 0,
      receivedAt,
      reference,
    ),
    ...(application.flags.possibleDuplicateOf && {
      personPk: `${roundId}#${application.personalCode.keyedHash}`,
      personSk: `${sortableInstant(receivedAt)}#${reference}`,
    }),
  };
}

/**
 * A draft's idempotency record as one attribute of the draft: `<expiry, epoch seconds> <first 128 bits of the
 * key's hash> <request hash>`. The reference is the item's own; the key's first 128 bits tell it from any other.
 */
export function idempotencyAttribute(record: IdempotencyRecord, expiresAt: number): string {
  return `${expiresAt} ${record.keyHash.slice(0, 32)} ${record.requestHash}`;
}

/**
 * The record in an item's idempotency attribute, when it is the key's and not past its expiry at `now`;
 * undefined otherwise (another key's draft, an application without one, an expired one).
 */
export function recordOf(
  attribute: unknown,
  at: { reference: string; keyHash: string; now: Date },
): IdempotencyRecord | undefined {
  if (typeof attribute !== 'string') return undefined;
  const [expiresAt, key, requestHash] = attribute.split(' ');
  if (key !== at.keyHash.slice(0, 32) || !requestHash) return undefined;
  if (Number(expiresAt) <= Math.floor(at.now.getTime() / 1000)) return undefined;
  return { keyHash: at.keyHash, requestHash, reference: at.reference };
}

/** The application in a stored item. An item that does not match the schema is an error, never half-accepted. */
export function fromItem(item: Record<string, unknown>): Application {
  const fields: Record<string, unknown> = { ...item };
  for (const attribute of STORAGE_ATTRIBUTES) delete fields[attribute];
  if (Array.isArray(fields.documents)) fields.documents = fields.documents.map(documentOf);
  const parsed = ApplicationSchema.safeParse(fields);
  if (!parsed.success) {
    // The issues name paths and rules only, never values: the item holds personal data.
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(item)'}: ${issue.code}`);
    throw new Error(`Stored item ${String(item.pk)} is not a valid application (${problems.join('; ')})`);
  }
  return parsed.data;
}

/**
 * A submitted document's record as one string, `<type> <content type> <size> <SHA-256 in base64url>`: 80 bytes
 * instead of 135 as a map with the hash in hex, which keeps an application with three documents and a
 * representative near one write unit (1 KB).
 */
function documentAttribute(document: StoredDocument): string {
  const sha256 = Buffer.from(document.sha256, 'hex').toString('base64url');
  return `${document.type} ${document.contentType} ${document.sizeBytes} ${sha256}`;
}

/** A document's record from its stored string; a map (as items were stored before) is checked by the schema. */
function documentOf(stored: unknown): unknown {
  if (typeof stored !== 'string') return stored;
  const [type, contentType, sizeBytes, sha256] = stored.split(' ');
  return {
    type,
    contentType,
    sizeBytes: Number(sizeBytes),
    sha256: Buffer.from(sha256 ?? '', 'base64url').toString('hex'),
  };
}

/** True for application items, so readers of the whole table (the stream) can skip every other kind. */
export function isApplicationItem(item: Record<string, unknown>): boolean {
  return typeof item.pk === 'string' && item.pk.startsWith('APP#');
}
