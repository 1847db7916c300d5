import { anonymisedApplication, anonymisedPlan, REMOVAL_REASONS } from '../../domain/anonymisation.ts';
import type { Ports } from '../../ports/index.ts';
import type { Application } from '../../schemas/application.ts';
import type { AuditEntry } from '../../schemas/audit.ts';
import type { RetentionRule } from '../../schemas/retention.ts';

/** How one removal ended: done now, done by an earlier attempt, or not done because the application changed. */
export type RemovalOutcome = 'anonymised' | 'anonymised-before' | 'changed';

type RemovalPorts = Pick<Ports, 'retention' | 'documentErasure' | 'supportPlans'>;

/**
 * Removes an application's personal data, in the order that keeps every step safe to cut off and repeat: first
 * the application is marked (which no hold can follow, and which a held or changed application refuses), then
 * every version of its documents is deleted, then the anonymised record takes its place, with the plan stripped
 * and the audit entry, in one transaction. Cut off after the mark or the documents, the next attempt finds it
 * marked and finishes it under the rule it began with. `changed`: it was held or changed meanwhile, so nothing
 * was removed (or only documents of an application already marked); the caller reads it again.
 *
 * @param audit The entry of the removal without its reason: the reason names the rule it is done under.
 */
export async function removePersonalData(
  ports: RemovalPorts,
  application: Application,
  rule: RetentionRule,
  audit: AuditEntry,
  now: Date,
): Promise<RemovalOutcome> {
  const marked = application.erasure
    ? application
    : await ports.retention.beginErasure(application, { rule, since: now.toISOString() });
  if (marked === 'changed' || !marked.erasure) return 'changed';
  const { roundId, reference } = marked;
  await ports.documentErasure.eraseDocuments({ roundId, reference });
  const anonymisation = { at: now.toISOString(), rule: marked.erasure.rule };
  const plan = await ports.supportPlans.get({ roundId, municipalityCode: marked.person.municipalityCode, reference });
  return ports.retention.anonymise(
    {
      application: marked,
      record: anonymisedApplication(marked, anonymisation),
      ...(plan && { plan: { read: plan, anonymised: anonymisedPlan(plan, anonymisation.at) } }),
    },
    { ...audit, reason: REMOVAL_REASONS[anonymisation.rule] },
  );
}
