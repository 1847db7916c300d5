import { answerWith } from '../shared/http/route-answer.ts';
import { staffRoute } from '../shared/http/staff-route.ts';
import { saveRoundRoute } from '../shared/routes/save-round.ts';
import { saveRound } from '../shared/use-cases/admin/save-round.ts';

/** Creates a round (201) or replaces its rules while intake has not opened (200). */
export const handler = staffRoute(saveRoundRoute, async ({ params, body }, staff, ports) => {
  const { created, round } = await saveRound(ports, staff, { roundId: params.roundId, rules: body });
  return answerWith(created ? 201 : 200, round);
});
