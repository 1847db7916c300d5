import type { FormFeedback } from '../components/use-form-feedback.ts';
import type { PlanResponse } from './plan-types.ts';

/**
 * What every form of the plan page shares: the page's one feedback, whose error summary lists the problems of
 * the form just sent, and what to do with the plan a save answers with.
 */
export interface PlanFormProps {
  feedback: FormFeedback;
  onSaved(plan: PlanResponse): void;
}
