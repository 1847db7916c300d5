/**
 * Where the staff pages live: under `/office`, apart from the API's `/staff/…` routes on the same origin, so an
 * address is either a page or an API route, never both. The applicant app needs only this much of them, to hand
 * such an address to the staff app, which it loads only then.
 */
export const STAFF_ROOT = '/office';

export function isStaffPath(pathname: string): boolean {
  return pathname === STAFF_ROOT || pathname.startsWith(`${STAFF_ROOT}/`);
}
