/**
 * The one DynamoDB table, as plain data: the CDK data stack and the local host both create it from this, so
 * the two cannot drift. The access patterns and item shapes are described in `shared/README.md`.
 */
export const TABLE_DESIGN = {
  logicalName: 'Intake',
  partitionKey: 'pk',
  sortKey: 'sk',
  timeToLiveAttribute: 'expiresAt',
  stream: 'NEW_AND_OLD_IMAGES',
  indexes: [
    /**
     * A municipality's submitted applications in selection order. Whole: every reader (the staff queue and its
     * counts, exports, the selection and its protocol, plans, the service year) reads whole applications.
     */
    { name: 'queue', partitionKey: 'queuePk', sortKey: 'queueSk', projection: 'ALL' },
    /**
     * The applications flagged as possible duplicates of a person's first (by keyed hash) in a round. Keys only:
     * its one reader (`ofPerson`) reads the applications themselves, strongly consistent, with the claimant.
     */
    { name: 'person', partitionKey: 'personPk', sortKey: 'personSk', projection: 'KEYS_ONLY' },
    /**
     * The queue's entries (small rows, not applications) of one municipality in one review state, in selection
     * order, by receipt time and by name: a page of the queue, or of all states merged, read page by page. Whole:
     * an entry holds only what a queue row shows.
     */
    { name: 'entriesBySelection', partitionKey: 'entryPk', sortKey: 'entrySelectionSk', projection: 'ALL' },
    /** A municipality's whole queue of entries in selection order: the queue's first view, one Query a page. */
    { name: 'queueEntries', partitionKey: 'entryQueuePk', sortKey: 'entrySelectionSk', projection: 'ALL' },
    { name: 'entriesByReceipt', partitionKey: 'entryPk', sortKey: 'entryReceiptSk', projection: 'ALL' },
    { name: 'entriesByName', partitionKey: 'entryPk', sortKey: 'entryNameSk', projection: 'ALL' },
  ],
} as const;

/**
 * The audit log: its own table, so that in AWS the functions may only put items into it (no update, no delete),
 * and so its retention and backups are decided apart from the applications'. No stream: nothing reacts to it.
 */
export const AUDIT_TABLE_DESIGN = {
  logicalName: 'Audit',
  partitionKey: 'pk',
  sortKey: 'sk',
  indexes: [
    /** Every entry about one application, in time order: the application's history (read whole). Sparse. */
    { name: 'application', partitionKey: 'reference', sortKey: 'sk', projection: 'ALL' },
  ],
} as const;

export const auditKeys = {
  /** One partition per UTC day: administrators read the log by days; a day of staff requests fits easily. */
  entry: (at: string, id: string) => ({ pk: `DAY#${at.slice(0, 10)}`, sk: `${at}#${id}` }),
  day: (isoDate: string) => `DAY#${isoDate}`,
};

/** A municipality's index of name words: one partition, searched by ranges of its sort keys. */
export function nameWordsPartition(roundId: string, municipalityCode: string): string {
  return `WORDS#${roundId}#${municipalityCode}`;
}

export const keys = {
  application: (reference: string) => ({ pk: `APP#${reference}`, sk: 'APP' }),
  /** Rounds share one partition: a handful of items, rarely written, listed with one Query. */
  round: (roundId: string) => ({ pk: 'ROUNDS', sk: roundId }),
  personClaim: (roundId: string, personalCodeHash: string) => ({
    pk: `ROUND#${roundId}#PERSON#${personalCodeHash}`,
    sk: 'CLAIM',
  }),
  /** A submitted application's row in the queue: what its pages, counts and search read instead of it. */
  queueEntry: (reference: string) => ({ pk: `QUEUE#${reference}`, sk: 'ENTRY' }),
  /** A round's counts per review state, one item per municipality: the whole round is one Query. */
  queueCounts: (roundId: string, municipalityCode: string) => ({
    pk: `ROUND#${roundId}#COUNTS`,
    sk: municipalityCode,
  }),
  /**
   * One word of an applicant's name paired with another of its words, folded, in its municipality's index of words:
   * the name search. `#` sorts before every letter, so `<word>#` begins the pairs of that very word and
   * `<word>$` … the words that go on after it.
   */
  nameWord: (roundId: string, municipalityCode: string, word: string, other: string, reference: string) => ({
    pk: nameWordsPartition(roundId, municipalityCode),
    sk: `${word}#${other}#${reference}`,
  }),
  notification: (notificationId: string) => ({ pk: `NOTIFICATION#${notificationId}`, sk: 'NOTIFICATION' }),
  /** How many e-mails of the status link an application was sent on one day; expires after a few days. */
  linkEmails: (reference: string, day: string) => ({ pk: `LINKS#${reference}#${day}`, sk: 'LINKS' }),
  /** A round's runs share a partition with the pointer to the latest one. */
  run: (roundId: string, runId: string) => ({ pk: `ROUND#${roundId}#RUNS`, sk: `RUN#${runId}` }),
  latestRun: (roundId: string) => ({ pk: `ROUND#${roundId}#RUNS`, sk: 'LATEST' }),
  /**
   * A run's rows, a bounded slice of one municipality per item (`<municipalityCode>#<slice number>`), so a
   * municipality's rows are one Query in order and any page of them a range of it. Runs stored before slices held
   * one item per municipality, `sk` the municipality's code alone.
   */
  runRows: (roundId: string, runId: string, municipalityCode: string, slice?: number) => ({
    pk: `ROUND#${roundId}#RUN#${runId}`,
    sk: slice === undefined ? municipalityCode : `${municipalityCode}#${String(slice).padStart(6, '0')}`,
  }),
  /** A round's year of services: its budget, catalogue and providers, one item read whole. */
  serviceYear: (roundId: string) => ({ pk: `ROUND#${roundId}#YEAR`, sk: 'YEAR' }),
  /**
   * A round's support plans share one partition (a place each, about a hundred in the pilot), sorted by
   * municipality, then reference: one municipality's plans are one Query with `begins_with`.
   */
  supportPlan: (roundId: string, municipalityCode: string, reference: string) => ({
    pk: `ROUND#${roundId}#PLANS`,
    sk: `${municipalityCode}#${reference}`,
  }),
};
