/**
 * The longest any retention period of a round may be: five years, the documents bucket's own backstop in prod,
 * which deletes a document that long after it was made whatever its round says. Apart, so the round editor in the
 * browser checks the same limit without the rules.
 */
export const MAX_RETENTION_DAYS = 1826;
