import { stringify } from 'csv-stringify/sync';
import { NotFoundError } from '../../domain/errors.ts';
import { rigaIsoInstant } from '../../domain/riga-time.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { RowRange } from '../../ports/selection-runs.ts';
import type { Application } from '../../schemas/application.ts';
import type {
  ProtocolContact,
  ProtocolResponse,
  ProtocolRow,
  SelectionRunSummary,
} from '../../schemas/selection-api.ts';
import { municipalityRead } from '../staff/municipality-read.ts';
import type { StaffContext } from '../staff/staff-context.ts';
import { resultPage } from './result-pages.ts';

/** Hex digits of the input hash a printed protocol shows: enough to tell runs apart, short enough to compare. */
const CHECK_VALUE_LENGTH = 12;

/**
 * A municipality's selection protocol as a document, from the latest run as it stands now: its number and date,
 * the round, the municipality and the criteria, every application with its rank, points, receipt time and result,
 * and who ran and published the selection. With `contacts`, the selected and waiting persons' names and contacts
 * too, for the municipality's own social workers only: the ministry's administrators run and publish the selection
 * but never contact the people, so they get references only. Never a personal code. The read is audited, and the
 * entry says when contacts were included. The rows come a page at a time (`rows`: where from and how many), or
 * all at once without it (the CSV file); the rest of the document is the same on every page.
 */
export async function getProtocol(
  ports: StaffPorts,
  staff: StaffContext,
  input: { roundId: string; municipality?: string; contacts: boolean; rows?: RowRange },
): Promise<ProtocolResponse> {
  const contactsIncluded = input.contacts && staff.identity.role === 'social-worker';
  const reason = contactsIncluded ? 'CONTACTS_INCLUDED' : undefined;
  return municipalityRead(ports, staff, { ...input, reason }, async (round, municipalityCode) => {
    const run = await ports.selectionRuns.latest(round.id);
    if (!run) throw new NotFoundError('SELECTION_NOT_RUN');
    // Only this municipality's applications bear on its part: its withdrawals pass its places on.
    const applications = await ports.applications.queue(round.id, municipalityCode);
    const page = await resultPage(ports, run, municipalityCode, applications, input.rows);
    const municipality = round.municipalities.find((candidate) => candidate.code === municipalityCode);
    if (!page || !municipality) throw new NotFoundError('SELECTION_NOT_RUN');
    const byReference = new Map(applications.map((application) => [application.reference, application]));
    return {
      number: protocolNumber(run, municipalityCode, page.promotions.length),
      // When the rows became what they are: the last place passed on, or the publication, or (before it) the run.
      date: page.promotions.at(-1)?.at ?? run.publishedAt ?? run.ranAt,
      checkValue: run.inputsHash.slice(0, CHECK_VALUE_LENGTH),
      round: { id: round.id, name: round.name },
      municipality: {
        code: municipalityCode,
        name: municipality.name,
        cap: page.cap,
        ...(municipality.socialService && { socialServiceName: municipality.socialService.name }),
      },
      criteria: round.criteria,
      run,
      rows: contactsIncluded ? page.rows.map((row) => withContact(row, byReference.get(row.reference))) : page.rows,
      from: page.from,
      total: page.total,
      promotions: page.promotions,
      contactsIncluded,
    };
  });
}

/**
 * `{round}-{municipality}-{run ordinal}`, and `.{n}` once n places were passed on after publication: a protocol
 * whose rows changed gets a number of its own. A run stored before runs were counted is numbered by the start of
 * its id.
 */
function protocolNumber(run: SelectionRunSummary, municipalityCode: string, promotions: number): string {
  const base = `${run.roundId}-${municipalityCode}-${run.ordinal ?? run.runId.slice(0, 6)}`;
  return promotions > 0 ? `${base}.${promotions}` : base;
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
