import { formatEuro } from '../../../../shared/domain/money.ts';
import { localDateTime, rigaCalendarDate } from '../../../../shared/domain/riga-time.ts';
import type { Language } from '../../api/types.ts';
import { formatDay, formatSize } from '../../format/dates.ts';
import { texts } from '../../i18n/texts.ts';
import { staffTexts } from '../i18n/words.ts';
import type { ContentTable, Fact } from '../protocol/protocol-content.ts';
import type { AccessExport, ExportedApplication } from './types.ts';

/** A part of an application's section: labelled facts, a table, or lines of text. */
export type CopyPart =
  | { kind: 'facts'; title: string; facts: Fact[] }
  | { kind: 'table'; title: string; table: ContentTable }
  | { kind: 'items'; title: string; items: string[]; note?: string };

export interface CopySection {
  reference: string;
  /** Only a sent application has a documents page staff can open. */
  status: ExportedApplication['status'];
  title: string;
  parts: CopyPart[];
}

/**
 * A person's copy of their data in words, in the language they read, apart from how it is laid out: the page shows
 * it, the print style puts it on paper and the PDF is drawn from it, so the three never say different things.
 */
export interface CopyContent {
  language: Language;
  title: string;
  fileName: string;
  facts: Fact[];
  notes: string[];
  applications: CopySection[];
  /** `2. lapa no 3`, at the foot of each page of the PDF. */
  page(page: number, pages: number): string;
}

type Words = (typeof staffTexts)[Language];

/** The copy's words and figures in `language`; times in Riga time, as people there read them. */
export function copyContent(exported: AccessExport, language: Language = exported.language): CopyContent {
  const s = staffTexts[language];
  const w = s.dataRequests.copy;
  const when = whenIn(s);
  const elsewhere = exported.heldElsewhere.map(({ name }) => name).join(', ');
  return {
    language,
    title: w.title,
    fileName: w.fileName(rigaCalendarDate(exported.producedAt)),
    facts: [
      { label: w.producedAt, value: when(exported.producedAt) },
      {
        label: w.producedBy,
        value: w.staff(exported.producedBy.username, s.common.roles[exported.producedBy.role]),
      },
      {
        label: w.covers,
        value: exported.covers.kind === 'municipality' ? w.coversMunicipality(exported.covers.name) : w.coversAll,
      },
    ],
    notes: [
      ...(exported.applications.length === 0 ? [w.nothingHeld] : []),
      ...(elsewhere ? [w.heldElsewhere(elsewhere)] : []),
      w.jsonNote,
    ],
    applications: exported.applications.map((application) => ({
      reference: application.reference,
      status: application.status,
      title: w.application(application.reference, application.roundName),
      parts: applicationParts(application, language),
    })),
    page: w.page,
  };
}

/** "Name, 01.08.2019 plkst. 09:30": who did it, and when. */
function byWhom(s: Words, who: { displayName: string }, at: string): string {
  const when = localDateTime(at);
  return s.common.by(who.displayName, when.date, when.time);
}

function whenIn(s: Words) {
  return (instant: string) => {
    const at = localDateTime(instant);
    return s.common.dateTime(at.date, at.time);
  };
}

