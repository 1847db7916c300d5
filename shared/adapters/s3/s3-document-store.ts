import {
  DeleteObjectCommand,
  GetObjectCommand,
  GetObjectTaggingCommand,
  HeadObjectCommand,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { MALWARE_SCAN_TAG, type ScanStatus, scanStatusOf } from '../../domain/malware-scan.ts';
import type {
  DocumentKey,
  DocumentLinkOptions,
  DocumentStore,
  SubmittedDocumentKey,
  Upload,
  UploadForm,
  UploadLimits,
} from '../../ports/document-store.ts';

/**
 * Where upload forms write. Only the functions that hand out forms may put objects here, and nothing here is
 * ever served to staff; the bucket expires what is left here.
 */
export const UPLOADS_PREFIX = 'uploads/';

/**
 * Where submitted documents live. Only the submitting functions may put objects here, the malware scan looks
 * here, and staff download only from here.
 */
export const SUBMITTED_PREFIX = 'submitted/';

/**
 * Object keys name only the round, the reference, the document type and the content's hash: keys show up in
 * access logs, inventories and error messages, so nothing personal goes into them.
 */
export function uploadObjectKey(key: DocumentKey): string {
  return `${UPLOADS_PREFIX}${key.roundId}/${key.reference}/${key.type}`;
}

/** Named by content: a stored record's hash leads to exactly the bytes it describes. */
export function submittedObjectKey(key: SubmittedDocumentKey): string {
  return `${SUBMITTED_PREFIX}${key.roundId}/${key.reference}/${key.type}/${key.sha256}`;
}

/**
 * Documents in one S3 bucket, uploaded by the browser straight to S3 with a presigned POST form, so the files
 * never pass through a function on the way in (API Gateway limits payloads to 10 MB and charges for the time).
 */
export class S3DocumentStore implements DocumentStore {
  readonly #client: S3Client;
  readonly #bucket: string;

  constructor(client: S3Client, bucket: string) {
    this.#client = client;
    this.#bucket = bucket;
  }

  /**
   * A form that can upload only to this document's upload key and only between 1 byte and `maxBytes`. A POST
   * policy cannot restrict the content type to a set, so `contentTypes` is not enforced here: the server checks
   * the file's first bytes when the application is submitted.
   */
  async createUploadForm(key: DocumentKey, limits: UploadLimits): Promise<UploadForm> {
    const objectKey = uploadObjectKey(key);
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

  async hasUpload(key: DocumentKey): Promise<boolean> {
    try {
      await this.#client.send(new HeadObjectCommand({ Bucket: this.#bucket, Key: uploadObjectKey(key) }));
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  /**
   * One GET: its length header tells the size, and only a file within the limit is read, so a large one costs no
   * transfer. The bytes and the size come from the same response, so they describe one version of the file even if
   * it is replaced meanwhile.
   */
  async readUpload(key: DocumentKey, limits: { maxBytes: number }): Promise<Upload | undefined> {
    const download = new AbortController();
    try {
      const object = await this.#client.send(
        new GetObjectCommand({ Bucket: this.#bucket, Key: uploadObjectKey(key) }),
        { abortSignal: download.signal },
      );
      const sizeBytes = object.ContentLength ?? 0;
      if (sizeBytes > limits.maxBytes) {
        download.abort();
        return { sizeBytes };
      }
      const bytes = object.Body ? await object.Body.transformToByteArray() : new Uint8Array();
      return { sizeBytes: bytes.byteLength, bytes };
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async deleteUpload(key: DocumentKey): Promise<void> {
    await this.#client.send(new DeleteObjectCommand({ Bucket: this.#bucket, Key: uploadObjectKey(key) }));
  }

  async keepSubmitted(key: SubmittedDocumentKey, bytes: Uint8Array, contentType: string): Promise<void> {
    await this.#client.send(
      new PutObjectCommand({
        Bucket: this.#bucket,
        Key: submittedObjectKey(key),
        Body: bytes,
        ContentType: contentType,
        // S3 refuses the write if the bytes that arrive do not have this hash.
        ChecksumSHA256: Buffer.from(key.sha256, 'hex').toString('base64'),
      }),
    );
  }

  /**
   * A presigned GET whose answer carries the disposition and type asked for: `attachment` makes the browser save
   * the file under `fileName`, `inline` lets the staff page read the bytes and show them.
   */
  async downloadLink(key: SubmittedDocumentKey, options: DocumentLinkOptions): Promise<string> {
    const command = new GetObjectCommand({
      Bucket: this.#bucket,
      Key: submittedObjectKey(key),
      ResponseContentDisposition: `${options.disposition}; filename="${options.fileName}"`,
      ResponseContentType: options.contentType,
    });
    return getSignedUrl(this.#client, command, { expiresIn: options.expiresInSeconds });
  }

  /** The malware scanner's tag on the object (GuardDuty's in AWS, the local stand-in's here); no tag is pending. */
  async scanStatus(key: SubmittedDocumentKey): Promise<ScanStatus | undefined> {
    try {
      const { TagSet } = await this.#client.send(
        new GetObjectTaggingCommand({ Bucket: this.#bucket, Key: submittedObjectKey(key) }),
      );
      return scanStatusOf(TagSet?.find((tag) => tag.Key === MALWARE_SCAN_TAG.key)?.Value);
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }
}

function isMissing(error: unknown): boolean {
  const name = error instanceof Error ? error.name : '';
  return name === 'NoSuchKey' || name === 'NotFound';
}
