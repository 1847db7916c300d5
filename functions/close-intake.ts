import { json } from '../shared/http/responses.ts';
import { staffHandler } from '../shared/http/staff-handler.ts';
import { roundParameter } from '../shared/http/staff-request.ts';
import { closeIntake } from '../shared/use-cases/admin/close-intake.ts';

/** POST /staff/rounds/{roundId}/intake-closure: an administrator closes an open intake early. */
export const handler = staffHandler('close-intake', async (event, staff, ports) => {
  return json(200, await closeIntake(ports, staff, roundParameter(event)));
});
