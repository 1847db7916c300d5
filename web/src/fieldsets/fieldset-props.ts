import type { LocalizedText } from '../api/types.ts';

/**
 * What a group of fields shares with the form around it. The applicant's steps and the office's paper form both
 * keep the answers exactly as typed and name errors by their path in the request, so one group serves both.
 */
export interface FieldsetProps<Value> {
  value: Value;
  onChange(change: Partial<Value>): void;
  errorOf(path: string): LocalizedText | undefined;
  /**
   * The details are the user's own, so the browser may fill them in. Never for someone else's details: a
   * representative's browser, or the office's, would fill in its own user's name.
   */
  autofill: boolean;
}
