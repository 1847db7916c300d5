import { createHash } from 'node:crypto';
import { GetObjectCommand, PutObjectCommand, PutObjectTaggingCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3DocumentStore, submittedObjectKey, uploadObjectKey } from '../../shared/adapters/s3/s3-document-store.ts';
import { MALWARE_SCAN_TAG } from '../../shared/domain/malware-scan.ts';
import type { DocumentKey, SubmittedDocumentKey } from '../../shared/ports/document-store.ts';
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

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Posts a file the way the browser does: the form's fields first, the file last. */
async function upload(key: DocumentKey, content: Uint8Array): Promise<Response> {
  const form = await store.createUploadForm(key, LIMITS);
  const body = new FormData();
  for (const [name, value] of Object.entries(form.fields)) body.append(name, value);
  body.append('file', new Blob([content], { type: 'application/pdf' }), 'proof.pdf');
  return fetch(form.url, { method: 'POST', body });
}

async function objectBytes(objectKey: string): Promise<Uint8Array> {
  const object = await aws.clients.s3.send(new GetObjectCommand({ Bucket: aws.bucketName, Key: objectKey }));
  return (await object.Body?.transformToByteArray()) ?? new Uint8Array();
}

describe('S3DocumentStore uploads', () => {
  it('keys an upload by round, reference and type only, under the uploads prefix', () => {
    expect(uploadObjectKey({ roundId: 'pilot-2019', reference: 'KDMA-4729', type: 'application-form' })).toBe(
      'uploads/pilot-2019/KDMA-4729/application-form',
    );
  });

  it('makes an upload form that uploads the file to the upload key', async () => {
    const key = nextKey();
    const pdf = files.pdf();

    const response = await upload(key, pdf);

    expect(response.ok).toBe(true);
    await expect(store.hasUpload(key)).resolves.toBe(true);
    await expect(store.readUpload(key, { maxBytes: 1000 })).resolves.toEqual({ sizeBytes: pdf.length, bytes: pdf });
  });

  it('signs a policy limiting the size to 1 byte … maxBytes and the key to the upload key', async () => {
    const key = nextKey();
    const before = Date.now();

    const form = await store.createUploadForm(key, LIMITS);

    expect(form.fields.key).toBe(uploadObjectKey(key));
    const policy = JSON.parse(Buffer.from(form.fields.Policy ?? '', 'base64').toString('utf8')) as {
      expiration: string;
      conditions: unknown[];
    };
    expect(policy.conditions).toContainEqual(['content-length-range', 1, LIMITS.maxBytes]);
    expect(policy.conditions).toContainEqual(['eq', '$key', uploadObjectKey(key)]);
    const expiresIn = (Date.parse(policy.expiration) - before) / 1000;
    expect(expiresIn).toBeGreaterThan(LIMITS.expiresInSeconds - 5);
    expect(expiresIn).toBeLessThanOrEqual(LIMITS.expiresInSeconds + 5);
  });

  it('reads a file at the limit whole, and one byte over it not at all, though it tells its size', async () => {
    const key = nextKey();
    const large = new Uint8Array(300_000).map((_, index) => index % 251);
    await upload(key, large);

    await expect(store.readUpload(key, { maxBytes: 300_000 })).resolves.toEqual({ sizeBytes: 300_000, bytes: large });
    await expect(store.readUpload(key, { maxBytes: 299_999 })).resolves.toEqual({ sizeBytes: 300_000 });
  });

  it('reports an empty object as size 0, so the server refuses it as missing', async () => {
    const key = nextKey();
    await aws.clients.s3.send(
      new PutObjectCommand({ Bucket: aws.bucketName, Key: uploadObjectKey(key), Body: new Uint8Array() }),
    );

    await expect(store.readUpload(key, { maxBytes: 1000 })).resolves.toEqual({ sizeBytes: 0, bytes: new Uint8Array() });
  });

  it('says nothing was uploaded when nothing was', async () => {
    const key = nextKey();
    await expect(store.readUpload(key, { maxBytes: 1000 })).resolves.toBeUndefined();
    await expect(store.hasUpload(key)).resolves.toBe(false);
  });

  it('deletes an upload', async () => {
    const key = nextKey();
    await upload(key, files.png());

    await store.deleteUpload(key);

    await expect(store.hasUpload(key)).resolves.toBe(false);
  });
});

describe('S3DocumentStore submitted documents', () => {
  it('keeps the given bytes under their hash, where no upload form of the document writes', async () => {
    const key = nextKey();
    const pdf = files.pdf();
    const submitted = { ...key, sha256: sha256(pdf) };

    await store.keepSubmitted(submitted, pdf, 'application/pdf');
    await upload(key, files.png());

    expect(submittedObjectKey(submitted)).toBe(`submitted/pilot-2019/${key.reference}/disability-proof/${sha256(pdf)}`);
    expect(await objectBytes(submittedObjectKey(submitted))).toEqual(pdf);
    const form = await store.createUploadForm(key, LIMITS);
    expect(form.fields.key).not.toBe(submittedObjectKey(submitted));
  });

  it.each(['attachment', 'inline'] as const)(
    'links the submitted copy with %s disposition (to save it, or for a page to show it) and the type asked for',
    async (disposition) => {
      const key = nextKey();
      const png = files.png();
      const submitted = { ...key, sha256: sha256(png) };
      await store.keepSubmitted(submitted, png, 'image/png');
      // An upload the form may still write is never what the link reads.
      await upload(key, files.pdf());

      const link = await store.downloadLink(submitted, {
        expiresInSeconds: 60,
        fileName: 'KDMA-4729-disability-proof.png',
        disposition,
        contentType: 'image/png',
      });

      const response = await fetch(link);
      expect(response.headers.get('content-disposition')).toBe(
        `${disposition}; filename="KDMA-4729-disability-proof.png"`,
      );
      expect(response.headers.get('content-type')).toBe('image/png');
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(png);
    },
  );
});

/** Tags the object as the malware scanner does (GuardDuty in AWS); other tags are the bucket owner's own. */
async function tag(key: SubmittedDocumentKey, tags: Record<string, string>): Promise<void> {
  await aws.clients.s3.send(
    new PutObjectTaggingCommand({
      Bucket: aws.bucketName,
      Key: submittedObjectKey(key),
      Tagging: { TagSet: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) },
    }),
  );
}

/** A submitted document, kept as a submission keeps it. */
async function keptDocument(): Promise<SubmittedDocumentKey> {
  const pdf = files.pdf();
  const key = { ...nextKey(), sha256: sha256(pdf) };
  await store.keepSubmitted(key, pdf, 'application/pdf');
  return key;
}

describe('S3DocumentStore scan status', () => {
  it('is pending while the object has no scan tag', async () => {
    const key = await keptDocument();

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
    const key = await keptDocument();

    await tag(key, { project: 'intake', [MALWARE_SCAN_TAG.key]: value });

    await expect(store.scanStatus(key)).resolves.toBe(status);
  });

  it('is pending again once the scan tag is removed', async () => {
    const key = await keptDocument();
    await tag(key, { [MALWARE_SCAN_TAG.key]: MALWARE_SCAN_TAG.clean });

    await tag(key, {});

    await expect(store.scanStatus(key)).resolves.toBe('pending');
  });

  it('returns undefined when no such document was kept', async () => {
    await expect(store.scanStatus({ ...nextKey(), sha256: sha256(files.pdf()) })).resolves.toBeUndefined();
  });
});
