import { type DeliveryReport, withReport } from '../domain/delivery-problems.ts';
import type { Ports } from '../ports/index.ts';
import { CHANGED, retryWhileChanged } from './retry-while-changed.ts';

/** A bounce or complaint, with the reference of the application whose e-mail it was. */
export type ApplicationDeliveryReport = DeliveryReport & { reference: string };

/**
 * `recorded`: new problems are on the application. `already-recorded`: this report was recorded before (a
 * replay), or the application has as many problems as it keeps. `unknown-reference`: no such application.
 * `not-its-recipient`: the report names none of the application's addresses. `draft-link`: it was the e-mail with
 * the link to a draft, which is the applicant's alone (staff see no drafts, and the person is on the form, where
 * the page shows the address): nothing is recorded, so it can never race the submission's write.
 */
export type DeliveryReportOutcome =
  | 'recorded'
  | 'already-recorded'
  | 'unknown-reference'
  | 'not-its-recipient'
  | 'draft-link';

/**
 * Records a bounce or complaint on the application, so its social service sees that the person or the
 * representative did not get the e-mail and can reach them another way. Worked out again on a fresh copy when a
 * staff change got in between; the same report delivered twice is recorded once.
 */
export async function recordDeliveryProblem(
  ports: Pick<Ports, 'applications'>,
  report: ApplicationDeliveryReport,
): Promise<DeliveryReportOutcome> {
  if (report.notification === 'draft-saved') return 'draft-link';
  return retryWhileChanged('APPLICATION_CHANGED', async () => {
    const application = await ports.applications.get(report.reference);
    if (!application) return 'unknown-reference';
    const outcome = withReport(application, report);
    if (outcome.added === 0) {
      return outcome.unmatched === report.addresses.length ? 'not-its-recipient' : 'already-recorded';
    }
    const saved = await ports.applications.saveDeliveryProblems({ ...application, deliveryProblems: outcome.problems });
    return saved === 'changed' ? CHANGED : 'recorded';
  });
}
