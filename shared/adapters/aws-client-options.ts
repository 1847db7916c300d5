export interface AwsClientOptions {
  region: string;
  /** Endpoints of the local stand-ins; absent in AWS, where the SDK finds the regional endpoints itself. */
  endpoints?: { dynamodb?: string; s3?: string; ses?: string };
}

/**
 * The one key all three stand-ins accept: s3rver knows only `S3RVER` (it checks no signatures), the others take
 * any. Fixed here so that a developer's real AWS credentials are never picked up and sent to a local port.
 */
const STAND_IN_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/** A client's endpoint and credentials: the stand-in's when one is named, else nothing (the SDK's defaults). */
export function standIn(endpoint: string | undefined) {
  return endpoint ? { endpoint, credentials: STAND_IN_CREDENTIALS } : {};
}
