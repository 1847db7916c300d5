import { createHash } from 'node:crypto';
import { reviewState } from '../../domain/review-rules.ts';
import { canonicalInputs, SELECTION_RULE_VERSION, selectApplications } from '../../domain/selection.ts';
import type { Ports } from '../../ports/index.ts';
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
  /** The applications read, by municipality, for callers that need more of them. */
  applications: Map<string, Application[]>;
}

/**
 * The selection as the stored data gives it right now, per municipality, with the SHA-256 of the canonical
 * inputs (rule version, round, and each municipality's cap and candidates in reference order). The same data
 * always gives the same hash, so a stored run can be checked against today's data.
 */
export async function currentSelection(ports: Ports, round: Round): Promise<CurrentSelection> {
  const parts: RunPart[] = [];
  const undecided: string[] = [];
  const applications = new Map<string, Application[]>();
  for (const municipality of round.municipalities) {
    const queue = await ports.applications.queue(round.id, municipality.code);
    applications.set(municipality.code, queue);
    const input = canonicalInputs(municipality.cap, queue.map(candidateOf));
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
