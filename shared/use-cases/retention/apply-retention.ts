import { earliestDue, retentionDue } from '../../domain/retention-rules.ts';
import type { Ports } from '../../ports/index.ts';
import type { Application } from '../../schemas/application.ts';
import type { AuditEntry } from '../../schemas/audit.ts';
import type { RetentionRule } from '../../schemas/retention.ts';
import type { Round } from '../../schemas/round.ts';
import type { SupportPlan } from '../../schemas/support-plan.ts';
import { removePersonalData } from './remove-personal-data.ts';

/** What one run of the retention job did. */
export interface RetentionRun {
  /** The applications whose personal data this run removed, in the order it did. */
  removed: Array<{ reference: string; rule: RetentionRule }>;
  /** True when the run stopped at its limit: more may be due, and the next run goes on. */
  limitReached: boolean;
}

type RetentionPorts = Pick<
  Ports,
  'rounds' | 'selectionRuns' | 'applications' | 'serviceYears' | 'supportPlans' | 'retention' | 'documentErasure'
>;

/**
 * The retention job: removes the personal data of every application whose round's period has ended at `now`, at
 * most `limit` of them per run, keeping the anonymised record. Nothing is due before a round's selection is
 * published, and a round whose earliest period has not ended is not read further. A held application is passed
 * by; one whose removal began (and was cut off) is finished. Each removal is done and audited once, in one
 * transaction, so a run cut off half-way leaves the rest to the next, and running again removes and audits
 * nothing more. An application changed while it was being removed is left to the next run.
 */
export async function applyRetention(
  ports: RetentionPorts,
  now: Date,
  { limit }: { limit: number },
): Promise<RetentionRun> {
  const removed: RetentionRun['removed'] = [];
  for (const round of await ports.rounds.list()) {
    for (const due of await dueApplications(ports, round, now)) {
      if (removed.length >= limit) return { removed, limitReached: true };
      const outcome = await removePersonalData(
        ports,
        due.application,
        due.rule,
        removalEntry(due.application, now),
        now,
      );
      if (outcome === 'anonymised') removed.push({ reference: due.application.reference, rule: due.rule });
    }
  }
  return { removed, limitReached: false };
}

/** The round's applications whose period has ended, unheld, in the round's municipality order. */
async function dueApplications(
  ports: RetentionPorts,
  round: Round,
  now: Date,
): Promise<Array<{ application: Application; rule: RetentionRule }>> {
  const run = await ports.selectionRuns.latest(round.id);
  const publishedAt = run?.status === 'published' ? run.publishedAt : undefined;
  if (!publishedAt || earliestDue(round.retention, publishedAt) > now) return [];
  const [year, plans] = await Promise.all([ports.serviceYears.get(round.id), ports.supportPlans.list(round.id)]);
  const planOf = new Map<string, SupportPlan>(plans.map((plan) => [plan.reference, plan]));
  const due: Array<{ application: Application; rule: RetentionRule }> = [];
  for (const { code } of round.municipalities) {
    for (const application of await ports.applications.queue(round.id, code)) {
      if (application.hold) continue;
      if (application.erasure) {
        due.push({ application, rule: application.erasure.rule });
        continue;
      }
      const ends = retentionDue(round.retention, {
        application,
        plan: planOf.get(application.reference),
        serviceMonths: year?.months,
      });
      if (ends && ends.at <= now) due.push({ application, rule: ends.rule });
    }
  }
  return due;
}

/**
 * The job's audit entry: no staff member; its id is the application's own, so the entry of one removal is the
 * same whichever attempt stores it.
 */
function removalEntry(application: Application, now: Date): AuditEntry {
  return {
    id: `retention-${application.reference}`,
    at: now.toISOString(),
    action: 'retention.anonymise',
    roundId: application.roundId,
    reference: application.reference,
    municipalityCode: application.person.municipalityCode,
    outcome: 'succeeded',
  };
}
