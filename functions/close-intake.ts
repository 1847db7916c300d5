import { staffRoute } from '../shared/http/route-handler.ts';
import { closeIntake } from '../shared/use-cases/admin/close-intake.ts';

/** Closes open intake early; it takes effect a little later. */
export const handler = staffRoute('close-intake', async ({ params }, staff, ports) =>
  closeIntake(ports, staff, params.roundId),
);
