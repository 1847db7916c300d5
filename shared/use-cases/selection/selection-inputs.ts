import { createHash } from 'node:crypto';
import { anonymisedCandidate } from '../../domain/anonymisation.ts';
import { reviewState } from '../../domain/review-rules.ts';
import { canonicalInputs, SELECTION_RULE_VERSION, selectApplications } from '../../domain/selection.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { ScopedApplication } from '../../ports/scoped-application-repository.ts';
import type { RunPart } from '../../ports/selection-runs.ts';
import type { Application } from '../../schemas/application.ts';
import type { Round } from '../../schemas/round.ts';
import type { SelectionCandidate } from '../../schemas/selection.ts';

/** What the selection sees of an application: its review state, total score and first-come time. */
export function candidateOf(application: Application): SelectionCandidate {
  return {
    reference: application.reference,
    state: reviewState(application),
    totalScore: application.review?.scores?.total ?? null,
    receivedAt: application.receivedAt ?? application.createdAt,
  };
}

export interface CurrentSelection {
  /** Each municipality's inputs and, when nothing is undecided, its result. */
  parts: RunPart[];
  inputsHash: string;
  /** References still waiting for a decision, in every municipality; empty when the selection can run. */
  undecided: string[];
  /**
   * The applications read, by municipality, for callers that need more of them: only the municipalities in the
   * staff member's scope (every one for an administrator).
   */
  applications: Map<string, ScopedApplication[]>;
}

/**
 * The selection as the stored data gives it right now, per municipality, with the SHA-256 of the canonical
 * inputs (rule version, round, and each municipality's cap and candidates in reference order). The same data
 * always gives the same hash, so a stored run can be checked against today's data. The inputs of every
 * municipality count, whoever asks; a social worker gets the applications of their own municipality only. An
 * application whose personal data was removed after a published selection counts by its anonymised record, which
 * gives the same candidate, so the run is still re-checked once the data is gone.
 */
export async function currentSelection(
  ports: Pick<StaffPorts, 'applications' | 'retention'>,
  round: Round,
): Promise<CurrentSelection> {
  const parts: RunPart[] = [];
  const undecided: string[] = [];
  const applications = new Map<string, ScopedApplication[]>();
  const queues = new Map((await ports.applications.roundQueues(round)).map((queue) => [queue.municipalityCode, queue]));
  for (const municipality of round.municipalities) {
    const queue = queues.get(municipality.code);
    if (!queue) throw new Error(`The queue of ${municipality.code} was not read`);
    if (queue.inScope) applications.set(municipality.code, queue.applications);
    const anonymised = await ports.retention.anonymisedInQueue(round.id, municipality.code);
    const candidates = [
      ...(queue.inScope ? queue.applications.map(candidateOf) : queue.candidates),
      ...anonymised.map(anonymisedCandidate),
    ];
    const input = canonicalInputs(municipality.cap, candidates);
    const outcome = selectApplications(input);
    if (outcome.ok) parts.push({ municipalityCode: municipality.code, input, result: outcome.result });
    else {
      undecided.push(...outcome.undecided);
      parts.push({
        municipalityCode: municipality.code,
        input,
        result: { cap: municipality.cap, selected: [], waitlisted: [], excluded: [] },
      });
    }
  }
  const canonical = {
    ruleVersion: SELECTION_RULE_VERSION,
    roundId: round.id,
    municipalities: parts.map(({ municipalityCode, input }) => ({ municipalityCode, input })),
  };
  const inputsHash = createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
  return { parts, inputsHash, undecided: undecided.sort(), applications };
}
