import type S3rver from 's3rver';

/** What the S3 server keeps of an object that a listing names. */
interface StoredObject {
  key: string;
  lastModifiedDate: Date;
  size: number;
  metadata: Record<string, string>;
}

/** The parts of the S3 server this uses: its object store, and its Koa middleware, which runs first to last. */
interface S3rverInternals {
  store: {
    listObjects(
      bucket: string,
      options: { prefix?: string; startAfter?: string; maxKeys: number },
    ): Promise<{ objects: StoredObject[]; isTruncated: boolean }>;
  };
  middleware: Array<(context: ListingContext, next: () => Promise<void>) => Promise<void>>;
}

interface ListingContext {
  method: string;
  path: string;
  query: Record<string, string | string[] | undefined>;
  status: number;
  type: string;
  body: unknown;
}

const PAGE_SIZE = 1000;

/**
 * S3's ListObjectVersions, which the S3 server does not answer, as S3 answers it for a bucket that never had
 * versioning: each object once, as its current `null` version. Deleting that version deletes the object, which
 * the server does (it ignores the version id), so the documents' eraser runs here as in AWS, over what this
 * unversioned stand-in can hold. Put first, before the server's own routes.
 */
export function answerVersionListings(server: S3rver): void {
  const internals = server as unknown as S3rverInternals;
  internals.middleware.unshift(async (context, next) => {
    const bucket = /^\/([^/]+)\/?$/.exec(context.path)?.[1];
    if (context.method !== 'GET' || !bucket || !('versions' in context.query)) return next();
    const prefix = queryValue(context, 'prefix');
    const keyMarker = queryValue(context, 'key-marker');
    const listed = await internals.store.listObjects(bucket, {
      maxKeys: PAGE_SIZE,
      ...(prefix && { prefix }),
      ...(keyMarker && { startAfter: keyMarker }),
    });
    context.status = 200;
    context.type = 'application/xml';
    context.body = listingXml(bucket, prefix, listed.objects, listed.isTruncated);
  });
}

function queryValue(context: ListingContext, name: string): string | undefined {
  const value = context.query[name];
  return Array.isArray(value) ? value[0] : value || undefined;
}

function listingXml(bucket: string, prefix: string | undefined, objects: StoredObject[], truncated: boolean): string {
  const versions = objects.map(
    (object) =>
      `<Version><Key>${xmlText(object.key)}</Key><VersionId>null</VersionId><IsLatest>true</IsLatest>` +
      `<LastModified>${object.lastModifiedDate.toISOString()}</LastModified><ETag>${xmlText(object.metadata.etag ?? '')}</ETag>` +
      `<Size>${object.size}</Size><StorageClass>STANDARD</StorageClass></Version>`,
  );
  const last = objects.at(-1);
  const next =
    truncated && last
      ? `<NextKeyMarker>${xmlText(last.key)}</NextKeyMarker><NextVersionIdMarker>null</NextVersionIdMarker>`
      : '';
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<ListVersionsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">' +
    `<Name>${xmlText(bucket)}</Name><Prefix>${xmlText(prefix ?? '')}</Prefix><MaxKeys>${PAGE_SIZE}</MaxKeys>` +
    `<IsTruncated>${truncated}</IsTruncated>${next}${versions.join('')}</ListVersionsResult>`
  );
}

function xmlText(text: string): string {
  return text.replace(/[<>&'"]/g, (character) => `&#${character.charCodeAt(0)};`);
}
