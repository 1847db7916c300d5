import { queueSortKey, sortableInstant } from '../../domain/queue-entry.ts';
import { type Application, ApplicationSchema } from '../../schemas/application.ts';
import { keys } from './table-design.ts';

/** Attributes that exist for DynamoDB's sake, not the application's; `fromItem` drops them. */
const STORAGE_ATTRIBUTES = ['pk', 'sk', 'queuePk', 'queueSk', 'personPk', 'personSk', 'expiresAt'] as const;

/** An application as stored: its fields at the top level, its keys, and index keys once it is submitted. */
export type ApplicationItem = Application & {
  pk: string;
  sk: string;
  queuePk?: string;
  queueSk?: string;
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
 * applications: a draft never takes a place in a queue or counts as a person's application.
 */
export function toItem(application: Application): ApplicationItem {
  const item: ApplicationItem = { ...keys.application(application.reference), ...application };
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
    personPk: `${roundId}#${application.personalCode.keyedHash}`,
    personSk: `${sortableInstant(receivedAt)}#${reference}`,
  };
}

/** The application in a stored item. An item that does not match the schema is an error, never half-accepted. */
export function fromItem(item: Record<string, unknown>): Application {
  const fields: Record<string, unknown> = { ...item };
  for (const attribute of STORAGE_ATTRIBUTES) delete fields[attribute];
  const parsed = ApplicationSchema.safeParse(fields);
  if (!parsed.success) {
    // The issues name paths and rules only, never values: the item holds personal data.
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(item)'}: ${issue.code}`);
    throw new Error(`Stored item ${String(item.pk)} is not a valid application (${problems.join('; ')})`);
  }
  return parsed.data;
}

/** True for application items, so readers of the whole table (the stream) can skip every other kind. */
export function isApplicationItem(item: Record<string, unknown>): boolean {
  return typeof item.pk === 'string' && item.pk.startsWith('APP#');
}
