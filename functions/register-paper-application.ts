import { jsonBody } from '../shared/http/request.ts';
import { json } from '../shared/http/responses.ts';
import { staffHandler } from '../shared/http/staff-handler.ts';
import { idempotencyKey, roundParameter } from '../shared/http/staff-request.ts';
import { PaperApplicationRequestSchema } from '../shared/schemas/staff-api.ts';
import { registerPaperApplication } from '../shared/use-cases/staff/paper-applications.ts';

/** POST /staff/rounds/{roundId}/paper-applications: registers an application the office received on paper. */
export const handler = staffHandler('register-paper-application', async (event, staff, ports) => {
  const roundId = roundParameter(event);
  const key = idempotencyKey(event);
  const request = jsonBody(event, PaperApplicationRequestSchema);
  return json(201, await registerPaperApplication(ports, staff, { roundId, request, idempotencyKey: key }));
});
