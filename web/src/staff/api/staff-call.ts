import type { ApiResult } from '../../api/client.ts';
import type { ApiError } from '../../api/types.ts';
import { texts } from '../../i18n/texts.ts';

export type { ApiResult };

const networkError: ApiError = {
  code: 'NETWORK',
  message: { lv: texts.lv.common.networkError, en: texts.en.common.networkError },
  fields: [],
  status: 0,
};

/** A file the API answered with, e.g. the CSV export. */
export interface DownloadedFile {
  blob: Blob;
  /** From the answer's Content-Disposition, when it names one. */
  fileName: string | undefined;
}

export interface StaffCallInit {
  body?: unknown;
  headers?: Record<string, string>;
  query?: Record<string, string | undefined>;
}

/**
 * One staff request on this origin, with the ID token as `Authorization: Bearer …` (never in the address, where
 * logs and the browser history would keep it). Never throws: a lost connection is an error answer like any other.
 */
export async function staffCall<T>(
  token: string,
  method: string,
  path: string,
  init: StaffCallInit = {},
): Promise<ApiResult<T>> {
  const answer = await send(token, method, path, init, 'application/json');
  if ('error' in answer) return answer;
  const body: unknown = await answer.response.json().catch(() => undefined);
  if (answer.response.ok && body !== undefined) return { ok: true, data: body as T };
  return { ok: false, error: toApiError(answer.response.status, body) };
}

/** A staff request whose answer is a file rather than JSON. */
export async function staffDownload(
  token: string,
  path: string,
  init: StaffCallInit = {},
): Promise<ApiResult<DownloadedFile>> {
  const answer = await send(token, 'GET', path, init, 'text/csv, application/json');
  if ('error' in answer) return answer;
  const { response } = answer;
  if (!response.ok) {
    return { ok: false, error: toApiError(response.status, await response.json().catch(() => undefined)) };
  }
  return {
    ok: true,
    data: { blob: await response.blob(), fileName: fileNameOf(response.headers.get('content-disposition')) },
  };
}

async function send(
  token: string,
  method: string,
  path: string,
  init: StaffCallInit,
  accept: string,
): Promise<{ response: Response } | { ok: false; error: ApiError }> {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(init.query ?? {})) if (value) query.set(name, value);
  const search = query.toString() ? `?${query}` : '';
  try {
    const response = await fetch(`${path}${search}`, {
      method,
      headers: {
        accept,
        authorization: `Bearer ${token}`,
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...init.headers,
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      // Personal data: nothing of it belongs in a cache.
      cache: 'no-store',
    });
    return { response };
  } catch {
    return { ok: false, error: networkError };
  }
}

function toApiError(status: number, body: unknown): ApiError {
  const error = (body as { error?: Partial<ApiError> } | undefined)?.error;
  if (!error?.message?.lv || !error.message.en) {
    return {
      code: 'UNREADABLE_ANSWER',
      message: { lv: texts.lv.common.serverError, en: texts.en.common.serverError },
      fields: [],
      status,
    };
  }
  return { code: error.code ?? 'UNKNOWN', message: error.message, fields: error.fields ?? [], status };
}

function fileNameOf(disposition: string | null): string | undefined {
  const match = /filename="?([^";]+)"?/i.exec(disposition ?? '');
  return match?.[1];
}
