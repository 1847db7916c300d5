import { type ApiResult, api } from './client.ts';
import type { ApiError, Created, DocumentType, UploadForm } from './types.ts';

export type UploadOutcome =
  | { ok: true }
  /** The API refused to hand out a form (e.g. the round closed): its message says why. */
  | { ok: false; kind: 'refused'; error: ApiError }
  /** The file did not reach storage: the connection broke or storage said no. Trying again may help. */
  | { ok: false; kind: 'failed' };

/**
 * Asks for a fresh upload form right before sending, so no form can expire while the person reads, then posts the
 * file straight to storage.
 */
export async function uploadDocument(
  created: Created,
  type: DocumentType,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<UploadOutcome> {
  return uploadWithForm(() => api.uploadForm(created, type), file, onProgress);
}

/**
 * Asks for an upload form with `askForForm` (the applicant's or, for a paper application, the social service's)
 * and posts the file with it. XMLHttpRequest rather than fetch, because only it reports upload progress.
 */
export async function uploadWithForm(
  askForForm: () => Promise<ApiResult<UploadForm>>,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<UploadOutcome> {
  const form = await askForForm();
  if (!form.ok)
    return form.error.code === 'NETWORK'
      ? { ok: false, kind: 'failed' }
      : { ok: false, kind: 'refused', error: form.error };

  const data = new FormData();
  // Storage reads the policy fields first; the file must be the last field.
  for (const [name, value] of Object.entries(form.data.fields)) data.append(name, value);
  data.append('file', file, file.name);

  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', form.data.url);
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    });
    request.addEventListener('load', () =>
      resolve(request.status >= 200 && request.status < 300 ? { ok: true } : { ok: false, kind: 'failed' }),
    );
    request.addEventListener('error', () => resolve({ ok: false, kind: 'failed' }));
    request.addEventListener('abort', () => resolve({ ok: false, kind: 'failed' }));
    request.send(data);
  });
}
