import { NotFoundError } from '../../domain/errors.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { ScopedApplication } from '../../ports/scoped-application-repository.ts';
import type { AuditEntry } from '../../schemas/audit.ts';
import type { Round } from '../../schemas/round.ts';
import type { StaffApplicationResponse } from '../../schemas/staff-api.ts';
import { loadRound } from '../load-round.ts';
import { CHANGED } from '../retry-while-changed.ts';
import { staffApplicationView } from './staff-view.ts';

/*
 * A staff change to a submitted application (its review, its withdrawal, a correction of the person's details):
 * read through the staff member's scope, then stored with its audit entry in one transaction.
 */

/** The submitted application and its round; a draft is not found, as it is for every staff page. */
export async function openSubmitted(
  ports: StaffPorts,
  reference: string,
): Promise<{ application: ScopedApplication; round: Round }> {
  const application = await ports.applications.open(reference);
  if (application.status !== 'submitted') throw new NotFoundError('APPLICATION_NOT_FOUND', 'NOT_SUBMITTED');
  return { application, round: await loadRound(ports, application.roundId) };
}

/**
 * Stores the changed applications with the audit entry and answers with the staff view of the first: `CHANGED`
 * when someone else changed one in between, so the change is worked out again, and what is stored when an earlier
 * attempt of this request stored it already (its answer was lost).
 */
export async function saveAndView(
  ports: StaffPorts,
  round: Round,
  changed: readonly [ScopedApplication, ...ScopedApplication[]],
  audit: AuditEntry,
): Promise<StaffApplicationResponse | typeof CHANGED> {
  const saved = await ports.applications.saveReviewed(changed, audit);
  if (saved === 'changed') return CHANGED;
  const [shown] = changed;
  const stored = saved === 'saved-before' ? await ports.applications.open(shown.reference) : shown;
  return staffApplicationView(ports, stored, round);
}
