import { staffRoute } from '../shared/http/route-handler.ts';
import { getIntakeWindow } from '../shared/use-cases/admin/get-intake-window.ts';

/** The round's intake window with who changed it, and whether the selection was published. */
export const handler = staffRoute('get-intake-window', async ({ params }, staff, ports) =>
  getIntakeWindow(ports, staff, params.roundId),
);
