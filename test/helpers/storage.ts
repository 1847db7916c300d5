import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetObjectTaggingCommand, ListObjectsV2Command, PutObjectTaggingCommand, S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { scanAll } from '../../shared/adapters/dynamodb/all-pages.ts';
import { fromItem } from '../../shared/adapters/dynamodb/application-item.ts';
import { keys } from '../../shared/adapters/dynamodb/table-design.ts';
import { submittedObjectKey } from '../../shared/adapters/s3/s3-document-store.ts';
import { MALWARE_SCAN_TAG } from '../../shared/domain/malware-scan.ts';
import type { DocumentKey } from '../../shared/ports/document-store.ts';
import type { DocumentType, Round } from '../../shared/schemas/round.ts';
import type { ServiceYear } from '../../shared/schemas/service-year.ts';
import type { SupportPlan } from '../../shared/schemas/support-plan.ts';

/** Reads the stand-ins directly, to prove what a request stored, or that it stored nothing. */
export function storageProbe(system: {
  endpoints: { dynamodb: string; s3: string };
  env: Record<string, string | undefined>;
}) {
  const table = system.env.TABLE_NAME as string;
  const bucket = system.env.DOCUMENTS_BUCKET as string;
  const credentials = {
    accessKeyId: system.env.AWS_ACCESS_KEY_ID as string,
    secretAccessKey: system.env.AWS_SECRET_ACCESS_KEY as string,
  };
  const dynamo = DynamoDBDocumentClient.from(
    new DynamoDBClient({ endpoint: system.endpoints.dynamodb, region: 'eu-north-1', credentials }),
  );
  const s3 = new S3Client({ endpoint: system.endpoints.s3, region: 'eu-north-1', credentials, forcePathStyle: true });

  const items = () => scanAll(dynamo, { TableName: table, ConsistentRead: true });

  async function objectKeys(): Promise<string[]> {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket }));
    return (page.Contents ?? []).map((object) => object.Key as string);
  }

  const application = async (reference: string) =>
    (await dynamo.send(new GetCommand({ TableName: table, Key: { pk: `APP#${reference}`, sk: 'APP' } }))).Item;

  /** The record a submitted application keeps of one of its documents, as the table's reader reads it. */
  async function storedDocument(reference: string, type: DocumentType) {
    const item = await application(reference);
    return item && fromItem(item).documents?.find((candidate) => candidate.type === type);
  }

  /** The object key of a submitted document, found by the hash its application's record holds. */
  async function submittedKey(key: DocumentKey): Promise<string> {
    const document = await storedDocument(key.reference, key.type);
    if (!document) throw new Error(`${key.reference} has no submitted ${key.type}`);
    return submittedObjectKey({ ...key, sha256: document.sha256 });
  }

  /** The malware scan tag's value on a submitted document; `undefined` while it is not scanned. */
  async function scanTag(key: DocumentKey): Promise<string | undefined> {
    const { TagSet } = await s3.send(new GetObjectTaggingCommand({ Bucket: bucket, Key: await submittedKey(key) }));
    return TagSet?.find((tag) => tag.Key === MALWARE_SCAN_TAG.key)?.Value;
  }

  /**
   * Waits until the malware scan stand-in has tagged a submitted document: it scans after the upload was answered. Polls;
   * never waits a fixed time.
   */
  async function waitForScan(key: DocumentKey, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await scanTag(key);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`${await submittedKey(key)} was not scanned within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Replaces a submitted document's tags: with no scan tag, the document reads as not scanned yet. */
  async function setTags(key: DocumentKey, tags: Record<string, string>): Promise<void> {
    await s3.send(
      new PutObjectTaggingCommand({
        Bucket: bucket,
        Key: await submittedKey(key),
        Tagging: { TagSet: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) },
      }),
    );
  }

  return {
    items,
    objectKeys,
    scanTag,
    waitForScan,
    /** Waits for the scan of every document of an application (both types unless told). */
    waitForScans: (
      roundId: string,
      reference: string,
      types: readonly DocumentType[] = ['application-form', 'disability-proof'],
    ) => Promise.all(types.map((type) => waitForScan({ roundId, reference, type }))),
    setTags,
    application,
    storedDocument,
    putRound: (round: Round) =>
      dynamo.send(new PutCommand({ TableName: table, Item: { ...keys.round(round.id), ...round } })),
    /** A round's year of services as administrators would have set it. */
    putServiceYear: (serviceYear: ServiceYear) =>
      dynamo.send(
        new PutCommand({ TableName: table, Item: { ...keys.serviceYear(serviceYear.roundId), ...serviceYear } }),
      ),
    /** A participant's support plan, as the plan pages store it. */
    putSupportPlan: (plan: SupportPlan) =>
      dynamo.send(
        new PutCommand({
          TableName: table,
          Item: { ...keys.supportPlan(plan.roundId, plan.municipalityCode, plan.reference), ...plan },
        }),
      ),
    /** Everything stored, to compare before and after a refused request. */
    snapshot: async () => ({
      items: (await items()).map((item) => JSON.stringify(item)).sort(),
      objects: (await objectKeys()).sort(),
    }),
  };
}
