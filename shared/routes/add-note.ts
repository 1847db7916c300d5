import type { StaffRoute } from '../http/route-declaration.ts';
import type { StaffRun } from '../http/route-run.ts';
import { NoteRequestSchema } from '../schemas/staff-api.ts';
import { addNote } from '../use-cases/staff/review-decisions.ts';
import { applicationChange } from './application-change.ts';
import { reviewChange } from './review-change.ts';
import { applicationPath } from './staff-paths.ts';

export const addNoteRoute = {
  ...reviewChange,
  method: 'POST',
  path: `${applicationPath}/notes`,
  handler: 'add-note',
  action: 'note.add',
  summary: 'Staff: add a note to the review.',
  body: NoteRequestSchema,
} as const satisfies StaffRoute;

/** Adds a note to the review. */
export const run: StaffRun<typeof addNoteRoute> = async (input, staff, ports) =>
  addNote(ports, staff, applicationChange(input));
