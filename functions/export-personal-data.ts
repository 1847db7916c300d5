import { jsonFileAnswer } from '../shared/http/route-answer.ts';
import { staffRoute } from '../shared/http/staff-route.ts';
import { exportPersonalDataRoute } from '../shared/routes/export-personal-data.ts';
import { exportPersonalData } from '../shared/use-cases/data-requests/export-personal-data.ts';

/** Everything held about one person, found by the personal code in the body, as a JSON file to save. */
export const handler = staffRoute(exportPersonalDataRoute, async ({ body }, staff, ports) => {
  const exported = await exportPersonalData(ports, staff, body);
  return jsonFileAnswer(exported.fileName, exported);
});
