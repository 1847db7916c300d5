import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema.ts';
import { ReviewStateSchema } from './review.ts';
import { QueueSortSchema } from './staff-api.ts';

/** What a queue cursor holds once decrypted: the list it was handed out for, and where the next page starts. */
export const QueueCursorSchema = lazySchema(() =>
  z.strictObject({
    list: z.enum(['queue', 'search']),
    roundId: z.string(),
    municipalityCode: z.string(),
    sort: QueueSortSchema,
    state: z.optional(ReviewStateSchema),
    after: z.string().check(z.minLength(1)),
    shown: z.int().check(z.minimum(1)),
  }),
);
