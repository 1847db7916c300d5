import type { StaffRoute } from '../http/route-declaration.ts';
import { idempotencyKey, roundId } from '../http/route-parts.ts';
import type { StaffRun } from '../http/route-run.ts';
import { PaperApplicationRequestSchema, PaperApplicationResponseSchema } from '../schemas/staff-api.ts';
import { registerPaperApplication } from '../use-cases/staff/paper-applications.ts';
import { roundPath } from './staff-paths.ts';

export const registerPaperApplicationRoute = {
  method: 'POST',
  path: `${roundPath}/paper-applications`,
  handler: 'register-paper-application',
  access: 'staff',
  action: 'paper.register',
  summary: 'Social worker: register an application the office received on paper, with the office’s receipt time.',
  params: { roundId },
  headers: { idempotencyKey },
  body: PaperApplicationRequestSchema,
  answers: { 201: { json: PaperApplicationResponseSchema } },
  refusals: [409, 422],
  needs: { table: 'readWrite', repositories: ['rounds', 'applications'] },
} as const satisfies StaffRoute;

/** Registers an application the office received on paper. */
export const run: StaffRun<typeof registerPaperApplicationRoute> = async ({ params, headers, body }, staff, ports) =>
  registerPaperApplication(ports, staff, {
    roundId: params.roundId,
    request: body,
    idempotencyKey: headers.idempotencyKey,
  });
