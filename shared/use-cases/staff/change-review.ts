import type { StaffPorts } from '../../ports/index.ts';
import type { ScopedApplication } from '../../ports/scoped-application-repository.ts';
import type { Application } from '../../schemas/application.ts';
import type { Review } from '../../schemas/review.ts';
import type { Round } from '../../schemas/round.ts';
import type { StaffApplicationResponse } from '../../schemas/staff-api.ts';
import { retryWhileChanged } from '../retry-while-changed.ts';
import { auditEntry, type StaffContext } from './staff-context.ts';
import { openSubmitted, saveAndView } from './submitted-change.ts';

/**
 * Applies one staff change to the review of a submitted application and stores it with its audit entry in one
 * transaction. When someone else changed the application in between, the change is applied again to the fresh
 * copy; only when that keeps happening is the person asked to reload. A change is never stored twice for one
 * request: its audit entry, keyed by the request, can be written only once.
 */
export async function changeReview(
  ports: StaffPorts,
  staff: StaffContext,
  reference: string,
  change: (review: Review, application: Application, round: Round) => Review,
): Promise<StaffApplicationResponse> {
  return retryWhileChanged('APPLICATION_CHANGED', async () => {
    const { application, round } = await openSubmitted(ports, reference);
    const changed: ScopedApplication = { ...application, review: change(application.review ?? {}, application, round) };
    const audit = auditEntry(staff, {
      roundId: round.id,
      reference,
      municipalityCode: application.person.municipalityCode,
    });
    return saveAndView(ports, round, [changed], audit);
  });
}
