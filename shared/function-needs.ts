/*
 * What AWS resources a function touches, declared with the function (its route in `routes/<handler>.ts`, or its
 * consumer in `routes.ts`). The CDK grants exactly this and sets the environment variables that go with it; the
 * infra tests check each role against it. Pure data: the web may read the route table's types without pulling in
 * anything of AWS.
 */

/** How a function may use the table: reading, or reading and writing items. */
export type TableAccess = 'read' | 'readWrite';

/**
 * The repositories of the table a function's code may use. The audit log is not among them: the `audit` need gives
 * it. Each function carries and builds only those it names (`shared/composition/table-ports.ts`).
 */
export const REPOSITORIES = [
  'rounds',
  'applications',
  'selectionRuns',
  'serviceYears',
  'supportPlans',
  'notifications',
  'personalData',
  'retention',
] as const;

export type Repository = (typeof REPOSITORIES)[number];

/**
 * What a function may do with documents: presign upload forms, read uploads to check them, discard refused ones,
 * keep the checked bytes as the submitted document, hand staff a download of a submitted document only once the
 * malware scan tagged it clean, or erase every version of an application's documents when its personal data is
 * removed (see `useBucket` in infra/constructs/wiring.ts).
 */
export type BucketAccess =
  | 'uploadForms'
  | 'readUploads'
  | 'deleteUploads'
  | 'keepSubmitted'
  | 'readClean'
  | 'eraseDocuments';

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
  /**
   * The table's repositories its code uses, named with `table` and only with it: the function's bundle carries
   * these and no other, and any other port of the table fails when it is used. @default - none
   */
  readonly repositories?: readonly Repository[];
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

/** What every staff function needs besides its route's own: it checks the caller's token and audits each request. */
export const STAFF_NEEDS = { audit: 'append', staffAuth: true } as const satisfies FunctionNeeds;
