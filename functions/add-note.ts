import { staffRoute } from '../shared/http/route-handler.ts';
import { addNote } from '../shared/use-cases/staff/review-decisions.ts';

/** Adds a note to the review. */
export const handler = staffRoute('add-note', async ({ params, body }, staff, ports) =>
  addNote(ports, staff, { reference: params.reference, request: body }),
);
