import { documentsNeeded } from '../../domain/document-requirements.ts';
import { printedPersonalCode } from '../../domain/personal-code.ts';
import { reviewState } from '../../domain/review-rules.ts';
import type { Ports } from '../../ports/index.ts';
import type { Application } from '../../schemas/application.ts';
import type { AuditAction } from '../../schemas/audit.ts';
import type { Round } from '../../schemas/round.ts';
import type { HistoryEntry, StaffApplicationResponse } from '../../schemas/staff-api.ts';

/** What changed an application; reads are in the audit log, but they are not its history. */
const CHANGES = new Set<AuditAction>([
  'documents.check',
  'eligibility.decide',
  'scores.record',
  'note.add',
  'duplicates.resolve',
  'paper.register',
  'paper.submit',
  'personal-details.correct',
]);

/** An application as its social service sees it: every field, the personal code decrypted, and its history. */
export async function staffApplicationView(
  ports: Pick<Ports, 'keyring' | 'audit'>,
  application: Application,
  round: Round,
): Promise<StaffApplicationResponse> {
  const { personalCode, revision: _revision, ...fields } = application;
  return {
    application: {
      ...fields,
      personalCode: {
        value: printedPersonalCode(ports.keyring.decrypt(personalCode.encrypted)),
        format: personalCode.format,
        checksumMismatch: application.flags.personalCodeChecksumMismatch ?? false,
      },
      state: reviewState(application),
      // The mail service's ids are for recording each report once; staff need what happened, to whom and when.
      deliveryProblems: (application.deliveryProblems ?? []).map(({ feedbackId: _feedbackId, ...problem }) => problem),
    },
    round: {
      id: round.id,
      name: round.name,
      criteria: round.criteria,
      // This application's documents: the proof of authority when a representative applied, no form when not needed.
      requiredDocuments: documentsNeeded(round, application),
      window: round.window,
    },
    history: await historyOf(ports, application),
  };
}

async function historyOf(ports: Pick<Ports, 'audit'>, application: Application): Promise<HistoryEntry[]> {
  const own: HistoryEntry[] = [{ at: application.createdAt, action: 'created' }];
  if (application.channel === 'paper' && application.receivedAt) {
    own.push({ at: application.receivedAt, action: 'received-at-office' });
  } else if (application.receivedAt) own.push({ at: application.receivedAt, action: 'submitted' });
  const staff = (await ports.audit.forApplication(application.reference))
    .filter((entry) => entry.outcome === 'succeeded' && CHANGES.has(entry.action))
    .map((entry) => ({ at: entry.at, action: entry.action, ...(entry.actor && { by: entry.actor.username }) }));
  return [...own, ...staff].sort((a, b) => a.at.localeCompare(b.at));
}
