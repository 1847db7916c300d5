/*
 * How many rows of a selection result one answer holds: a municipality of tens of thousands of applications is read
 * a page at a time, so no answer nears Lambda's 6 MB. Plain numbers, which the staff pages use too.
 */

/** Rows of a municipality's result on a page of the selection. */
export const RESULT_PAGE_ROWS = 500;

/** Rows of a protocol in one answer; the page reads the rest answer by answer. */
export const PROTOCOL_PAGE_ROWS = 1000;
