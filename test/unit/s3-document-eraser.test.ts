import { S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { S3DocumentEraser } from '../../shared/adapters/s3/s3-document-eraser.ts';

/**
 * What only a versioned bucket shows, which the local S3 server (unversioned) cannot: several versions of a
 * document and delete markers, listed over more than one page. The bucket's answers are given in-process, in the
 * SDK's middleware before anything is sent; the integration tests run the eraser against the S3 server itself.
 */
function versionedBucket(pages: Array<{ versions: string[]; markers?: string[] }>) {
  const client = new S3Client({ region: 'eu-north-1', credentials: { accessKeyId: 'x', secretAccessKey: 'y' } });
  const listings: Array<Record<string, unknown>> = [];
  const deleted: Array<{ Key?: string; VersionId?: string }> = [];
  client.middlewareStack.add(
    (_next, context) => async (args) => {
      const input = args.input as Record<string, unknown>;
      if (context.commandName === 'ListObjectVersionsCommand') {
        const prefix = String(input.Prefix);
        const page = listings.filter((listed) => listed.Prefix === prefix).length;
        listings.push(input);
        const own = prefix.startsWith('submitted/') ? pages : [];
        const current = own[page] ?? { versions: [] };
        const entry = (id: string) => ({ Key: `${prefix}application-form/${'a'.repeat(64)}`, VersionId: id });
        return {
          output: {
            $metadata: {},
            Versions: current.versions.map(entry),
            DeleteMarkers: (current.markers ?? []).map(entry),
            IsTruncated: page < own.length - 1,
            ...(page < own.length - 1 && { NextKeyMarker: `key-${page}`, NextVersionIdMarker: `version-${page}` }),
          },
          response: {},
        };
      }
      deleted.push({ Key: input.Key as string, VersionId: input.VersionId as string });
      return { output: { $metadata: {} }, response: {} };
    },
    { step: 'initialize', name: 'versionedBucket' },
  );
  return { eraser: new S3DocumentEraser(client, 'documents'), listings, deleted };
}

describe('erasing an application’s documents from a versioned bucket', () => {
  it('deletes every version and every delete marker by its version id, following the listing’s pages', async () => {
    const bucket = versionedBucket([{ versions: ['v3', 'v2'], markers: ['m1'] }, { versions: ['v1'] }]);

    await expect(bucket.eraser.eraseDocuments({ roundId: 'pilot-2019', reference: 'KDMA-4729' })).resolves.toBe(4);

    expect(bucket.deleted.map((deletion) => deletion.VersionId).sort()).toEqual(['m1', 'v1', 'v2', 'v3']);
    expect(new Set(bucket.deleted.map((deletion) => deletion.Key))).toEqual(
      new Set([`submitted/pilot-2019/KDMA-4729/application-form/${'a'.repeat(64)}`]),
    );
    expect(bucket.listings).toEqual([
      { Bucket: 'documents', Prefix: 'uploads/pilot-2019/KDMA-4729/' },
      { Bucket: 'documents', Prefix: 'submitted/pilot-2019/KDMA-4729/' },
      {
        Bucket: 'documents',
        Prefix: 'submitted/pilot-2019/KDMA-4729/',
        KeyMarker: 'key-0',
        VersionIdMarker: 'version-0',
      },
    ]);
  });

  it('lists only under the application’s own prefixes, so another application’s documents are never touched', async () => {
    const bucket = versionedBucket([]);
    await expect(bucket.eraser.eraseDocuments({ roundId: 'pilot-2019', reference: 'KDMA-4729' })).resolves.toBe(0);
    expect(bucket.listings.map((listing) => listing.Prefix)).toEqual([
      'uploads/pilot-2019/KDMA-4729/',
      'submitted/pilot-2019/KDMA-4729/',
    ]);
    expect(bucket.deleted).toEqual([]);
  });
});
