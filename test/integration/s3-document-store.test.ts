import { PutObjectCommand, PutObjectTaggingCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentObjectKey, S3DocumentStore } from '../../shared/adapters/s3/s3-document-store.ts';
import { MALWARE_SCAN_TAG } from '../../shared/domain/malware-scan.ts';
import type { DocumentKey } from '../../shared/ports/document-store.ts';
import { files } from '../fixtures/personal-codes.ts';
import { type LocalAws, startLocalAws } from './support/local-aws.ts';

let aws: LocalAws;
let store: S3DocumentStore;
let referenceCount = 0;
const LIMITS = { maxBytes: 10 * 1024 * 1024, contentTypes: ['application/pdf'], expiresInSeconds: 900 };

beforeAll(async () => {
  aws = await startLocalAws();
  store = new S3DocumentStore(aws.clients.s3, aws.bucketName);
});
afterAll(() => aws?.stop());

function nextKey(): DocumentKey {
  referenceCount += 1;
  return { roundId: 'pilot-2019', reference: `TEST-${2221 + referenceCount}`, type: 'disability-proof' };
}

/** Posts a file the way the browser does: the form's fields first, the file last. */
async function upload(key: DocumentKey, content: Uint8Array): Promise<Response> {
  const form = await store.createUploadForm(key, LIMITS);
  const body = new FormData();
  for (const [name, value] of Object.entries(form.fields)) body.append(name, value);
  body.append('file', new Blob([content], { type: 'application/pdf' }), 'proof.pdf');
  return fetch(form.url, { method: 'POST', body });
}

describe('S3DocumentStore', () => {
  it('keys a document by round, reference and type only', () => {
    expect(documentObjectKey({ roundId: 'pilot-2019', reference: 'KDMA-4729', type: 'application-form' })).toBe(
      'rounds/pilot-2019/applications/KDMA-4729/application-form',
    );
  });

  it('makes an upload form that uploads the file to the document key', async () => {
    const key = nextKey();
    const pdf = files.pdf();

    const response = await upload(key, pdf);

    expect(response.ok).toBe(true);
    await expect(store.sample(key)).resolves.toEqual({ sizeBytes: pdf.length, firstBytes: pdf.subarray(0, 16) });
  });

  it('signs a policy limiting the size to 1 byte … maxBytes and the key to the document key', async () => {
    const key = nextKey();
    const before = Date.now();

    const form = await store.createUploadForm(key, LIMITS);

    expect(form.fields.key).toBe(documentObjectKey(key));
    const policy = JSON.parse(Buffer.from(form.fields.Policy ?? '', 'base64').toString('utf8')) as {
      expiration: string;
      conditions: unknown[];
    };
    expect(policy.conditions).toContainEqual(['content-length-range', 1, LIMITS.maxBytes]);
    expect(policy.conditions).toContainEqual(['eq', '$key', documentObjectKey(key)]);
    const expiresIn = (Date.parse(policy.expiration) - before) / 1000;
    expect(expiresIn).toBeGreaterThan(LIMITS.expiresInSeconds - 5);
    expect(expiresIn).toBeLessThanOrEqual(LIMITS.expiresInSeconds + 5);
  });

  it('reports the whole size of a large file but only its first 16 bytes', async () => {
    const key = nextKey();
    const large = new Uint8Array(300_000).map((_, index) => index % 251);
    await upload(key, large);

    const sample = await store.sample(key);

    expect(sample?.sizeBytes).toBe(300_000);
    expect(sample?.firstBytes).toEqual(large.subarray(0, 16));
  });

  it('reports an empty object as size 0, so the server refuses it as missing', async () => {
    const key = nextKey();
    await aws.clients.s3.send(
      new PutObjectCommand({ Bucket: aws.bucketName, Key: documentObjectKey(key), Body: new Uint8Array() }),
    );

    await expect(store.sample(key)).resolves.toEqual({ sizeBytes: 0, firstBytes: new Uint8Array() });
  });

  it('returns undefined when nothing was uploaded', async () => {
    await expect(store.sample(nextKey())).resolves.toBeUndefined();
  });

  it('deletes a document', async () => {
    const key = nextKey();
    await upload(key, files.png());

    await store.delete(key);

    await expect(store.sample(key)).resolves.toBeUndefined();
  });
});

/** Tags the object as the malware scanner does (GuardDuty in AWS); other tags are the bucket owner's own. */
async function tag(key: DocumentKey, tags: Record<string, string>): Promise<void> {
  await aws.clients.s3.send(
    new PutObjectTaggingCommand({
      Bucket: aws.bucketName,
      Key: documentObjectKey(key),
      Tagging: { TagSet: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) },
    }),
  );
}

describe('S3DocumentStore scan status', () => {
  it('is pending while the object has no scan tag', async () => {
    const key = nextKey();
    await upload(key, files.pdf());

    await expect(store.scanStatus(key)).resolves.toBe('pending');

    await tag(key, { project: 'intake' });
    await expect(store.scanStatus(key)).resolves.toBe('pending');
  });

  it.each([
    ['NO_THREATS_FOUND', 'clean'],
    ['THREATS_FOUND', 'threat'],
    ['UNSUPPORTED', 'failed'],
    ['ACCESS_DENIED', 'failed'],
    ['FAILED', 'failed'],
  ] as const)('reads the scan tag %s as %s', async (value, status) => {
    const key = nextKey();
    await upload(key, files.pdf());

    await tag(key, { project: 'intake', [MALWARE_SCAN_TAG.key]: value });

    await expect(store.scanStatus(key)).resolves.toBe(status);
  });

  it('is pending again once the scan tag is removed', async () => {
    const key = nextKey();
    await upload(key, files.pdf());
    await tag(key, { [MALWARE_SCAN_TAG.key]: MALWARE_SCAN_TAG.clean });

    await tag(key, {});

    await expect(store.scanStatus(key)).resolves.toBe('pending');
  });

  it('returns undefined when nothing was uploaded, as sample does', async () => {
    await expect(store.scanStatus(nextKey())).resolves.toBeUndefined();
  });
});
