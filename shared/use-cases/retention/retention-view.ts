import { NotFoundError } from '../../domain/errors.ts';
import { erasureRefusal, retentionDue } from '../../domain/retention-rules.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { ScopedApplication } from '../../ports/scoped-application-repository.ts';
import type { AnonymisedApplication, RetentionResponse } from '../../schemas/retention.ts';
import { loadRound } from '../load-round.ts';

/** An application as the retention pages find it: live (read through the staff scope), or its anonymised record. */
export type RetentionSubject = { application: ScopedApplication } | { record: AnonymisedApplication };

/**
 * The submitted application for the staff member's scope, or, once its personal data is removed, its anonymised
 * record, which answers another municipality's staff as not found just as the application did.
 */
export async function openRetentionSubject(ports: StaffPorts, reference: string): Promise<RetentionSubject> {
  try {
    const application = await ports.applications.open(reference);
    if (application.status !== 'submitted') throw new NotFoundError('APPLICATION_NOT_FOUND', 'NOT_SUBMITTED');
    return { application };
  } catch (error) {
    if (!(error instanceof NotFoundError) || error.hiddenReason) throw error;
    const record = await ports.retention.anonymisedRecord(reference);
    if (!record) throw error;
    if (!ports.applications.covers(record.municipalityCode)) {
      throw new NotFoundError('APPLICATION_NOT_FOUND', 'OTHER_MUNICIPALITY');
    }
    return { record };
  }
}

/** Where the application stands with its municipality: what the audit entry of a retention request names. */
export function retentionTarget(subject: RetentionSubject) {
  const { roundId, reference } = 'record' in subject ? subject.record : subject.application;
  const municipalityCode =
    'record' in subject ? subject.record.municipalityCode : subject.application.person.municipalityCode;
  return { roundId, reference, municipalityCode };
}

/**
 * How long the application's personal data is kept and whether it may be erased on request now; once removed,
 * when and under which rule.
 */
export async function retentionView(ports: StaffPorts, subject: RetentionSubject): Promise<RetentionResponse> {
  const target = retentionTarget(subject);
  if ('record' in subject) {
    return { ...target, anonymised: subject.record.anonymised };
  }
  const { application } = subject;
  const round = await loadRound(ports, application.roundId);
  const [tookPart, year, plan] = await Promise.all([
    tookPartInPublished(ports, application),
    ports.serviceYears.get(round.id),
    ports.supportPlans.get(target),
  ]);
  const due = retentionDue(round.retention, { application, plan, serviceMonths: year?.months });
  const refusal = erasureRefusal(application, tookPart);
  return {
    ...target,
    name: `${application.person.firstName} ${application.person.lastName}`,
    ...(application.hold && { hold: application.hold }),
    ...(application.erasure && { erasureUnderWay: application.erasure }),
    ...(due && { due: { rule: due.rule, at: due.at.toISOString() } }),
    erasure: refusal ? { allowed: false, refusal } : { allowed: true },
  };
}

/**
 * Whether a published run counted the application among its inputs: its result must stay provable, even while
 * the result is still being written to each application.
 */
export async function tookPartInPublished(
  ports: Pick<StaffPorts, 'selectionRuns'>,
  application: ScopedApplication,
): Promise<boolean> {
  const run = await ports.selectionRuns.latest(application.roundId);
  if (run?.status !== 'published') return false;
  const rows = await ports.selectionRuns.rows(application.roundId, run.runId, application.person.municipalityCode);
  return rows.some((row) => row.reference === application.reference);
}
