import { RuleViolationError } from '../shared/domain/errors.ts';
import { jsonBody, pathParameter } from '../shared/http/request.ts';
import { json } from '../shared/http/responses.ts';
import { staffHandler } from '../shared/http/staff-handler.ts';
import { RoundIdSchema, RoundRulesSchema } from '../shared/schemas/round.ts';
import { saveRound } from '../shared/use-cases/admin/save-round.ts';

/** PUT /staff/rounds/{roundId}: an administrator creates a round (201), or edits one not yet open (200). */
export const handler = staffHandler('save-round', async (event, staff, ports) => {
  // The id names the round being made, so a malformed one is a mistake to fix, not an unknown round.
  const roundId = pathParameter(
    event,
    'roundId',
    RoundIdSchema,
    () => new RuleViolationError([{ code: 'ROUND_ID_INVALID', field: 'roundId' }]),
  );
  const rules = jsonBody(event, RoundRulesSchema);
  const { created, round } = await saveRound(ports, staff, { roundId, rules });
  return json(created ? 201 : 200, round);
});
