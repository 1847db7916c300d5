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
    /** A municipality's submitted applications in selection order. */
    { name: 'queue', partitionKey: 'queuePk', sortKey: 'queueSk' },
    /** Submitted applications of one person (by keyed hash) in a round: duplicates. */
    { name: 'person', partitionKey: 'personPk', sortKey: 'personSk' },
  ],
} as const;

export const keys = {
  application: (reference: string) => ({ pk: `APP#${reference}`, sk: 'APP' }),
  /** Rounds share one partition: a handful of items, rarely written, listed with one Query. */
  round: (roundId: string) => ({ pk: 'ROUNDS', sk: roundId }),
  idempotency: (keyHash: string) => ({ pk: `IDEMPOTENCY#${keyHash}`, sk: 'IDEMPOTENCY' }),
  personClaim: (roundId: string, personalCodeHash: string) => ({
    pk: `ROUND#${roundId}#PERSON#${personalCodeHash}`,
    sk: 'CLAIM',
  }),
  notification: (notificationId: string) => ({ pk: `NOTIFICATION#${notificationId}`, sk: 'NOTIFICATION' }),
};
