import { jsonBody } from '../shared/http/request.ts';
import { json } from '../shared/http/responses.ts';
import { staffHandler } from '../shared/http/staff-handler.ts';
import { roundParameter } from '../shared/http/staff-request.ts';
import { ExtendIntakeRequestSchema } from '../shared/schemas/round.ts';
import { extendIntake } from '../shared/use-cases/admin/extend-intake.ts';

/** PUT /staff/rounds/{roundId}/intake-window: an administrator moves the last day later (and so re-opens). */
export const handler = staffHandler('extend-intake', async (event, staff, ports) => {
  const roundId = roundParameter(event);
  const request = jsonBody(event, ExtendIntakeRequestSchema);
  return json(200, await extendIntake(ports, staff, { roundId, request }));
});
