import { stringify } from 'csv-stringify/sync';
import { NotFoundError } from '../../domain/errors.ts';
import { rigaIsoInstant } from '../../domain/riga-time.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { StoredRun } from '../../ports/selection-runs.ts';
import type { Application } from '../../schemas/application.ts';
import type { SelectionResult } from '../../schemas/selection.ts';
import type {
  MunicipalityResult,
  ProtocolContact,
  ProtocolResponse,
  ProtocolRow,
} from '../../schemas/selection-api.ts';
import { loadRound } from '../load-round.ts';
import { auditEntry, type StaffContext } from '../staff/staff-context.ts';
import { queueMunicipality } from '../staff/staff-scope.ts';
import { currentResultOf } from './published-results.ts';

/** Hex digits of the input hash a printed protocol shows: enough to tell runs apart, short enough to compare. */
const CHECK_VALUE_LENGTH = 12;

/**
 * A municipality's selection protocol as a document, from the latest run as it stands now: its number and date,
 * the round, the municipality and the criteria, every application with its rank, points, receipt time and result,
 * and who ran and published the selection. With `contacts`, the selected and waiting persons' names and contacts
 * too, for the municipality's own social workers only: the ministry's administrators run and publish the selection
 * but never contact the people, so they get references only. Never a personal code. The read is audited, and the
 * entry says when contacts were included.
 */
export async function getProtocol(
  ports: StaffPorts,
  staff: StaffContext,
  input: { roundId: string; municipality?: string; contacts: boolean },
): Promise<ProtocolResponse> {
  const round = await loadRound(ports, input.roundId);
  const municipalityCode = queueMunicipality(staff.identity, round, input.municipality);
  const run = await ports.selectionRuns.latest(round.id);
  if (!run) throw new NotFoundError('SELECTION_NOT_RUN');
  // Only this municipality's applications bear on its part: its withdrawals pass its places on.
  const applications = await ports.applications.queue(round.id, municipalityCode);
  const part = currentResultOf(run, municipalityCode, applications);
  const municipality = round.municipalities.find((candidate) => candidate.code === municipalityCode);
  if (!part || !municipality) throw new NotFoundError('SELECTION_NOT_RUN');
  const contactsIncluded = input.contacts && staff.identity.role === 'social-worker';
  const rows = protocolRows(part.result);
  const byReference = new Map(applications.map((application) => [application.reference, application]));
  await ports.audit.append(
    auditEntry(
      staff,
      { roundId: round.id, municipalityCode },
      'succeeded',
      contactsIncluded ? 'CONTACTS_INCLUDED' : undefined,
    ),
  );
  return {
    number: protocolNumber(run, municipalityCode, part),
    date: protocolDate(run, part),
    checkValue: run.summary.inputsHash.slice(0, CHECK_VALUE_LENGTH),
    round: { id: round.id, name: round.name },
    municipality: {
      code: municipalityCode,
      name: municipality.name,
      cap: part.result.cap,
      ...(municipality.socialService && { socialServiceName: municipality.socialService.name }),
    },
    criteria: round.criteria,
    run: run.summary,
    rows: contactsIncluded ? rows.map((row) => withContact(row, byReference.get(row.reference))) : rows,
    promotions: part.promotions,
    contactsIncluded,
  };
}

/**
 * `{round}-{municipality}-{run ordinal}`, and `.{n}` once n places were passed on after publication: a protocol
 * whose rows changed gets a number of its own. A run stored before runs were counted is numbered by the start of
 * its id.
 */
function protocolNumber(run: StoredRun, municipalityCode: string, part: MunicipalityResult): string {
  const { summary } = run;
  const base = `${summary.roundId}-${municipalityCode}-${summary.ordinal ?? summary.runId.slice(0, 6)}`;
  return part.promotions.length > 0 ? `${base}.${part.promotions.length}` : base;
}

/** The last place passed on, or the publication, or (before it) the run: when the rows became what they are. */
function protocolDate(run: StoredRun, part: MunicipalityResult): string {
  return part.promotions.at(-1)?.at ?? run.summary.publishedAt ?? run.summary.ranAt;
}

function protocolRows(result: SelectionResult): ProtocolRow[] {
  return [
    ...result.selected.map((entry) => ({ ...entry, decision: 'selected' as const })),
    ...result.waitlisted.map((entry) => ({ ...entry, decision: 'waitlisted' as const })),
    ...result.excluded.map(({ reason, ...entry }) => ({
      ...entry,
      rank: null,
      decision: 'not-selected' as const,
      reason,
    })),
  ];
}

/** A selected or waiting person's row with how to reach them (or their representative); others stay as they are. */
function withContact(row: ProtocolRow, application: Application | undefined): ProtocolRow {
  if (row.decision === 'not-selected' || !application) return row;
  return { ...row, contact: contactOf(application) };
}

function contactOf({ person, contact, representative }: Application): ProtocolContact {
  return {
    name: `${person.firstName} ${person.lastName}`,
    ...(contact.phone && { phone: contact.phone }),
    ...(contact.email && { email: contact.email }),
    ...(contact.address && { address: contact.address }),
    ...(representative && {
      representative: {
        name: `${representative.firstName} ${representative.lastName}`,
        capacity: representative.capacity,
        ...(representative.phone && { phone: representative.phone }),
        email: representative.email,
      },
    }),
  };
}

/**
 * The protocol's rows as CSV, with a byte-order mark so spreadsheets read it as UTF-8. References and numbers only,
 * never contacts; receipt times in Riga time with their offset, to the millisecond, as the order compares them.
 */
export function protocolCsv(protocol: ProtocolResponse): string {
  const rows = protocol.rows.map((row) => ({
    rank: row.rank ?? '',
    reference: row.reference,
    totalScore: row.totalScore ?? '',
    receivedAt: rigaIsoInstant(row.receivedAt),
    decision: row.decision,
    position: row.position ?? '',
    reason: row.reason ?? '',
  }));
  const columns = ['rank', 'reference', 'totalScore', 'receivedAt', 'decision', 'position', 'reason'];
  return `\uFEFF${stringify(rows, { header: true, columns })}`;
}
