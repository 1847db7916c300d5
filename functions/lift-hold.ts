import { staffRoute } from '../shared/http/route-handler.ts';
import { liftHold } from '../shared/use-cases/retention/legal-hold.ts';

/** Lifts the legal hold: the round's retention applies again. */
export const handler = staffRoute('lift-hold', async ({ params }, staff, ports) =>
  liftHold(ports, staff, params.reference),
);
