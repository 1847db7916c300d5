import { ConflictError, RuleViolationError } from '../../domain/errors.ts';
import { decideSave } from '../../domain/round-rules.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { RoundResponse } from '../../schemas/api.ts';
import type { RoundRules } from '../../schemas/round.ts';
import type { StaffContext } from '../staff/staff-context.ts';
import { changeRound } from './change-round.ts';

/**
 * Creates round `roundId`, or replaces its rules while its intake has not opened. Once it has, people have applied
 * under the rules, so only the same rules may be sent again; closing early and extending are what is left.
 */
export function saveRound(
  ports: StaffPorts,
  staff: StaffContext,
  input: { roundId: string; rules: RoundRules },
): Promise<{ created: boolean; round: RoundResponse }> {
  return changeRound(ports, staff, input.roundId, (stored) => {
    const decision = decideSave(stored, input.roundId, input.rules, staff.at);
    switch (decision.outcome) {
      case 'refused':
        throw new RuleViolationError(decision.violations);
      case 'frozen':
        throw new ConflictError('ROUND_FROZEN');
      case 'unchanged':
        return 'unchanged';
      case 'save':
        return decision.round;
    }
  });
}
