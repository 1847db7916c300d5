import type { MessageCode } from './messages.ts';

export interface FieldError {
  path: string;
  code: string;
  message: { lv: string; en: string };
}

/** The HTTP request itself is unusable (not JSON, too large, schema mismatch, missing header). */
export class HttpRequestError extends Error {
  readonly status: number;
  readonly code: MessageCode;
  readonly fields: readonly FieldError[] | undefined;
  constructor(status: number, code: MessageCode, fields?: readonly FieldError[]) {
    super(code);
    this.name = 'HttpRequestError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}
