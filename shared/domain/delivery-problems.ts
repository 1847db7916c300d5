import type { Application } from '../schemas/application.ts';
import type { DeliveryProblem, NotificationKind, RecipientRole } from '../schemas/delivery-problem.ts';

/**
 * More than a handful means something is wrong with the addresses, which the first few already show; the cap
 * keeps a stored application small whatever the mail service reports.
 */
export const MAX_DELIVERY_PROBLEMS = 20;

/** What the mail service reported about one e-mail: a bounce or a complaint, for one or more of its addresses. */
export interface DeliveryReport {
  kind: DeliveryProblem['kind'];
  bounceType?: DeliveryProblem['bounceType'];
  at: string;
  feedbackId: string;
  notification?: NotificationKind;
  /** The addresses the report is about. Only compared, never kept. */
  addresses: readonly string[];
}

/**
 * The roles whose stored address is `address`, compared without regard to case or surrounding spaces. Both,
 * when the person and the representative share one address: neither of them can be reached at it.
 */
export function rolesAt(application: Application, address: string): RecipientRole[] {
  const wanted = normalised(address);
  const roles: RecipientRole[] = [];
  if (application.contact.email && normalised(application.contact.email) === wanted) roles.push('applicant');
  if (application.representative && normalised(application.representative.email) === wanted) {
    roles.push('representative');
  }
  return roles;
}

export interface ReportOutcome {
  /** The application's problems with the report's new ones added, in the order they were recorded. */
  problems: DeliveryProblem[];
  /** How many problems are new; 0 when the report was recorded before (a replay) or matches no address. */
  added: number;
  /** Addresses of the report that belong to neither the person nor the representative. */
  unmatched: number;
}

/**
 * Adds a report to the application's delivery problems: one problem per role whose address it names. A report
 * recorded before (the same feedback id for the same role) adds nothing, so a replayed event is recorded once.
 */
export function withReport(application: Application, report: DeliveryReport): ReportOutcome {
  const problems = [...(application.deliveryProblems ?? [])];
  let added = 0;
  let unmatched = 0;
  for (const address of report.addresses) {
    const roles = rolesAt(application, address);
    if (roles.length === 0) unmatched += 1;
    for (const recipient of roles) {
      const known = problems.some(
        (problem) => problem.feedbackId === report.feedbackId && problem.recipient === recipient,
      );
      if (known || problems.length >= MAX_DELIVERY_PROBLEMS) continue;
      problems.push({
        kind: report.kind,
        ...(report.kind === 'bounce' && { bounceType: report.bounceType ?? 'undetermined' }),
        at: report.at,
        recipient,
        ...(report.notification && { notification: report.notification }),
        feedbackId: report.feedbackId,
      });
      added += 1;
    }
  }
  return { problems, added, unmatched };
}

function normalised(address: string): string {
  return address.trim().toLowerCase();
}
