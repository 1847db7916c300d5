import { RuleViolationError } from '../../domain/errors.ts';
import { parsePersonalCode } from '../../domain/personal-code.ts';
import { localDateTime, rigaCalendarDate } from '../../domain/riga-time.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { Language } from '../../schemas/common.ts';
import {
  ACCESS_EXPORT_FORMAT,
  ACCESS_EXPORT_VERSION,
  type AccessExport,
  type AccessExportRequest,
} from '../../schemas/data-requests.ts';
import type { Round } from '../../schemas/round.ts';
import { auditEntry, type StaffContext } from '../staff/staff-context.ts';
import { exportedApplication } from './exported-application.ts';

/** How many applications an audit entry names besides its own (`AuditEntrySchema.related`). */
const MAX_RELATED = 20;

/**
 * One copy of everything held about a person (GDPR Art. 15), in every round, made at the office once their identity
 * is checked: each application with its answers, documents, decisions, points, selection runs and result, the
 * support plan, the e-mails sent and every staff read and change of it. The person is found by the keyed hash of
 * their personal code alone. A social worker's export holds their own municipality's applications and names the
 * municipalities that hold others (an administrator's export holds them all). The audit entry says an export was
 * made and of which applications; never the personal code.
 */
export async function exportPersonalData(
  ports: StaffPorts,
  staff: StaffContext,
  request: AccessExportRequest,
): Promise<AccessExport> {
  const code = parsePersonalCode(request.personalCode);
  if (typeof code === 'string') throw new RuleViolationError([{ code, field: 'personalCode' }]);
  const { language } = request;
  const found = await ports.personalData.find(ports.keyring.personalCodeHash(code.normalised));
  const rounds = await ports.rounds.list();
  const records = await ports.personalData.recordsAbout(found.applications);
  const applications = [];
  for (const application of found.applications) {
    const round = rounds.find(({ id }) => id === application.roundId);
    if (!round) throw new Error(`Application ${application.reference} names a round that is not stored`);
    const gathered = {
      holdsClaim: await ports.personalData.holdsClaim(application),
      records,
      runs: await ports.personalData.runsWith(application),
      history: await ports.audit.forApplication(application.reference),
    };
    applications.push(await exportedApplication(ports, application, round, gathered, language));
  }

  const { identity } = staff;
  const [first, ...others] = found.applications.map(({ reference }) => reference);
  await ports.audit.append(
    auditEntry(staff, {
      ...(first && { reference: first }),
      // The log names at most 20 more: one application a round, and its duplicates, stays far below that.
      related: others.slice(0, MAX_RELATED),
      ...(identity.role === 'social-worker' && { municipalityCode: identity.municipalityCode }),
    }),
  );
  const name = municipalityName(rounds, language);
  return {
    format: ACCESS_EXPORT_FORMAT,
    version: ACCESS_EXPORT_VERSION,
    producedAt: staff.at.toISOString(),
    producedBy: {
      username: identity.username,
      role: identity.role,
      ...(identity.role === 'social-worker' && { municipalityCode: identity.municipalityCode }),
    },
    language,
    covers:
      identity.role === 'administrator'
        ? { kind: 'every-municipality' }
        : { kind: 'municipality', code: identity.municipalityCode, name: name(identity.municipalityCode) },
    heldElsewhere: found.elsewhere.map((code) => ({ code, name: name(code) })),
    applications,
    fileName: exportFileName(staff.at),
  };
}

/** Named by when it was made, never by whom it is about: the file may be left in a Downloads folder. */
function exportFileName(at: Date): string {
  const { time } = localDateTime(at);
  return `personal-data-${rigaCalendarDate(at)}-${time.replace(':', '')}.json`;
}

/** A municipality's name as the newest round that lists it gives it (rounds come newest first). */
function municipalityName(rounds: readonly Round[], language: Language) {
  return (code: string) =>
    rounds.flatMap(({ municipalities }) => municipalities).find((municipality) => municipality.code === code)?.name[
      language
    ] ?? code;
}
