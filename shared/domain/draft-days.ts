/**
 * How long an unsent draft is kept: the round's `draftDays` up to the most, or the default when it does not say.
 * The most is the storage's own limit: uploads are deleted 30 days after they were made, so a draft kept longer
 * would come back without its documents. Apart, so the browser reads them without the rules.
 */
export const DEFAULT_DRAFT_DAYS = 30;
export const MAX_DRAFT_DAYS = 30;
