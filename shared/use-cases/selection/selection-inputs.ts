import { anonymisedCandidate } from '../../domain/anonymisation.ts';
import { reviewState } from '../../domain/review-rules.ts';
import { SELECTION_RULE_VERSION, selectMunicipality } from '../../domain/selection.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { ScopedApplication } from '../../ports/scoped-application-repository.ts';
import type { RunPart } from '../../ports/selection-runs.ts';
import type { Application } from '../../schemas/application.ts';
import type { Round } from '../../schemas/round.ts';
import type { SelectionCandidate } from '../../schemas/selection.ts';
import { runHash } from './run-hash.ts';

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

/** What one municipality's selection is run on. */
export interface MunicipalityCandidates {
  municipalityCode: string;
  cap: number;
  candidates: readonly SelectionCandidate[];
}

/**
 * The whole computation of a run, without any I/O: each municipality's canonical inputs and selection, and the
 * SHA-256 of all the inputs (rule version, round, and each municipality's cap and candidates in reference order).
 * The same data always give the same hash, so a stored run can be checked against today's data.
 */
export function selectRound(
  roundId: string,
  municipalities: readonly MunicipalityCandidates[],
): Pick<CurrentSelection, 'parts' | 'inputsHash' | 'undecided'> {
  const parts: RunPart[] = [];
  const undecided: string[] = [];
  const hash = runHash(SELECTION_RULE_VERSION, roundId);
  for (const { municipalityCode, cap, candidates } of municipalities) {
    const { input, outcome } = selectMunicipality(cap, candidates);
    hash.add(municipalityCode, input);
    if (outcome.ok) parts.push({ municipalityCode, input, result: outcome.result });
    else {
      undecided.push(...outcome.undecided);
      parts.push({ municipalityCode, input, result: { cap, selected: [], waitlisted: [], excluded: [] } });
    }
  }
  return { parts, inputsHash: hash.digest(), undecided: undecided.sort() };
}

/**
 * The selection as the stored data gives it right now, per municipality, with the hash of its inputs
 * (`selectRound`). The inputs of every municipality count, whoever asks; a social worker gets the applications of
 * their own municipality only. An application whose personal data was removed after a published selection counts
 * by its anonymised record, which gives the same candidate, so the run is still re-checked once the data is gone.
 */
export async function currentSelection(
  ports: Pick<StaffPorts, 'applications' | 'retention'>,
  round: Round,
): Promise<CurrentSelection> {
  const applications = new Map<string, ScopedApplication[]>();
  const queues = new Map((await ports.applications.roundQueues(round)).map((queue) => [queue.municipalityCode, queue]));
  const municipalities = await Promise.all(
    round.municipalities.map(async ({ code, cap }): Promise<MunicipalityCandidates> => {
      const queue = queues.get(code);
      if (!queue) throw new Error(`The queue of ${code} was not read`);
      if (queue.inScope) applications.set(code, queue.applications);
      const anonymised = await ports.retention.anonymisedInQueue(round.id, code);
      return {
        municipalityCode: code,
        cap,
        candidates: [
          ...(queue.inScope ? queue.applications.map(candidateOf) : queue.candidates),
          ...anonymised.map(anonymisedCandidate),
        ],
      };
    }),
  );
  return { ...selectRound(round.id, municipalities), applications };
}
