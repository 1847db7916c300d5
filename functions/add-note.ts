import { staffRoute } from '../shared/http/staff-route.ts';
import { addNoteRoute } from '../shared/routes/add-note.ts';
import { addNote } from '../shared/use-cases/staff/review-decisions.ts';

/** Adds a note to the review. */
export const handler = staffRoute(addNoteRoute, async ({ params, body }, staff, ports) =>
  addNote(ports, staff, { reference: params.reference, request: body }),
);
