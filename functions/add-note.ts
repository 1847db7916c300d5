import { jsonBody } from '../shared/http/request.ts';
import { json } from '../shared/http/responses.ts';
import { staffHandler } from '../shared/http/staff-handler.ts';
import { referenceParameter } from '../shared/http/staff-request.ts';
import { NoteRequestSchema } from '../shared/schemas/staff-api.ts';
import { addNote } from '../shared/use-cases/staff/review-decisions.ts';

/** POST /staff/applications/{reference}/notes: adds a note to the review. */
export const handler = staffHandler('add-note', async (event, staff, ports) => {
  const reference = referenceParameter(event);
  const request = jsonBody(event, NoteRequestSchema);
  return json(200, await addNote(ports, staff, { reference, request }));
});
