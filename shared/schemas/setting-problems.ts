import type * as z from 'zod/mini';

/**
 * What is wrong with a setting (an environment variable, a stage's value in cdk.json), in English for whoever
 * deploys. Zod mini's own messages say only "Invalid input" (its worded ones are its locales, which a function
 * need not carry), so a parse of settings passes this as its `error`; a message a schema sets itself comes first.
 * It never repeats the value, which may be a secret.
 */
export function settingProblem(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'not set' : `must be a ${issue.expected}`;
    case 'invalid_format':
      return `must be a valid ${issue.format}`;
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? 'empty' : `shorter than ${issue.minimum} characters`;
      return `must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `longer than ${issue.maximum} characters`;
      return `must be at most ${issue.maximum}`;
    default:
      return 'is not valid';
  }
}

/** Each issue of a failed parse of settings as `<path>: <problem>`; the path of an issue of the whole is `whole`. */
export function settingProblems(issues: readonly z.core.$ZodIssue[], whole: string): string[] {
  return issues.map((issue) => `${issue.path.join('.') || whole}: ${issue.message}`);
}
