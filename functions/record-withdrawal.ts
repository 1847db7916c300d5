import { jsonBody } from '../shared/http/request.ts';
import { json } from '../shared/http/responses.ts';
import { staffHandler } from '../shared/http/staff-handler.ts';
import { referenceParameter } from '../shared/http/staff-request.ts';
import { WithdrawalRequestSchema } from '../shared/schemas/selection-api.ts';
import { recordWithdrawal } from '../shared/use-cases/selection/record-withdrawal.ts';

/** PUT /staff/applications/{reference}/withdrawal: the person gave up; a freed place goes to the waiting list. */
export const handler = staffHandler('record-withdrawal', async (event, staff, ports) => {
  const reference = referenceParameter(event);
  const request = jsonBody(event, WithdrawalRequestSchema);
  return json(200, await recordWithdrawal(ports, staff, { reference, request }));
});
