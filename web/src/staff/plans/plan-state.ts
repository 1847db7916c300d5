import type { StaffTexts } from '../i18n/texts.ts';
import type { PlanState } from './plan-types.ts';

/** Where a plan stands, in words: no plan, a version not agreed yet, agreed, or ended (and how). */
export function planStateText(s: StaffTexts, plan: PlanState): string {
  switch (plan.state) {
    case 'none':
      return s.plans.states.none;
    case 'draft':
      return s.plans.states.draft(plan.version);
    case 'agreed':
      return s.plans.states.agreed(plan.version);
    case 'ended':
      return s.plans.states.ended[plan.end];
  }
}