/** Every part of one application that has something to say, in the order of the application's life. */
function applicationParts(application: ExportedApplication, language: Language): CopyPart[] {
  const s = staffTexts[language];
  const w = s.dataRequests.copy;
  const t = texts[language];
  const when = whenIn(s);
  const yesNo = (value: boolean) => (value ? t.common.yes : t.common.no);
  const by = (text: string, who: { displayName: string }, at: string) => w.by(text, who.displayName, when(at));
  const { person, contact, representative, review } = application;
  const parts: (CopyPart | undefined)[] = [
    facts(w.applicationTitle, [
      [w.round, application.roundName],
      [w.municipality, application.municipalityName],
      [w.status, w.statuses[application.status]],
      [w.channel, w.channels[application.channel]],
      [w.created, when(application.createdAt)],
      [w.received, application.receivedAt && when(application.receivedAt)],
      [w.draftKeptUntil, application.draftExpiresAt && when(application.draftExpiresAt)],
      [w.consentGiven, when(application.consentGivenAt)],
      [w.firstInRound, application.status === 'submitted' ? yesNo(application.firstOfPersonInRound) : undefined],
      [w.receivedBy, application.paper?.receivedBy],
      [w.registeredBy, application.paper && byWhom(s, application.paper.registeredBy, application.paper.registeredAt)],
    ]),
    facts(w.personTitle, [
      [w.firstName, person.firstName],
      [w.lastName, person.lastName],
      [w.personalCode, person.personalCode],
      [w.dateOfBirth, formatDay(person.dateOfBirth)],
      [w.disabilityGroup, t.disabilityGroup.option(person.disabilityGroup)],
      [w.mentalDisorder, yesNo(person.mentalDisorderConfirmed)],
    ]),
    facts(w.contactTitle, [
      [w.email, contact.email],
      [w.phone, contact.phone],
      [w.address, contact.address],
      [w.language, w.languages[contact.language]],
    ]),
    representative &&
      facts(w.representativeTitle, [
        [w.name, `${representative.firstName} ${representative.lastName}`],
        [w.capacity, t.check.capacities[representative.capacity]],
        [w.email, representative.email],
        [w.phone, representative.phone],
      ]),
    table(w.documentsTitle, [w.document, w.file, w.size, w.received], application.documents, (document) => [
      document.name,
      document.fileName,
      formatSize(document.sizeBytes, language),
      document.receivedAt ? when(document.receivedAt) : '',
    ]),
    application.uploads.length > 0
      ? {
          kind: 'items',
          title: w.uploadsTitle,
          items: application.uploads.map((upload) => `${upload.name}: ${formatSize(upload.sizeBytes, language)}`),
          note: w.uploadsNote,
        }
      : undefined,
    review &&
      facts(w.reviewTitle, [
        [
          w.documentCheck,
          review.documentCheck &&
            by(
              [review.documentCheck.verified ? w.verified : w.notVerified, review.documentCheck.note]
                .filter(Boolean)
                .join('. '),
              review.documentCheck.by,
              review.documentCheck.at,
            ),
        ],
        [
          w.eligibility,
          review.eligibility &&
            by(w.decisions[review.eligibility.decision], review.eligibility.by, review.eligibility.at),
        ],
        [w.reason, review.eligibility?.reason && s.application.reasons[review.eligibility.reason]],
        [w.forPerson, review.eligibility?.messageForPerson],
        [w.explanation, review.eligibility?.explanation],
        ...application.criteria.map(
          ({ id, name, maxPoints }) =>
            [w.points(name, maxPoints), review.scores && String(review.scores.points[id] ?? '')] as const,
        ),
        [w.total, review.scores && by(String(review.scores.total), review.scores.by, review.scores.at)],
        [w.justification, review.scores?.justification],
        [
          w.duplicate,
          review.duplicate &&
            by(
              `${w.duplicateOutcome(review.duplicate.outcome === 'stands', review.duplicate.standing)} ${review.duplicate.reason}`,
              review.duplicate.by,
              review.duplicate.at,
            ),
        ],
      ]),
    items(
      w.notesTitle,
      (review?.notes ?? []).map((note) => by(note.text, note.by, note.at)),
    ),
    application.withdrawal &&
      facts(w.withdrawal, [
        [w.reason, by(application.withdrawal.reason, application.withdrawal.by, application.withdrawal.at)],
      ]),
    application.selection && items(w.resultTitle, selectionLines(application.selection, s)),
    table(
      w.runsTitle,
      [w.ranAt, w.runStatus, w.total, w.candidateState, w.runResult],
      application.selectionRuns,
      (run) => [
        when(run.ranAt),
        run.latest ? w.latest(w.runStatuses[run.status]) : w.runStatuses[run.status],
        run.candidate.totalScore === null ? '' : String(run.candidate.totalScore),
        s.common.states[run.candidate.state],
        runOutcome(run.outcome, s),
      ],
    ),
    ...planParts(application, language),
    table(w.emailsTitle, [w.what, w.toWhom, w.when, w.state], application.emails, (email) => [
      email.kind ? w.emailKinds[email.kind] : w.unknownEmail,
      email.recipient ? w.recipients[email.recipient] : '',
      email.at ? when(email.at) : '',
      w.emailStates[email.state],
    ]),
    items(
      w.emailsTitle,
      application.statusLinkEmails.map(({ day, count }) => w.linkEmails(formatDay(day), count)),
    ),
    items(
      w.problemsTitle,
      (application.deliveryProblems ?? []).map((problem) => s.delivery.problem(problem, when(problem.at))),
    ),
    items(
      w.technicalTitle,
      application.retryRecords.map(({ expiresAt }) => w.retryRecord(expiresAt ? when(expiresAt) : '')),
    ),
    application.history.length === 0 ? items(w.historyTitle, [w.historyEmpty]) : undefined,
    table(w.historyTitle, [w.when, w.what, w.who, w.outcome], application.history, (entry) => [
      when(entry.at),
      s.audit.actions[entry.action],
      entry.by ? w.staff(entry.by.username, s.common.roles[entry.by.role]) : w.notSignedIn,
      s.audit.outcomes[entry.outcome],
    ]),
    table(
      w.correctionsTitle,
      [w.when, w.who, w.field, w.earlier, w.reason],
      application.corrections.flatMap((correction) => correction.fields.map((field) => ({ ...correction, field }))),
      (correction) => [
        when(correction.at),
        correction.by ? w.staff(correction.by.username, s.common.roles[correction.by.role]) : '',
        w.fields[correction.field],
        correction.previous[correction.field] ?? w.nothingBefore,
        correction.reason,
      ],
    ),
  ];
  return parts.filter((part): part is CopyPart => part !== undefined);
}

