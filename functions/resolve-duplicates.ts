import { jsonBody } from '../shared/http/request.ts';
import { json } from '../shared/http/responses.ts';
import { staffHandler } from '../shared/http/staff-handler.ts';
import { referenceParameter } from '../shared/http/staff-request.ts';
import { DuplicateResolutionRequestSchema } from '../shared/schemas/staff-api.ts';
import { resolveDuplicates } from '../shared/use-cases/staff/duplicates.ts';

/** PUT /staff/applications/{reference}/duplicate-resolution: which of the person's applications stands, and why. */
export const handler = staffHandler('resolve-duplicates', async (event, staff, ports) => {
  const reference = referenceParameter(event);
  const request = jsonBody(event, DuplicateResolutionRequestSchema);
  return json(200, await resolveDuplicates(ports, staff, { reference, request }));
});
