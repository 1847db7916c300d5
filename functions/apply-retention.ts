import middy from '@middy/core';
import * as z from 'zod/mini';
import { getDeclaredPorts } from '../shared/composition.ts';
import { logContext, logger } from '../shared/logging/logger.ts';
import type { Ports } from '../shared/ports/index.ts';
import { applyRetentionNeeds } from '../shared/routes/consumer-needs.ts';
import { applyRetention, type RetentionRun } from '../shared/use-cases/retention/apply-retention.ts';

/**
 * Removals one run makes at most: each is a few requests (the mark, the document versions, the anonymised record
 * with its audit entry), so a full run takes well under a minute of the job's five, and the next run goes on.
 */
export const REMOVALS_PER_RUN = 200;

/**
 * What EventBridge Scheduler sends (its input names `<aws.scheduler.scheduled-time>`), and the local host's timer
 * with its own clock: the instant the run was due, which the periods are measured against.
 */
const ScheduledRunSchema = z.object({ scheduledTime: z.iso.datetime() });

/**
 * The retention job, run by the clock: removes the personal data whose round's period has ended, at most
 * `REMOVALS_PER_RUN` applications a run. A run that fails or is cut off is simply run again by the next schedule:
 * every removal is done and audited once. The log line of a run that removed anything gives counts only.
 */
export const makeHandler = (loadPorts: () => Promise<Ports>) =>
  middy<unknown, RetentionRun>()
    .use(logContext())
    .handler(async (event) => {
      const { scheduledTime } = ScheduledRunSchema.parse(event);
      const run = await applyRetention(await loadPorts(), new Date(scheduledTime), { limit: REMOVALS_PER_RUN });
      // A run that found nothing due says nothing: the local host runs the job every minute.
      if (run.removed.length > 0 || run.limitReached) {
        logger.info('retention-applied', { removed: run.removed.length, limitReached: run.limitReached });
      }
      return run;
    });

/** Built with the ports of this process; tests build it with ports of their own (`makeHandler`). */
export const handler = makeHandler(() => getDeclaredPorts(applyRetentionNeeds));
