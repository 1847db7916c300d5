import { roundId } from '../http/route-parts.ts';

/** What reading a municipality's queue touches: the round, and the queue's own entries and counts. */
export const queueNeeds = { table: 'read', repositories: ['rounds', 'applications'] } as const;

/** A read of a round's queue whose query or body may be malformed. */
export const queueRead = { access: 'staff', params: { roundId }, refusals: [422], needs: queueNeeds } as const;
