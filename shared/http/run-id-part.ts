import { NotFoundError } from '../domain/errors.ts';
import { RunIdSchema } from '../schemas/selection-api.ts';
import type { PathParameter } from './route-declaration.ts';

/**
 * The selection run a publication names. Apart from the other shared route parts (`route-parts.ts`) so that only
 * the function that publishes a run carries the selection's answer schemas for it.
 */
export const runId = {
  schema: RunIdSchema,
  invalid: () => new NotFoundError('SELECTION_NOT_RUN'),
} satisfies PathParameter;
