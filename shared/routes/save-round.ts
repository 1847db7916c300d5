import { answerWith } from '../http/route-answer.ts';
import type { StaffRoute } from '../http/route-declaration.ts';
import { newRoundId } from '../http/route-parts.ts';
import type { StaffRun } from '../http/route-run.ts';
import { RoundResponseSchema } from '../schemas/api.ts';
import { RoundRulesSchema } from '../schemas/round.ts';
import { saveRound } from '../use-cases/admin/save-round.ts';
import { roundPath } from './staff-paths.ts';

export const saveRoundRoute = {
  method: 'PUT',
  path: roundPath,
  handler: 'save-round',
  access: 'administrator',
  action: 'round.save',
  summary:
    'Administrator: create a round (201), or replace its rules before intake opens (200); once intake has opened, only the same rules again. Answers with the round as GET /rounds/{roundId} shows it.',
  params: { roundId: newRoundId },
  body: RoundRulesSchema,
  answers: { 200: { json: RoundResponseSchema }, 201: { json: RoundResponseSchema } },
  refusals: [409, 422],
  needs: { table: 'readWrite', repositories: ['rounds'] },
} as const satisfies StaffRoute;

/** Creates a round (201) or replaces its rules while intake has not opened (200). */
export const run: StaffRun<typeof saveRoundRoute> = async ({ params, body }, staff, ports) => {
  const { created, round } = await saveRound(ports, staff, { roundId: params.roundId, rules: body });
  return answerWith(created ? 201 : 200, round);
};
