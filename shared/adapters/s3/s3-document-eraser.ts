import { DeleteObjectCommand, ListObjectVersionsCommand, type S3Client } from '@aws-sdk/client-s3';
import type { DocumentEraser } from '../../ports/retention.ts';
import { SUBMITTED_PREFIX, UPLOADS_PREFIX } from './s3-document-store.ts';

/** Deletions sent at once: an application has a handful of documents, each with a few versions. */
const DELETES_AT_ONCE = 10;

/**
 * Every version of an application's documents in the versioned documents bucket. A plain delete in a versioned
 * bucket only hides an object behind a delete marker, and the old version stays restorable until the lifecycle
 * purges it: so each version, and each delete marker, is deleted by its version id, which removes it for good.
 * An unversioned bucket lists each object once, as its `null` version, and deleting that removes it.
 */
export class S3DocumentEraser implements DocumentEraser {
  readonly #client: S3Client;
  readonly #bucket: string;

  constructor(client: S3Client, bucket: string) {
    this.#client = client;
    this.#bucket = bucket;
  }

  async eraseDocuments({ roundId, reference }: { roundId: string; reference: string }): Promise<number> {
    let erased = 0;
    for (const prefix of [UPLOADS_PREFIX, SUBMITTED_PREFIX]) {
      const versions = await this.#versionsUnder(`${prefix}${roundId}/${reference}/`);
      for (let start = 0; start < versions.length; start += DELETES_AT_ONCE) {
        await Promise.all(
          versions
            .slice(start, start + DELETES_AT_ONCE)
            .map(({ key, versionId }) =>
              this.#client.send(new DeleteObjectCommand({ Bucket: this.#bucket, Key: key, VersionId: versionId })),
            ),
        );
      }
      erased += versions.length;
    }
    return erased;
  }

  /** Every version and delete marker under the prefix, following the listing's pages to the end. */
  async #versionsUnder(prefix: string): Promise<Array<{ key: string; versionId: string }>> {
    const found: Array<{ key: string; versionId: string }> = [];
    let marker: { KeyMarker?: string; VersionIdMarker?: string } = {};
    for (;;) {
      const page = await this.#client.send(
        new ListObjectVersionsCommand({ Bucket: this.#bucket, Prefix: prefix, ...marker }),
      );
      for (const entry of [...(page.Versions ?? []), ...(page.DeleteMarkers ?? [])]) {
        if (entry.Key) found.push({ key: entry.Key, versionId: entry.VersionId ?? 'null' });
      }
      if (!page.IsTruncated) return found;
      marker = {
        ...(page.NextKeyMarker && { KeyMarker: page.NextKeyMarker }),
        ...(page.NextVersionIdMarker && { VersionIdMarker: page.NextVersionIdMarker }),
      };
    }
  }
}
