import { createHash } from 'node:crypto';
import { ConflictError } from '../domain/errors.ts';
import { draftReferences, REFERENCE_DRAWS } from '../domain/reference.ts';
import type { ApplicationRepository } from '../ports/application-repository.ts';
import type { Ports } from '../ports/index.ts';
import type { Application } from '../schemas/application.ts';
import type { AuditEntry } from '../schemas/audit.ts';

/**
 * Stores a new draft under a fresh reference number, exactly once per idempotency key: a retry with the same key
 * gets the first draft's reference again, and the same key with another request is refused. The references are
 * drawn from the key (`draftReferences`), so the draft carries its own idempotency record and a retry finds it
 * where the first attempt stored it: one write, with no record elsewhere to keep in step. `audit` is written with
 * the draft; a replay stores nothing, so the caller records it.
 */
export async function storeNewDraft(
  // Only what a draft needs, so a staff member's scoped view of the applications serves as well as the whole store.
  ports: { applications: Pick<ApplicationRepository, 'createDraft' | 'idempotencyRecord'> },
  input: {
    draft: (reference: string) => Application;
    /** What makes two requests the same one: the scope (round, channel) and the client's key. */
    idempotencyScope: string;
    request: unknown;
    /** The audit entry of a staff member's draft, written in the same transaction. */
    audit?: (reference: string) => AuditEntry;
  },
): Promise<{ reference: string; replayed: boolean }> {
  const idempotency = idempotencyOf(input.idempotencyScope, input.request);
  for (const reference of draftReferences(idempotency.keyHash)) {
    const result = await ports.applications.createDraft(
      input.draft(reference),
      { ...idempotency, reference },
      input.audit?.(reference),
    );
    if (result.outcome === 'created') return { reference, replayed: false };
    if (result.outcome === 'replayed') {
      if (result.record.requestHash !== idempotency.requestHash) throw new ConflictError('IDEMPOTENCY_KEY_REUSED');
      return { reference: result.record.reference, replayed: true };
    }
  }
  throw new Error(`No free reference number after ${REFERENCE_DRAWS} draws`);
}

/**
 * The reference a known idempotency key was first answered with, for a request the rules refuse now (say, intake
 * closed since the first attempt): a retry gets the answer the first attempt got, whatever the clock says. The
 * same key with another request is refused as always; an unknown key gives `undefined`, and the rules' refusal
 * stands.
 */
export async function storedDraftOf(
  ports: Pick<Ports, 'applications'>,
  input: { idempotencyScope: string; request: unknown },
): Promise<{ reference: string } | undefined> {
  const idempotency = idempotencyOf(input.idempotencyScope, input.request);
  const record = await ports.applications.idempotencyRecord(idempotency.keyHash);
  if (!record) return undefined;
  if (record.requestHash !== idempotency.requestHash) throw new ConflictError('IDEMPOTENCY_KEY_REUSED');
  return { reference: record.reference };
}

/**
 * The key's SHA-256 in full (the references are drawn from it); of the request's, the first 128 bits, plenty to
 * tell two requests apart and small enough to ride along in the draft.
 */
function idempotencyOf(scope: string, request: unknown) {
  return {
    keyHash: createHash('sha256').update(scope).digest('hex'),
    requestHash: createHash('sha256').update(JSON.stringify(request)).digest().subarray(0, 16).toString('base64url'),
  };
}
