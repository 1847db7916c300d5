import type { StaffApplicationResponse } from '../api/types.ts';
import type { FormFeedback } from '../components/use-form-feedback.ts';

/** What each decision form of the application page gets: the application, the page's errors, and where to report a save. */
export interface ReviewFormProps {
  view: StaffApplicationResponse;
  feedback: FormFeedback;
  onSaved(view: StaffApplicationResponse): void;
}
