import { type DynamoDBDocumentClient, GetCommand, type ScanCommandInput } from '@aws-sdk/lib-dynamodb';
import { inputOfRows, resultOfRows } from '../../domain/selection-rows.ts';
import type {
  LedgerRecord,
  LinkEmailCount,
  PersonalDataStore,
  RecordsAbout,
  RetryRecord,
  RunWithPart,
} from '../../ports/personal-data.ts';
import type { Application } from '../../schemas/application.ts';
import { SelectionRunSummarySchema } from '../../schemas/selection-api.ts';
import { queryAll, scanAll } from './all-pages.ts';
import { fromItem } from './application-item.ts';
import { DynamoDbSelectionRunRepository } from './dynamodb-selection-run-repository.ts';
import { keys } from './table-design.ts';

/**
 * Parts of the table read at once by a whole-table scan: DynamoDB reads each segment in parallel, so the scan takes
 * about a quarter of the time one reader would.
 */
const SEGMENTS = 4;

/** References per scan of `recordsAbout`: keeps the filter expression far below DynamoDB's 4 KB. */
const REFERENCES_PER_SCAN = 20;

/** An application whose personal data was removed leaves a record under its key, marked by this status. */
const ANONYMISED_STATUS = 'anonymised';

/**
 * A person's data in the applications table, for requests about it. The keyed hash of the personal code is the only
 * thing the person is found by: no code is decrypted to search. A scan filters in DynamoDB, so only the person's
 * items come back, but it reads (and is billed for) the whole table; see `PersonalDataStore` for why that is paid.
 */
export class DynamoDbPersonalData implements PersonalDataStore {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;
  readonly #runs: DynamoDbSelectionRunRepository;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
    // Only read: a run's rows are read through the runs' own adapter, which knows how they are stored.
    this.#runs = new DynamoDbSelectionRunRepository(client, tableName, () => {
      throw new Error('Reading a person’s data writes no audit entry through the runs');
    });
  }

  async applicationsOf(personalCodeHash: string): Promise<Application[]> {
    const items = await this.#scan({
      FilterExpression: 'begins_with(pk, :application) AND #code.#hash = :hash',
      ExpressionAttributeNames: { '#code': 'personalCode', '#hash': 'keyedHash' },
      ExpressionAttributeValues: { ':application': 'APP#', ':hash': personalCodeHash },
    });
    return items.map(fromItem);
  }

  async personClaim(roundId: string, personalCodeHash: string): Promise<string | undefined> {
    const item = await this.#get(keys.personClaim(roundId, personalCodeHash));
    return typeof item?.reference === 'string' ? item.reference : undefined;
  }

  async recordsAbout(references: readonly string[]): Promise<RecordsAbout> {
    const records: RecordsAbout = { ledger: [], linkEmails: [], retries: [] };
    for (let start = 0; start < references.length; start += REFERENCES_PER_SCAN) {
      const batch = references.slice(start, start + REFERENCES_PER_SCAN);
      for (const item of await this.#scan(recordsFilter(batch))) addRecord(records, item);
    }
    return records;
  }

  async runsOf(roundId: string, municipalityCode: string): Promise<RunWithPart[]> {
    const items = await queryAll(this.#client, {
      TableName: this.#tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.latestRun(roundId).pk },
      ConsistentRead: true,
    });
    const latest = items.find((item) => item.sk === keys.latestRun(roundId).sk)?.runId;
    const runs: RunWithPart[] = [];
    for (const { pk: _pk, sk, ...header } of items) {
      if (sk === keys.latestRun(roundId).sk) continue;
      const summary = SelectionRunSummarySchema.parse(header);
      const counts = summary.municipalities.find(({ code }) => code === municipalityCode);
      if (!counts) continue;
      const rows = await this.#runs.rows(roundId, summary.runId, municipalityCode);
      const part = {
        municipalityCode,
        input: inputOfRows(counts.cap, rows),
        result: resultOfRows(counts.cap, rows),
      };
      runs.push({ summary, latest: summary.runId === latest, part });
    }
    return runs.sort((a, b) => b.summary.ranAt.localeCompare(a.summary.ranAt));
  }

  async anonymisedIn(reference: string): Promise<string | undefined> {
    const item = await this.#get(keys.application(reference));
    if (item?.status !== ANONYMISED_STATUS) return undefined;
    return typeof item.municipalityCode === 'string' ? item.municipalityCode : undefined;
  }

  async #get(key: { pk: string; sk: string }): Promise<Record<string, unknown> | undefined> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: key, ConsistentRead: true }),
    );
    return Item;
  }

  /** Every item of the table that matches the filter, read in parallel segments, strongly consistent. */
  async #scan(
    filter: Pick<ScanCommandInput, 'FilterExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'>,
  ) {
    const segments = await Promise.all(
      Array.from({ length: SEGMENTS }, (_, segment) =>
        scanAll(this.#client, {
          TableName: this.#tableName,
          ...filter,
          Segment: segment,
          TotalSegments: SEGMENTS,
          ConsistentRead: true,
        }),
      ),
    );
    return segments.flat();
  }
}

/**
 * The ledger's e-mails (`NOTIFICATION#<reference>#…`), the status-link counts (`LINKS#<reference>#<day>`) and the
 * applications that still carry their create request's record (`idempotency`), of the references.
 */
function recordsFilter(references: readonly string[]) {
  const values: Record<string, string> = {};
  const conditions: string[] = [];
  references.forEach((reference, index) => {
    values[`:ledger${index}`] = `NOTIFICATION#${reference}#`;
    values[`:links${index}`] = `LINKS#${reference}#`;
    values[`:application${index}`] = keys.application(reference).pk;
    conditions.push(
      `begins_with(pk, :ledger${index})`,
      `begins_with(pk, :links${index})`,
      `(pk = :application${index} AND attribute_exists(idempotency))`,
    );
  });
  return { FilterExpression: conditions.join(' OR '), ExpressionAttributeValues: values };
}

function addRecord(records: RecordsAbout, item: Record<string, unknown>): void {
  const pk = String(item.pk);
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  if (pk.startsWith('NOTIFICATION#')) {
    const id = pk.slice('NOTIFICATION#'.length);
    const record: LedgerRecord = { reference: id.slice(0, id.indexOf('#')), id };
    const sentTo = item.sentTo instanceof Set ? [...item.sentTo].map(String).sort() : undefined;
    const state = text(item.state);
    const claimedAt = text(item.claimedAt);
    const sentAt = text(item.sentAt);
    records.ledger.push({
      ...record,
      ...(sentTo && { sentTo }),
      ...(state && { state }),
      ...(claimedAt && { claimedAt }),
      ...(sentAt && { sentAt }),
    });
  } else if (pk.startsWith('LINKS#')) {
    const [, reference = '', day = ''] = pk.split('#');
    const count: LinkEmailCount = { reference, day, count: Number(item.count ?? 0) };
    records.linkEmails.push(count);
  } else {
    // `<expiry, epoch seconds> <key hash> <request hash>`, in the draft's own item.
    const retry: RetryRecord = {
      reference: pk.slice(keys.application('').pk.length),
      expiresAt: Number(String(item.idempotency).split(' ')[0]),
    };
    records.retries.push(retry);
  }
}
