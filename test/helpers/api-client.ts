import { randomUUID } from 'node:crypto';
import type { CreateApplicationRequest } from '../../shared/schemas/application.ts';
import { files } from '../fixtures/personal-codes.ts';
import { expectResponseDocumented } from './openapi-contract.ts';

export interface ApiAnswer<T = Record<string, unknown>> {
  status: number;
  body: T;
}

/**
 * A thin HTTP client of the intake API, the way a browser or curl would call it. Every answer is held to the OpenAPI
 * document: one that differs from it fails the test that received it.
 */
export function apiClient(apiUrl: string) {
  async function call<T>(
    method: string,
    path: string,
    init: { body?: unknown; headers?: Record<string, string>; raw?: string } = {},
  ): Promise<ApiAnswer<T>> {
    const response = await fetch(`${apiUrl}${path}`, {
      method,
      headers: {
        ...(init.body !== undefined || init.raw !== undefined ? { 'content-type': 'application/json' } : {}),
        ...init.headers,
      },
      body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
    });
    const text = await response.text();
    expectResponseDocumented(method, path, response, text);
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as T };
  }
  const access = (accessCode: string) => ({ 'x-access-code': accessCode });

  return {
    call,
    round: (roundId: string) => call('GET', `/rounds/${roundId}`),
    create: (roundId: string, body: unknown, idempotencyKey: string = randomUUID()) =>
      call<{ reference: string; accessCode: string } & Record<string, unknown>>(
        'POST',
        `/rounds/${roundId}/applications`,
        {
          body,
          headers: { 'idempotency-key': idempotencyKey },
        },
      ),
    uploadForm: (reference: string, accessCode: string, type: string) =>
      call<{ url: string; fields: Record<string, string> }>('POST', `/applications/${reference}/documents/${type}`, {
        headers: access(accessCode),
      }),
    submit: (reference: string, accessCode: string) =>
      call('POST', `/applications/${reference}/submission`, { headers: access(accessCode) }),
    status: (reference: string, accessCode: string) =>
      call('GET', `/applications/${reference}`, { headers: access(accessCode) }),
    /** Asks for a form and posts the file to storage, as the browser does. Returns the storage's HTTP status. */
    async upload(reference: string, accessCode: string, type: string, content: Uint8Array, fileName = 'document.pdf') {
      const form = await this.uploadForm(reference, accessCode, type);
      if (form.status !== 200) throw new Error(`upload form refused: ${JSON.stringify(form.body)}`);
      return postUploadForm(form.body, content, fileName);
    },
    /**
     * A whole online application: created, its documents uploaded (the representative's authority too, when a
     * representative applies), submitted. Its reference; any refusal on the way fails the test.
     */
    async applyOnline(roundId: string, request: CreateApplicationRequest): Promise<string> {
      const created = await this.create(roundId, request);
      if (created.status !== 201) throw new Error(`application refused: ${JSON.stringify(created.body)}`);
      const { reference, accessCode } = created.body;
      const documents: [string, Uint8Array, string][] = [
        ['application-form', files.pdf(), 'document.pdf'],
        ['disability-proof', files.png(), 'proof.png'],
        ...(request.representative
          ? [['representative-authority', files.pdf(), 'document.pdf'] as [string, Uint8Array, string]]
          : []),
      ];
      for (const [type, content, fileName] of documents) {
        const status = await this.upload(reference, accessCode, type, content, fileName);
        if (status !== 204) throw new Error(`upload of ${type} answered ${status}`);
      }
      const submitted = await this.submit(reference, accessCode);
      if (submitted.status !== 200) throw new Error(`submission refused: ${JSON.stringify(submitted.body)}`);
      return reference;
    },
  };
}

/** Posts a file to storage with a presigned upload form, as the browser does; returns the storage's HTTP status. */
export async function postUploadForm(
  form: { url: string; fields: Record<string, string> },
  content: Uint8Array,
  fileName = 'document.pdf',
): Promise<number> {
  const data = new FormData();
  for (const [name, value] of Object.entries(form.fields)) data.append(name, value);
  data.append('file', new Blob([content]), fileName);
  return (await fetch(form.url, { method: 'POST', body: data })).status;
}
