import { api } from '../api/client.ts';
import type { ApiError, Language } from '../api/types.ts';
import type { Draft } from './draft.ts';
import { requestBody } from './request-body.ts';

export type SaveOutcome = { ok: true; draft: Draft } | { ok: false; draft: Draft; error: ApiError };

/** Whether the server's copy of the draft differs from the answers on screen. */
export function needsSaving(draft: Draft, language: Language): boolean {
  return draft.savedBody !== JSON.stringify(requestBody(draft.answers, language));
}

/**
 * Stores the answers on the server: creates the draft application the first time (POST with the draft's
 * idempotency key), replaces its answers afterwards (PUT).
 *
 * A create whose answer was lost may still have been stored. Retrying with the same key and the same answers
 * returns that application; with changed answers the server refuses the key. Then the lost request is sent again
 * to learn the application's number, and the new answers follow with PUT, so there is never a second application.
 */
export async function saveApplication(draft: Draft, language: Language): Promise<SaveOutcome> {
  const body = requestBody(draft.answers, language);
  const json = JSON.stringify(body);
  if (draft.created) {
    if (draft.savedBody === json) return { ok: true, draft };
    const replaced = await api.replace(draft.created, body);
    return replaced.ok
      ? { ok: true, draft: { ...draft, savedBody: json } }
      : { ok: false, draft, error: replaced.error };
  }

  const created = await api.create(draft.roundId, body, draft.idempotencyKey);
  if (created.ok) {
    const { reference, accessCode } = created.data;
    return {
      ok: true,
      draft: { ...draft, created: { reference, accessCode }, savedBody: json, uncertainBody: undefined },
    };
  }
  if (created.error.code === 'IDEMPOTENCY_KEY_REUSED' && draft.uncertainBody) {
    const lost = await api.create(draft.roundId, JSON.parse(draft.uncertainBody), draft.idempotencyKey);
    if (lost.ok) {
      const { reference, accessCode } = lost.data;
      return saveApplication(
        { ...draft, created: { reference, accessCode }, savedBody: draft.uncertainBody, uncertainBody: undefined },
        language,
      );
    }
  }
  // No answer, or the server failed: it may have stored the application. Remember what was sent.
  const unknownOutcome = created.error.status === 0 || created.error.status >= 500;
  return { ok: false, draft: unknownOutcome ? { ...draft, uncertainBody: json } : draft, error: created.error };
}
