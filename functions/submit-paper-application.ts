import { json } from '../shared/http/responses.ts';
import { staffHandler } from '../shared/http/staff-handler.ts';
import { referenceParameter } from '../shared/http/staff-request.ts';
import { submitPaperApplication } from '../shared/use-cases/staff/paper-applications.ts';

/** POST /staff/applications/{reference}/paper-submission: submits a registered paper application. */
export const handler = staffHandler('submit-paper-application', async (event, staff, ports) => {
  return json(200, await submitPaperApplication(ports, staff, referenceParameter(event)));
});
