/**
 * A round's id: lower-case letters, digits and hyphens, 2 to 63 characters, not starting with a hyphen. It is
 * part of addresses (`/apply/{roundId}`), so it stays readable and needs no encoding. Plain, without zod, so the
 * staff pages check a new round's id by the same pattern as the API.
 */
export const ROUND_ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,62}$/;
