import type { RequestErrorCode, RequestErrorStatus } from './error-kinds.ts';

export interface FieldError {
  path: string;
  code: string;
  message: { lv: string; en: string };
}

/**
 * The HTTP request itself is unusable (not JSON, too large, schema mismatch, missing header). The status is the
 * one the error table gives the code (`REQUEST_ERROR_KIND`): a status that does not match its code does not compile.
 */
export class HttpRequestError<C extends RequestErrorCode = RequestErrorCode> extends Error {
  readonly status: number;
  readonly code: C;
  readonly fields: readonly FieldError[] | undefined;
  constructor(status: RequestErrorStatus<C>, code: C, fields?: readonly FieldError[]) {
    super(code);
    this.name = 'HttpRequestError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}
