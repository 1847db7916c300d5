import { type FunctionNeeds, STAFF_NEEDS } from '../../shared/function-needs.ts';
import {
  type Consumer,
  mailEventConsumers,
  type Route,
  routes,
  scheduledJobs,
  streamConsumers,
} from '../../shared/routes.ts';

export type { AuditAccess, BucketAccess, FunctionNeeds, TableAccess } from '../../shared/function-needs.ts';

const declared: readonly (Route | Consumer)[] = [
  ...routes,
  ...streamConsumers,
  ...mailEventConsumers,
  ...scheduledJobs,
];

/**
 * The access one function is granted (and told of), from its declaration in `shared/routes.ts`: least privilege,
 * decided per function in one place. A handler declared nowhere is a deployment error, not "needs nothing".
 */
export function needsOf(handler: string): FunctionNeeds {
  const declaration = declared.find((candidate) => candidate.handler === handler);
  if (!declaration) throw new Error(`"${handler}" is declared nowhere in shared/routes.ts: declare it there.`);
  const staff = 'access' in declaration && declaration.access !== 'public';
  return staff ? { ...STAFF_NEEDS, ...declaration.needs } : declaration.needs;
}
