/** The addresses under which the staff routes of one application or one round live. */
export const applicationPath = '/staff/applications/{reference}';
export const roundPath = '/staff/rounds/{roundId}';
