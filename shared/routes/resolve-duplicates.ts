import type { StaffRoute } from '../http/route-declaration.ts';
import { reference } from '../http/route-parts.ts';
import type { StaffRun } from '../http/route-run.ts';
import { DuplicateResolutionRequestSchema, DuplicatesResponseSchema } from '../schemas/staff-api.ts';
import { resolveDuplicates } from '../use-cases/staff/duplicates.ts';
import { applicationPath } from './staff-paths.ts';

export const resolveDuplicatesRoute = {
  method: 'PUT',
  path: `${applicationPath}/duplicate-resolution`,
  handler: 'resolve-duplicates',
  access: 'staff',
  action: 'duplicates.resolve',
  summary: 'Staff: which of the person’s applications stands, and why. Nothing is deleted.',
  params: { reference },
  body: DuplicateResolutionRequestSchema,
  answers: { 200: { json: DuplicatesResponseSchema } },
  refusals: [409, 422],
  needs: { table: 'readWrite', repositories: ['applications'] },
} as const satisfies StaffRoute;

/** Which of the person's applications stands, and why. */
export const run: StaffRun<typeof resolveDuplicatesRoute> = async ({ params, body }, staff, ports) =>
  resolveDuplicates(ports, staff, { reference: params.reference, request: body });
