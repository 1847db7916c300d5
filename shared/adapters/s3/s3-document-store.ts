import {
  DeleteObjectCommand,
  GetObjectCommand,
  GetObjectTaggingCommand,
  HeadObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { MALWARE_SCAN_TAG, type ScanStatus, scanStatusOf } from '../../domain/malware-scan.ts';
import type {
  DocumentKey,
  DocumentSample,
  DocumentStore,
  UploadForm,
  UploadLimits,
} from '../../ports/document-store.ts';

/** Enough for every file signature the server checks. */
const SAMPLE_BYTES = 16;

/**
 * Object key of a document. It names only the round, the reference and the document type: object keys show up
 * in access logs, inventories and error messages, so nothing personal goes into them.
 */
export function documentObjectKey(key: DocumentKey): string {
  return `rounds/${key.roundId}/applications/${key.reference}/${key.type}`;
}

/**
 * Documents in one S3 bucket, uploaded by the browser straight to S3 with a presigned POST form, so the files
 * never pass through a function (API Gateway limits payloads to 10 MB and charges for the time).
 */
export class S3DocumentStore implements DocumentStore {
  readonly #client: S3Client;
  readonly #bucket: string;

  constructor(client: S3Client, bucket: string) {
    this.#client = client;
    this.#bucket = bucket;
  }

  /**
   * A form that can upload only to this document's key and only between 1 byte and `maxBytes`. A POST policy
   * cannot restrict the content type to a set, so `contentTypes` is not enforced here: the server checks the
   * file's first bytes after the upload.
   */
  async createUploadForm(key: DocumentKey, limits: UploadLimits): Promise<UploadForm> {
    const objectKey = documentObjectKey(key);
    const { url, fields } = await createPresignedPost(this.#client, {
      Bucket: this.#bucket,
      Key: objectKey,
      Conditions: [
        ['content-length-range', 1, limits.maxBytes],
        ['eq', '$key', objectKey],
      ],
      Expires: limits.expiresInSeconds,
    });
    return { url, fields };
  }

  /**
   * The size from a HEAD, the first bytes from a ranged GET. The size is taken from the GET's `Content-Range`
   * when it has one, so a file replaced between the two requests is still judged as one file. An empty object
   * is not read at all: a range on it is unsatisfiable.
   */
  async sample(key: DocumentKey): Promise<DocumentSample | undefined> {
    const location = { Bucket: this.#bucket, Key: documentObjectKey(key) };
    try {
      const head = await this.#client.send(new HeadObjectCommand(location));
      if (!head.ContentLength) return { sizeBytes: 0, firstBytes: new Uint8Array() };
      const object = await this.#client.send(
        new GetObjectCommand({ ...location, Range: `bytes=0-${SAMPLE_BYTES - 1}` }),
      );
      const firstBytes = object.Body ? await object.Body.transformToByteArray() : new Uint8Array();
      const sizeBytes = totalSize(object.ContentRange) ?? head.ContentLength;
      return { sizeBytes, firstBytes: firstBytes.subarray(0, SAMPLE_BYTES) };
    } catch (error) {
      if (isMissing(error)) return undefined;
      const name = error instanceof Error ? error.name : '';
      // Emptied between the HEAD and the GET.
      if (name === 'InvalidRange') return { sizeBytes: 0, firstBytes: new Uint8Array() };
      throw error;
    }
  }

  /** A presigned GET that makes the browser save the file under `fileName` rather than show it inline. */
  async downloadLink(key: DocumentKey, options: { expiresInSeconds: number; fileName: string }): Promise<string> {
    const command = new GetObjectCommand({
      Bucket: this.#bucket,
      Key: documentObjectKey(key),
      ResponseContentDisposition: `attachment; filename="${options.fileName}"`,
    });
    return getSignedUrl(this.#client, command, { expiresIn: options.expiresInSeconds });
  }

  /** The malware scanner's tag on the object (GuardDuty's in AWS, the local stand-in's here); no tag is pending. */
  async scanStatus(key: DocumentKey): Promise<ScanStatus | undefined> {
    try {
      const { TagSet } = await this.#client.send(
        new GetObjectTaggingCommand({ Bucket: this.#bucket, Key: documentObjectKey(key) }),
      );
      return scanStatusOf(TagSet?.find((tag) => tag.Key === MALWARE_SCAN_TAG.key)?.Value);
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async delete(key: DocumentKey): Promise<void> {
    await this.#client.send(new DeleteObjectCommand({ Bucket: this.#bucket, Key: documentObjectKey(key) }));
  }
}

function isMissing(error: unknown): boolean {
  const name = error instanceof Error ? error.name : '';
  return name === 'NoSuchKey' || name === 'NotFound';
}

/** `bytes 0-15/123456` → 123456. */
function totalSize(contentRange: string | undefined): number | undefined {
  const total = contentRange && /\/(\d+)$/.exec(contentRange)?.[1];
  return total ? Number(total) : undefined;
}
