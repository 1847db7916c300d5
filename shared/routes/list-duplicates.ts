import type { StaffRoute } from '../http/route-declaration.ts';
import { reference } from '../http/route-parts.ts';
import type { StaffRun } from '../http/route-run.ts';
import { DuplicatesResponseSchema } from '../schemas/staff-api.ts';
import { listDuplicates } from '../use-cases/staff/duplicates.ts';
import { applicationPath } from './staff-paths.ts';

export const listDuplicatesRoute = {
  method: 'GET',
  path: `${applicationPath}/duplicates`,
  handler: 'list-duplicates',
  access: 'staff',
  action: 'duplicates.read',
  summary: 'Staff: the person’s applications in the round (same personal code), side by side.',
  params: { reference },
  answers: { 200: { json: DuplicatesResponseSchema } },
  needs: { table: 'read', repositories: ['applications'] },
} as const satisfies StaffRoute;

/** The person's applications in the round, side by side. */
export const run: StaffRun<typeof listDuplicatesRoute> = async ({ params }, staff, ports) =>
  listDuplicates(ports, staff, params.reference);
