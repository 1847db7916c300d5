import type { StaffPorts } from '../../../shared/ports/index.ts';
import type { AuditAction } from '../../../shared/schemas/audit.ts';
import type { Round } from '../../../shared/schemas/round.ts';
import type { SelectionRunResponse } from '../../../shared/schemas/selection-api.ts';
import type { StaffIdentity } from '../../../shared/schemas/staff-identity.ts';
import { drainPublication } from '../../../shared/use-cases/selection/publication-job.ts';
import { publishSelection } from '../../../shared/use-cases/selection/publish-selection.ts';
import { runSelection } from '../../../shared/use-cases/selection/run-selection.ts';
import { checkDocuments, decideEligibility, recordScores } from '../../../shared/use-cases/staff/review-decisions.ts';
import type { StaffContext } from '../../../shared/use-cases/staff/staff-context.ts';
import { staffPorts } from '../../../shared/use-cases/staff/staff-ports.ts';
import { submitApplication } from '../../../shared/use-cases/submit-application.ts';
import type { MemoryPorts } from '../../fakes/memory-ports.ts';
import { legacyPersonalCode } from '../../fixtures/personal-codes.ts';
import { validRequest } from '../../fixtures/requests.ts';
import { pilotLikeRound } from '../../fixtures/rounds.ts';
import { administrator, bauskaWorker } from '../../fixtures/staff-identities.ts';
import { DURING_INTAKE, startDraft, uploadDocuments } from './applicant-steps.ts';

/** The pilot's rules with the demo round's three criteria: 20 points at most. */
export const scoredRound: Round = {
  ...pilotLikeRound,
  criteria: [
    { id: 'support-need', name: { lv: 'Atbalsta vajadzība', en: 'Need for support' }, maxPoints: 10 },
    { id: 'no-other-services', name: { lv: 'Citu pakalpojumu nav', en: 'No other services' }, maxPoints: 5 },
    { id: 'lives-alone', name: { lv: 'Dzīvo viens', en: 'Lives alone' }, maxPoints: 5 },
  ],
};

/** The scored round with two places in Bauska: of three eligible applicants, the third waits. */
export const twoPlacesInBauska: Round = {
  ...scoredRound,
  municipalities: scoredRound.municipalities.map((municipality) => ({ ...municipality, cap: 2 })),
};

export { administrator, bauskaWorker } from '../../fixtures/staff-identities.ts';

/** Review days: after the pilot's intake closed. */
export const AFTER_INTAKE_AT = new Date('2019-08-20T08:00:00.000Z');

let requestCount = 0;

/** One staff request of `identity` (a new request id each time), received at `at`. */
export function staffRequest(identity: StaffIdentity, action: AuditAction, at: Date = AFTER_INTAKE_AT): StaffContext {
  requestCount += 1;
  return { identity, action, requestId: `request-${requestCount}`, at };
}

/** The ports as the staff handler hands them to `identity`'s use cases: the applications through their scope. */
export function portsOf(ports: MemoryPorts, identity: StaffIdentity): StaffPorts {
  return staffPorts(ports, identity);
}

let personCount = 0;

/** A person's application submitted in the municipality, through the applicant's own steps; its reference. */
export async function submitted(
  ports: MemoryPorts,
  options: { municipalityCode?: string; receivedAt?: Date; personalCode?: string } = {},
): Promise<string> {
  personCount += 1;
  const request = validRequest({
    person: {
      ...validRequest().person,
      personalCode: options.personalCode ?? legacyPersonalCode(personCount),
      municipalityCode: options.municipalityCode ?? 'LV-016',
    },
  });
  const draft = await startDraft(ports, request);
  uploadDocuments(ports, draft.reference);
  const receivedAt = options.receivedAt ?? new Date(DURING_INTAKE.getTime() + personCount * 60_000);
  await submitApplication(ports, { ...draft, receivedAt });
  return draft.reference;
}

/** A social worker (Bauska's unless named) decides that the application is not eligible: it no longer stops a run. */
export async function decideNotEligible(
  ports: MemoryPorts,
  reference: string,
  worker: StaffIdentity = bauskaWorker,
): Promise<void> {
  const scoped = portsOf(ports, worker);
  await checkDocuments(scoped, staffRequest(worker, 'documents.check'), { reference, request: { verified: true } });
  await decideEligibility(scoped, staffRequest(worker, 'eligibility.decide'), {
    reference,
    request: { decision: 'not-eligible', reason: 'documents-invalid' },
  });
}

/** A social worker (Bauska's unless named) verifies the documents and finds the application eligible. */
export async function decideEligible(ports: MemoryPorts, reference: string, worker: StaffIdentity = bauskaWorker) {
  const scoped = portsOf(ports, worker);
  await checkDocuments(scoped, staffRequest(worker, 'documents.check'), { reference, request: { verified: true } });
  return decideEligibility(scoped, staffRequest(worker, 'eligibility.decide'), {
    reference,
    request: { decision: 'eligible' },
  });
}

/**
 * The Bauska social worker's decision on an application of the scored round: documents verified, then eligible
 * with `total` points (at most 15, support need first), or not eligible.
 */
export async function decide(ports: MemoryPorts, reference: string, total: number | 'not-eligible'): Promise<void> {
  if (total === 'not-eligible') return decideNotEligible(ports, reference);
  await decideEligible(ports, reference);
  const worker = portsOf(ports, bauskaWorker);
  const supportNeed = Math.min(total, 10);
  await recordScores(worker, staffRequest(bauskaWorker, 'scores.record'), {
    reference,
    request: {
      points: { 'support-need': supportNeed, 'no-other-services': Math.min(total - supportNeed, 5), 'lives-alone': 0 },
      justification: 'Vērtēts mājas vizītē.',
    },
  });
}

/** Applications submitted in Bauska one after another, each decided with its total (see `decide`); their references. */
export async function decidedInOrder(
  ports: MemoryPorts,
  totals: readonly (number | 'not-eligible')[],
): Promise<string[]> {
  const references: string[] = [];
  for (const total of totals) {
    const reference = await submitted(ports);
    await decide(ports, reference, total);
    references.push(reference);
  }
  return references;
}

/** Where result e-mails link to in these tests. */
export const WEB_URL = 'https://apply.example.lv';

/**
 * An administrator publishes the round's run (at `at`, after intake by default), and the publication job is driven
 * to its end, as the stream drives it in AWS: every application has its result and its e-mail after.
 */
export async function publishRun(
  ports: MemoryPorts,
  roundId: string,
  runId: string,
  at: Date = AFTER_INTAKE_AT,
): Promise<SelectionRunResponse> {
  const { answer } = await publishSelection(
    portsOf(ports, administrator),
    staffRequest(administrator, 'selection.publish', at),
    {
      roundId,
      runId,
    },
  );
  await drainPublication(ports, roundId, { webUrl: WEB_URL });
  return answer;
}

/** An administrator runs the round's selection after intake and publishes the run (at `at`: see `publishRun`). */
export async function runAndPublish(ports: MemoryPorts, roundId: string, at?: Date): Promise<SelectionRunResponse> {
  const admin = portsOf(ports, administrator);
  const { answer } = await runSelection(admin, staffRequest(administrator, 'selection.run'), roundId);
  return publishRun(ports, roundId, answer.run.runId, at);
}
