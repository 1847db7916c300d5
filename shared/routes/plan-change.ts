import { reference } from '../http/route-parts.ts';
import { planAnswer } from './staff-answers.ts';

/**
 * A social worker's change of a participant's support plan, reached through their application (so the
 * municipality rule of the application holds for it), over the plan's revision the change was made on; it answers
 * with the whole plan.
 */
export const planChange = {
  access: 'staff',
  params: { reference },
  answers: planAnswer,
  refusals: [409, 422],
  needs: { table: 'readWrite', repositories: ['applications', 'serviceYears', 'supportPlans'] },
} as const;
