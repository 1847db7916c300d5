import { expect } from 'vitest';
import type { ErrorResponse } from '../../shared/schemas/api.ts';

/** An answer as the clients give it: its status and its parsed body. */
interface Answer {
  status: number;
  body: unknown;
}

/** The refusal in an answer's body, when it is one. */
export function errorOf(answer: { body: unknown }): ErrorResponse['error'] | undefined {
  return (answer.body as Partial<ErrorResponse> | undefined)?.error;
}

/** The refusal's fields as `<code>@<path>`, in its order. */
export function fieldsOf(answer: { body: unknown }): string[] {
  return (errorOf(answer)?.fields ?? []).map((field) => `${field.code}@${field.path}`);
}

/** The answer is the refusal `code` with `status`; the body is shown when it is not. */
export function expectRefused(answer: Answer, status: number, code: string): void {
  expect({ status: answer.status, code: errorOf(answer)?.code }, JSON.stringify(answer.body)).toEqual({
    status,
    code,
  });
}

/** The answer has `status`; the body is shown when it has not. */
export function expectOk(answer: Answer, status = 200): void {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
}
