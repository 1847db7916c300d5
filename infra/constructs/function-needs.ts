/** How a function may use the table: reading, or reading and writing items. */
export type TableAccess = 'read' | 'readWrite';

/** What a function may do with documents: presign uploads (put), check uploads (read), discard bad ones (delete). */
export type BucketAccess = 'put' | 'read' | 'delete';

/** The AWS resources one function touches. Anything absent is neither granted nor configured. */
export interface FunctionNeeds {
  /** @default - no table access and no TABLE_NAME */
  readonly table?: TableAccess;
  /** @default - no bucket access and no DOCUMENTS_BUCKET */
  readonly bucket?: readonly BucketAccess[];
  /** Sends e-mail from the stage's sender address. @default false */
  readonly mail?: boolean;
}

/**
 * Least privilege, decided per handler in one place: the API stack grants exactly this (and sets the matching
 * environment variables), and the infra tests check each role against it.
 */
export const FUNCTION_NEEDS: Readonly<Record<string, FunctionNeeds>> = {
  'get-openapi': {},
  'list-rounds': { table: 'read' },
  'get-round': { table: 'read' },
  'create-application': { table: 'readWrite' },
  'create-upload-form': { table: 'read', bucket: ['put'] },
  'submit-application': { table: 'readWrite', bucket: ['read', 'delete'] },
  // A draft's status says which documents have arrived, so it looks into the bucket.
  'get-application-status': { table: 'read', bucket: ['read'] },
  // The answer says which documents of the draft have arrived.
  'update-application': { table: 'readWrite', bucket: ['read'] },
  'send-notifications': { table: 'readWrite', mail: true },
};

/** The needs of one handler; a handler missing here is a deployment error, not "needs nothing". */
export function needsOf(handler: string): FunctionNeeds {
  const needs = FUNCTION_NEEDS[handler];
  if (!needs) {
    throw new Error(`No entry for "${handler}" in FUNCTION_NEEDS (infra/constructs/function-needs.ts): add one.`);
  }
  return needs;
}
