/** How a function may use the table: reading, or reading and writing items. */
export type TableAccess = 'read' | 'readWrite';

/**
 * What a function may do with documents: presign upload forms, read uploads to check them, discard refused ones,
 * keep the checked bytes as the submitted document, or hand staff a download of a submitted document only once the
 * malware scan tagged it clean (see `useBucket` in wiring.ts).
 */
export type BucketAccess = 'uploadForms' | 'readUploads' | 'deleteUploads' | 'keepSubmitted' | 'readClean';

/** Submitting judges the uploads, keeps what passed and discards what did not. */
const SUBMITS = ['readUploads', 'deleteUploads', 'keepSubmitted'] as const;

/**
 * How a function may use the audit log. It is append-only for everyone: `append` puts entries and nothing
 * else; `appendAndHistory` may also query the `application` index, for one application's history (the changes
 * answer with it); `appendAndRead` may query the whole log, for the functions that show it by day. No function
 * may update or delete an entry.
 */
export type AuditAccess = 'append' | 'appendAndHistory' | 'appendAndRead';

/** The AWS resources one function touches. Anything absent is neither granted nor configured. */
export interface FunctionNeeds {
  /** @default - no table access and no TABLE_NAME */
  readonly table?: TableAccess;
  /** @default - no bucket access and no DOCUMENTS_BUCKET */
  readonly bucket?: readonly BucketAccess[];
  /** Sends e-mail from the stage's sender address. @default false */
  readonly mail?: boolean;
  /** @default - no audit table access and no AUDIT_TABLE_NAME */
  readonly audit?: AuditAccess;
  /**
   * Verifies staff ID tokens itself: gets the issuer, audience and key URL, and no permission (the keys are
   * public). @default false
   */
  readonly staffAuth?: boolean;
}

/** Every staff route: it checks the caller's token and audits each request, refused ones included. */
const STAFF = { audit: 'append', staffAuth: true } as const;

/**
 * Least privilege, decided per handler in one place: the API stack grants exactly this (and sets the matching
 * environment variables), and the infra tests check each role against it.
 */
export const FUNCTION_NEEDS: Readonly<Record<string, FunctionNeeds>> = {
  'get-openapi': {},
  'list-rounds': { table: 'read' },
  'get-round': { table: 'read' },
  'create-application': { table: 'readWrite' },
  'create-upload-form': { table: 'read', bucket: ['uploadForms'] },
  'submit-application': { table: 'readWrite', bucket: SUBMITS },
  // A draft's status says which documents have arrived, so it looks into the bucket.
  'get-application-status': { table: 'read', bucket: ['readUploads'] },
  // The answer says which documents of the draft have arrived.
  'update-application': { table: 'readWrite', bucket: ['readUploads'] },
  'send-notifications': { table: 'readWrite', mail: true },
  // Records a bounce or complaint on the application it was about, for staff to see.
  'record-mail-events': { table: 'readWrite' },

  // Staff. Changes write the application and the audit entry in one transaction, so `readWrite` on the table
  // goes with `append` on the log; they answer with the application and its history, read from the log's
  // `application` index.
  'list-queue': { ...STAFF, table: 'read' },
  'export-queue': { ...STAFF, table: 'read' },
  'get-staff-application': { ...STAFF, table: 'read', audit: 'appendAndHistory' },
  // Presigns a download, which is only as good as the signer's own s3:GetObject: clean documents only.
  'get-document-link': { ...STAFF, table: 'read', bucket: ['readClean'] },
  'check-documents': { ...STAFF, table: 'readWrite', audit: 'appendAndHistory' },
  'decide-eligibility': { ...STAFF, table: 'readWrite', audit: 'appendAndHistory' },
  'record-scores': { ...STAFF, table: 'readWrite', audit: 'appendAndHistory' },
  'add-note': { ...STAFF, table: 'readWrite', audit: 'appendAndHistory' },
  'list-duplicates': { ...STAFF, table: 'read' },
  'resolve-duplicates': { ...STAFF, table: 'readWrite' },
  'register-paper-application': { ...STAFF, table: 'readWrite' },
  'create-paper-upload-form': { ...STAFF, table: 'read', bucket: ['uploadForms'] },
  'submit-paper-application': { ...STAFF, table: 'readWrite', bucket: SUBMITS, audit: 'appendAndHistory' },
  // Administrators' changes to a round: the round and its audit entry in one transaction.
  'save-round': { ...STAFF, table: 'readWrite' },
  'close-intake': { ...STAFF, table: 'readWrite' },
  'extend-intake': { ...STAFF, table: 'readWrite' },
  // The selection: runs and results live in the applications table.
  'record-withdrawal': { ...STAFF, table: 'readWrite', audit: 'appendAndHistory' },
  'get-selection-run': { ...STAFF, table: 'read' },
  'get-protocol': { ...STAFF, table: 'read' },
  'run-selection': { ...STAFF, table: 'readWrite' },
  'publish-selection': { ...STAFF, table: 'readWrite' },
  'get-dashboard': { ...STAFF, table: 'read' },
  // The audit log itself: no application is read or changed here.
  'list-audit-entries': { ...STAFF, audit: 'appendAndRead' },
};

/** The needs of one handler; a handler missing here is a deployment error, not "needs nothing". */
export function needsOf(handler: string): FunctionNeeds {
  const needs = FUNCTION_NEEDS[handler];
  if (!needs) {
    throw new Error(`No entry for "${handler}" in FUNCTION_NEEDS (infra/constructs/function-needs.ts): add one.`);
  }
  return needs;
}
