import { AccessError } from '../../domain/errors.ts';
import type { StaffContext } from '../staff/staff-context.ts';

/**
 * The year's rules and its figures span every municipality: only administrators change or read them whole. The
 * route table lets only administrators in already; the use case says so too, so it holds wherever it is called.
 */
export function requireAdministrator(staff: StaffContext): void {
  if (staff.identity.role !== 'administrator') throw new AccessError('STAFF_ROLE_FORBIDDEN');
}
