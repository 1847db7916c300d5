import { ReviewStateSchema } from '../../schemas/review.ts';
import type { SelectionReadinessResponse, UndecidedMunicipality } from '../../schemas/selection-api.ts';
import { roundRead } from '../staff/round-read.ts';
import { type CurrentSelection, currentSelection } from './selection-inputs.ts';

/**
 * What stops the selection now: the applications still waiting for a decision, counted per municipality the
 * caller may see and per review state, so each social service sees its own share and where to find it.
 */
export const getSelectionReadiness = roundRead(async (ports, round): Promise<SelectionReadinessResponse> => {
  const current = await currentSelection(ports, round);
  return { undecided: undecidedByMunicipality(current, (code) => ports.applications.covers(code)) };
});

/**
 * The undecided applications of `current`, per municipality in the round's order and per review state in the
 * states' own order; municipalities outside `covers` and those with none are left out. Counted from the
 * selection's own inputs, so these are exactly the applications a run would be refused for.
 */
export function undecidedByMunicipality(
  current: Pick<CurrentSelection, 'parts' | 'undecided'>,
  covers: (municipalityCode: string) => boolean,
): UndecidedMunicipality[] {
  const undecided = new Set(current.undecided);
  return current.parts.flatMap(({ municipalityCode, input }) => {
    if (!covers(municipalityCode)) return [];
    const counts = new Map<string, number>();
    for (const { reference, state } of input.applications) {
      if (undecided.has(reference)) counts.set(state, (counts.get(state) ?? 0) + 1);
    }
    const states = ReviewStateSchema.options.flatMap((state) => {
      const count = counts.get(state);
      return count ? [{ state, count }] : [];
    });
    const count = states.reduce((sum, state) => sum + state.count, 0);
    return count > 0 ? [{ municipalityCode, count, states }] : [];
  });
}
