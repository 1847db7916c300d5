import { staffRoute } from '../shared/http/staff-route.ts';
import { submitPaperApplicationRoute } from '../shared/routes/submit-paper-application.ts';
import { submitPaperApplication } from '../shared/use-cases/staff/paper-applications.ts';

/** Submits a registered paper application once its scans have arrived. */
export const handler = staffRoute(submitPaperApplicationRoute, async ({ params }, staff, ports) =>
  submitPaperApplication(ports, staff, params.reference),
);
