import { staffRoute } from '../shared/http/staff-route.ts';
import { registerPaperApplicationRoute } from '../shared/routes/register-paper-application.ts';
import { registerPaperApplication } from '../shared/use-cases/staff/paper-applications.ts';

/** Registers an application the office received on paper. */
export const handler = staffRoute(registerPaperApplicationRoute, async ({ params, headers, body }, staff, ports) =>
  registerPaperApplication(ports, staff, {
    roundId: params.roundId,
    request: body,
    idempotencyKey: headers.idempotencyKey,
  }),
);
