import { REPRESENTATIVE_AUTHORITY } from '../../domain/document-requirements.ts';
import { printedPersonalCode } from '../../domain/personal-code.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { LedgerRecord, RecordsAbout, RunWithPart } from '../../ports/personal-data.ts';
import type { Application } from '../../schemas/application.ts';
import type { AuditEntry } from '../../schemas/audit.ts';
import type { Language } from '../../schemas/common.ts';
import type { ExportedApplication } from '../../schemas/data-requests.ts';
import { NotificationKindSchema, RecipientRoleSchema } from '../../schemas/delivery-problem.ts';
import { SealedCorrectionSchema } from '../../schemas/personal-details.ts';
import { type DocumentType, DocumentTypeSchema, type Round } from '../../schemas/round.ts';
import { documentFileName } from '../staff/get-document-link.ts';

type Exported<K extends keyof ExportedApplication> = ExportedApplication[K];

/** What one application's part of the export is made from, besides the application and its round. */
export interface GatheredRecords {
  holdsClaim: boolean;
  records: RecordsAbout;
  runs: RunWithPart[];
  history: AuditEntry[];
}

/**
 * One application as the person gets it: every stored field as it is stored (so a field the application gains is
 * in the export too), the personal code printed, and beside it what is kept with or about it elsewhere: the
 * documents with their names, uploads still in storage, the selection runs, the support plan, the e-mails, the
 * retry records, and who on the staff read or changed it.
 */
export async function exportedApplication(
  ports: Pick<StaffPorts, 'keyring' | 'documents' | 'supportPlans'>,
  application: Application,
  round: Round,
  gathered: GatheredRecords,
  language: Language,
): Promise<ExportedApplication> {
  const { personalCode, person, documents = [], revision: _revision, ...stored } = application;
  const { reference, roundId } = application;
  const municipalityCode = person.municipalityCode;
  const municipality = round.municipalities.find(({ code }) => code === municipalityCode);
  const plan = await ports.supportPlans.get({ roundId, municipalityCode, reference });
  const own = <T extends { reference: string }>(items: readonly T[]) =>
    items.filter((item) => item.reference === reference);
  return {
    ...stored,
    roundName: round.name[language],
    municipalityName: municipality?.name[language] ?? municipalityCode,
    criteria: round.criteria.map(({ id, name, maxPoints }) => ({ id, name: name[language], maxPoints })),
    person: { ...person, personalCode: printedPersonalCode(ports.keyring.decrypt(personalCode.encrypted)) },
    firstOfPersonInRound: gathered.holdsClaim,
    documents: documents.map((document) => ({
      ...document,
      name: documentName(round, document.type, language),
      fileName: documentFileName(reference, document),
      ...(application.receivedAt && { receivedAt: application.receivedAt }),
    })),
    uploads: await uploadsOf(ports, application, round, language),
    selectionRuns: gathered.runs.flatMap((run) => runEntry(run, reference)),
    ...(plan && { supportPlan: withoutRevision(plan) }),
    emails: own(gathered.records.ledger).flatMap(emails),
    statusLinkEmails: own(gathered.records.linkEmails)
      .map(({ day, count }) => ({ day, count }))
      .sort((a, b) => a.day.localeCompare(b.day)),
    retryRecords: own(gathered.records.retries).map(({ expiresAt }) => ({
      ...(expiresAt !== undefined && { expiresAt: new Date(expiresAt * 1000).toISOString() }),
    })),
    history: gathered.history.map(historyEntry),
    corrections: gathered.history.flatMap((entry) => correction(ports, entry)),
  };
}

/** The round's own name for the document, or the service's wording of the proof of authority. */
export function documentName(round: Round, type: DocumentType, language: Language): string {
  const requirement =
    round.requiredDocuments.find((candidate) => candidate.type === type) ??
    (type === REPRESENTATIVE_AUTHORITY.type ? REPRESENTATIVE_AUTHORITY : undefined);
  return requirement?.name[language] ?? type;
}

