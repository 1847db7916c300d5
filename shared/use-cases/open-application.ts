import { timingSafeEqual } from 'node:crypto';
import { isExpiredDraft } from '../domain/draft-expiry.ts';
import { ConflictError, NotFoundError } from '../domain/errors.ts';
import type { Ports } from '../ports/index.ts';
import type { Application } from '../schemas/application.ts';
import type { Round } from '../schemas/round.ts';
import { loadRound } from './load-round.ts';

/**
 * The application behind a reference, for the one who holds its access code. A wrong code and an unknown
 * reference give the same answer, so neither can be probed. A draft past its expiry is gone (`DRAFT_EXPIRED`, told
 * only to the holder of the code), even while storage has not deleted it yet.
 */
export async function openApplication(
  ports: Pick<Ports, 'applications' | 'keyring'>,
  reference: string,
  accessCode: string,
  /** When given, a draft past its expiry at this instant is refused; without it the caller checks it itself. */
  now?: Date,
): Promise<Application> {
  const expected = Buffer.from(ports.keyring.accessCode(reference));
  const given = Buffer.from(accessCode);
  const application =
    expected.length === given.length && timingSafeEqual(expected, given)
      ? await ports.applications.get(reference)
      : undefined;
  if (!application) throw new NotFoundError('APPLICATION_NOT_FOUND');
  if (now) refuseExpiredDraft(application, now);
  return application;
}

/**
 * The applicant's draft and its round, for a change to the draft (its answers, a document): a submitted
 * application is final. Whether the draft has expired is left to the caller, which checks it after its own rules.
 */
export async function openDraftToChange(
  ports: Pick<Ports, 'applications' | 'keyring' | 'rounds'>,
  input: { reference: string; accessCode: string },
): Promise<{ draft: Application; round: Round }> {
  const draft = await openApplication(ports, input.reference, input.accessCode);
  if (draft.status !== 'draft') throw new ConflictError('APPLICATION_ALREADY_SUBMITTED');
  return { draft, round: await loadRound(ports, draft.roundId) };
}

/** A draft past its expiry is gone: those who hold its code are told so, kindly, and start again. */
export function refuseExpiredDraft(application: Application, now: Date): void {
  if (isExpiredDraft(application, now)) throw new NotFoundError('DRAFT_EXPIRED');
}
