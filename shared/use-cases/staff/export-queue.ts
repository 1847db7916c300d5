import { stringify } from 'csv-stringify/sync';
import { printedPersonalCode } from '../../domain/personal-code.ts';
import { reviewState } from '../../domain/review-rules.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { Application } from '../../schemas/application.ts';
import type { Round } from '../../schemas/round.ts';
import type { ExportQuery } from '../../schemas/staff-api.ts';
import { municipalityRead } from './municipality-read.ts';
import type { StaffContext } from './staff-context.ts';

export interface QueueExport {
  fileName: string;
  csv: string;
}

/**
 * The municipality's queue as CSV, in selection order. Without `sensitive` it carries references, states and
 * scores only; with it also names, personal codes, dates of birth, disability groups and contact details. The
 * export is audited either way, and the entry says which kind it was.
 */
export async function exportQueue(
  ports: StaffPorts,
  staff: StaffContext,
  input: { roundId: string; query: ExportQuery },
): Promise<QueueExport> {
  const sensitive = input.query.sensitive === 'true';
  const target = {
    roundId: input.roundId,
    municipality: input.query.municipality,
    reason: sensitive ? 'SENSITIVE_COLUMNS' : undefined,
  };
  return municipalityRead(ports, staff, target, async (round, municipalityCode) => {
    const applications = await ports.applications.queue(round.id, municipalityCode);
    const rows = applications.map((application, index) => ({
      ...basicColumns(application, index + 1, round),
      ...(sensitive &&
        sensitiveColumns(application, printedPersonalCode(ports.keyring.decrypt(application.personalCode.encrypted)))),
    }));
    const columns = [...basicHeader(round), ...(sensitive ? SENSITIVE_HEADER : [])];
    // A leading byte-order mark makes spreadsheet programs read the Latvian letters as UTF-8.
    const csv = `\uFEFF${stringify(rows.map(neutraliseFormulas), { header: true, columns })}`;
    const day = staff.at.toISOString().slice(0, 10);
    return { fileName: `${round.id}-${municipalityCode}-${day}${sensitive ? '-sensitive' : ''}.csv`, csv };
  });
}

function basicHeader(round: Round): string[] {
  return [
    'position',
    'reference',
    'channel',
    'receivedAt',
    'state',
    'documentsVerified',
    'eligibility',
    'ineligibilityReason',
    'totalScore',
    ...round.criteria.map((criterion) => `points:${criterion.id}`),
  ];
}

const SENSITIVE_HEADER = [
  'firstName',
  'lastName',
  'personalCode',
  'dateOfBirth',
  'disabilityGroup',
  'email',
  'phone',
  'representative',
  'representativeEmail',
];

function basicColumns(application: Application, position: number, round: Round): Record<string, string> {
  const { review } = application;
  return {
    position: String(position),
    reference: application.reference,
    channel: application.channel,
    receivedAt: application.receivedAt ?? '',
    state: reviewState(application),
    documentsVerified: review?.documentCheck ? String(review.documentCheck.verified) : '',
    eligibility: review?.eligibility?.decision ?? '',
    ineligibilityReason: review?.eligibility?.reason ?? '',
    totalScore: review?.scores ? String(review.scores.total) : '',
    ...Object.fromEntries(
      round.criteria.map((criterion) => [`points:${criterion.id}`, String(review?.scores?.points[criterion.id] ?? '')]),
    ),
  };
}

function sensitiveColumns(application: Application, personalCode: string): Record<string, string> {
  const { person, contact, representative } = application;
  return {
    firstName: person.firstName,
    lastName: person.lastName,
    personalCode,
    dateOfBirth: person.dateOfBirth,
    disabilityGroup: String(person.disabilityGroup),
    email: contact.email ?? '',
    phone: contact.phone ?? '',
    representative: representative ? `${representative.firstName} ${representative.lastName}` : '',
    representativeEmail: representative?.email ?? '',
  };
}

/**
 * A cell that starts with = + - @ (or a tab or carriage return) is run as a formula by spreadsheet programs;
 * names come from applicants, so such cells get a leading apostrophe.
 */
function neutraliseFormulas(row: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(row).map(([column, value]) => [column, /^[=+\-@\t\r]/.test(value) ? `'${value}` : value]),
  );
}