/** Labelled facts, leaving out those with nothing to say; nothing at all when none has. */
function facts(title: string, rows: readonly (readonly [string, string | undefined])[]): CopyPart | undefined {
  const given = rows.flatMap(([label, value]) => (value ? [{ label, value }] : []));
  return given.length > 0 ? { kind: 'facts', title, facts: given } : undefined;
}

function items(title: string, lines: string[]): CopyPart | undefined {
  return lines.length > 0 ? { kind: 'items', title, items: lines } : undefined;
}

function table<Row>(title: string, columns: string[], rows: readonly Row[], cells: (row: Row) => string[]) {
  if (rows.length === 0) return undefined;
  const part: CopyPart = {
    kind: 'table',
    title,
    table: {
      caption: title,
      columns,
      rows: rows.map((row, index) => ({ reference: String(index), cells: cells(row) })),
    },
  };
  return part;
}

function selectionLines(selection: NonNullable<ExportedApplication['selection']>, s: Words): string[] {
  const when = whenIn(s);
  const outcome =
    selection.outcome === 'selected'
      ? s.outcome.selected(selection.rank)
      : selection.outcome === 'waitlisted'
        ? s.outcome.waitlisted(selection.position)
        : s.outcome.notSelected(selection.reason && s.protocol.reasons[selection.reason]);
  return [
    outcome,
    s.outcome.published(when(selection.publishedAt)),
    ...(selection.offeredAt ? [s.outcome.offered(when(selection.offeredAt))] : []),
  ];
}

function runOutcome(outcome: ExportedApplication['selectionRuns'][number]['outcome'], s: Words): string {
  if (!outcome) return '';
  if (outcome.kind === 'selected') return s.protocol.selected;
  if (outcome.kind === 'waitlisted') return s.protocol.waitlistPlace(outcome.position);
  return s.dataRequests.copy.excluded(s.protocol.reasons[outcome.reason]);
}

/** The support plan: each version with its goals and services, the months delivered, the reviews and the end. */
function planParts(application: ExportedApplication, language: Language): (CopyPart | undefined)[] {
  const plan = application.supportPlan;
  if (!plan) return [];
  const s = staffTexts[language];
  const w = s.dataRequests.copy;
  const when = whenIn(s);
  const euro = (cents: number) => formatEuro(cents, language);
  const versions = plan.versions.flatMap((version) => [
    w.planVersion(version.version, when(version.at), version.by.displayName),
    w.goals(version.goals.join('; ')),
    ...version.services.map((service) =>
      w.service(service.serviceId, service.providerId, service.quantityPerMonth, service.months),
    ),
    w.planTotal(euro(version.totalCents)),
    ...(version.personView ? [w.personView(version.personView)] : []),
    ...(version.reason ? [w.planReason(version.reason)] : []),
    ...(version.agreement ? [w.agreed(when(version.agreement.at))] : []),
  ]);
  return [
    items(w.planTitle, [...versions, ...(plan.end ? [w.end(plan.end.kind, formatDay(plan.end.on))] : [])]),
    table(w.deliveriesTitle, [w.month, w.services, w.amount], plan.deliveries, (delivery) => [
      delivery.month,
      delivery.lines.map((line) => `${line.serviceId} – ${line.providerId}: ${line.quantity}`).join('; '),
      euro(delivery.lines.reduce((sum, line) => sum + line.amountCents, 0)),
    ]),
    items(
      w.reviewsTitle,
      plan.reviews.map((review) => w.by(review.note, review.by.displayName, when(review.at))),
    ),
  ];
}
