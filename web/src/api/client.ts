import { texts } from '../i18n/texts.ts';
import type { ApiError, ApplicationRequest, Created, Round, RoundSummary, StatusAnswer, UploadForm } from './types.ts';

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

const networkError: ApiError = {
  code: 'NETWORK',
  message: { lv: texts.lv.common.networkError, en: texts.en.common.networkError },
  fields: [],
  status: 0,
};

function unreadableAnswer(status: number): ApiError {
  return {
    code: 'UNREADABLE_ANSWER',
    message: { lv: texts.lv.common.serverError, en: texts.en.common.serverError },
    fields: [],
    status,
  };
}

/** One call to the API on this origin. Never throws: a lost connection is an error answer like any other. */
async function call<T>(method: string, path: string, init: { body?: unknown; headers?: Record<string, string> } = {}) {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: {
        accept: 'application/json',
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...init.headers,
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      // The access code travels in a header; nothing of the application belongs in a cache.
      cache: 'no-store',
    });
  } catch {
    return { ok: false, error: networkError } satisfies ApiResult<T>;
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok && body !== undefined) return { ok: true, data: body as T } satisfies ApiResult<T>;
  return { ok: false, error: toApiError(response.status, body) } satisfies ApiResult<T>;
}

function toApiError(status: number, body: unknown): ApiError {
  const error = (body as { error?: Partial<ApiError> } | undefined)?.error;
  if (!error?.message?.lv || !error.message.en) return unreadableAnswer(status);
  return { code: error.code ?? 'UNKNOWN', message: error.message, fields: error.fields ?? [], status };
}

const withAccessCode = (accessCode: string) => ({ 'x-access-code': accessCode });
const encode = encodeURIComponent;

export const api = {
  rounds: () => call<{ rounds: RoundSummary[] }>('GET', '/rounds'),
  round: (roundId: string) => call<Round>('GET', `/rounds/${encode(roundId)}`),
  create: (roundId: string, body: ApplicationRequest, idempotencyKey: string) =>
    call<Created>('POST', `/rounds/${encode(roundId)}/applications`, {
      body,
      headers: { 'idempotency-key': idempotencyKey },
    }),
  replace: (created: Created, body: ApplicationRequest) =>
    call<StatusAnswer>('PUT', `/applications/${encode(created.reference)}`, {
      body,
      headers: withAccessCode(created.accessCode),
    }),
  uploadForm: (created: Created, type: string) =>
    call<UploadForm>('POST', `/applications/${encode(created.reference)}/documents/${encode(type)}`, {
      headers: withAccessCode(created.accessCode),
    }),
  submit: (created: Created) =>
    call<StatusAnswer>('POST', `/applications/${encode(created.reference)}/submission`, {
      headers: withAccessCode(created.accessCode),
    }),
  status: (created: Created) =>
    call<StatusAnswer>('GET', `/applications/${encode(created.reference)}`, {
      headers: withAccessCode(created.accessCode),
    }),
};
