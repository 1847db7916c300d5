import { fileURLToPath } from 'node:url';
import { mailEventConsumers, routes, scheduledJobs, streamConsumers } from '../../shared/routes.ts';

/** Root of the project: the lock file and `functions/` live here. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Every handler the CDK deploys: one per route row plus the stream and mail event consumers and the scheduled
 * jobs, in table order.
 */
export const DEPLOYED_HANDLERS: readonly string[] = [
  ...routes.map((route) => route.handler),
  ...streamConsumers.map((consumer) => consumer.handler),
  ...mailEventConsumers.map((consumer) => consumer.handler),
  ...scheduledJobs.map((job) => job.handler),
];

/** `functions/<handler>.ts`, the one file a route row names; absolute so synth works from any directory. */
export function functionEntry(handler: string): string {
  return fileURLToPath(new URL(`../../functions/${handler}.ts`, import.meta.url));
}
