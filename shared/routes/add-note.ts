import type { StaffRoute } from '../http/route-declaration.ts';
import { reference } from '../http/route-parts.ts';
import type { StaffRun } from '../http/route-run.ts';
import { NoteRequestSchema } from '../schemas/staff-api.ts';
import { reviewAnswer } from './staff-answers.ts';
import { applicationPath } from './staff-paths.ts';

export const addNoteRoute = {
  method: 'POST',
  path: `${applicationPath}/notes`,
  handler: 'add-note',
  access: 'staff',
  action: 'note.add',
  summary: 'Staff: add a note to the review.',
  params: { reference },
  body: NoteRequestSchema,
  answers: reviewAnswer,
  refusals: [409, 422],
  needs: { table: 'readWrite', repositories: ['rounds', 'applications'], audit: 'appendAndHistory' },
} as const satisfies StaffRoute;

/** What the run calls; `functions/add-note.ts` imports it. */
type Uses = typeof import('../use-cases/staff/review-decisions.ts');

/** Adds a note to the review. */
export const run: StaffRun<typeof addNoteRoute, Uses> = async ({ addNote }, { params, body }, staff, ports) =>
  addNote(ports, staff, { reference: params.reference, request: body });