/**
 * The files as uploaded that storage still keeps, of any type: a draft's, and the copies a submitted application
 * was checked from until the bucket's expiry removes them. Their size only: nothing is read of their bytes.
 */
async function uploadsOf(
  ports: Pick<StaffPorts, 'documents'>,
  application: Application,
  round: Round,
  language: Language,
): Promise<Exported<'uploads'>> {
  const uploads: Exported<'uploads'> = [];
  for (const type of DocumentTypeSchema.options) {
    const key = { roundId: application.roundId, reference: application.reference, type };
    const upload = await ports.documents.readUpload(key, { maxBytes: 0 });
    if (upload) uploads.push({ type, name: documentName(round, type, language), sizeBytes: upload.sizeBytes });
  }
  return uploads;
}

/** What the application went into a run with and what came of it; nothing when the run did not take it. */
function runEntry({ summary, latest, part }: RunWithPart, reference: string): Exported<'selectionRuns'> {
  const candidate = part.input.applications.find((item) => item.reference === reference);
  if (!candidate) return [];
  const { reference: _reference, ...input } = candidate;
  const { result } = part;
  const selected = result.selected.find((entry) => entry.reference === reference);
  const waitlisted = result.waitlisted.find((entry) => entry.reference === reference);
  const excluded = result.excluded.find((entry) => entry.reference === reference);
  const outcome = selected
    ? { kind: 'selected' as const, rank: selected.rank }
    : waitlisted
      ? { kind: 'waitlisted' as const, rank: waitlisted.rank, position: waitlisted.position }
      : excluded && { kind: 'excluded' as const, reason: excluded.reason };
  return [
    {
      runId: summary.runId,
      ranAt: summary.ranAt,
      status: summary.status,
      latest,
      candidate: input,
      ...(outcome && { outcome }),
    },
  ];
}

/**
 * A ledger id reads `<reference>#<what is told>`, and what is told starts with the kind of e-mail: one e-mail per
 * recipient it went to. A record of the ledger's earlier form names its one recipient at the end of its id, and
 * may show a sending never recorded as done.
 */
function emails(record: LedgerRecord): Exported<'emails'> {
  const told = record.id.slice(record.reference.length + 1);
  const kind = NotificationKindSchema.options.find((candidate) => told.startsWith(candidate));
  const recipients = record.sentTo ?? [told.split('#').at(-1)];
  const at = record.sentAt ?? record.claimedAt;
  return recipients.map((role) => {
    const recipient = RecipientRoleSchema.safeParse(role);
    return {
      id: record.id,
      ...(kind && { kind }),
      ...(recipient.success && { recipient: recipient.data }),
      state: record.sentTo || record.state === 'sent' ? 'sent' : 'not-confirmed',
      ...(at && { at }),
    };
  });
}

function staffOf(entry: AuditEntry) {
  if (!entry.actor) return {};
  const { username, role, municipalityCode } = entry.actor;
  return { by: { username, role, ...(municipalityCode && { municipalityCode }) } };
}

function historyEntry(entry: AuditEntry): Exported<'history'>[number] {
  const { at, action, outcome, reason } = entry;
  return { at, action, outcome, ...(reason && { reason }), ...staffOf(entry) };
}

/** A stored correction with its earlier values and reason, unsealed for the person they are about. */
function correction(ports: Pick<StaffPorts, 'keyring'>, entry: AuditEntry): Exported<'corrections'> {
  if (!entry.correction || entry.outcome !== 'succeeded') return [];
  const sealed = SealedCorrectionSchema.parse(JSON.parse(ports.keyring.decrypt(entry.correction.sealed)));
  return [{ at: entry.at, ...staffOf(entry), fields: entry.correction.fields, ...sealed }];
}

function withoutRevision<T extends { revision: number }>({ revision: _revision, ...rest }: T): Omit<T, 'revision'> {
  return rest;
}
