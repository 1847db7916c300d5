/** How long an unsent draft is kept when the round does not say. Apart, so the browser reads it without the rules. */
export const DEFAULT_DRAFT_DAYS = 30;
