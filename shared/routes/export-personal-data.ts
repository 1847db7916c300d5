import { jsonFileAnswer } from '../http/route-answer.ts';
import type { StaffRoute } from '../http/route-declaration.ts';
import type { StaffRun } from '../http/route-run.ts';
import { AccessExportRequestSchema, AccessExportSchema } from '../schemas/data-requests.ts';
import { exportPersonalData } from '../use-cases/data-requests/export-personal-data.ts';

export const exportPersonalDataRoute = {
  method: 'POST',
  path: '/staff/personal-data/exports',
  handler: 'export-personal-data',
  access: 'staff',
  action: 'personal-data.export',
  summary:
    'Staff: everything held about one person in every round (GDPR Art. 15), found by the keyed hash of the ' +
    'personal code sent in the body: each application with its answers, documents (listed; each opened through ' +
    'the document link), decisions, points, selection runs and result, support plan, e-mails and every staff ' +
    'read and change. A social worker’s export holds their own municipality’s applications and names the ' +
    'municipalities that hold others. A JSON document of a versioned shape, answered as a file to save. The ' +
    'audit entry names the applications, never the code.',
  body: AccessExportRequestSchema,
  answers: { 200: { json: AccessExportSchema } },
  refusals: [422],
  // Reads the whole table (drafts and the e-mail ledger are under no person's key), each application's history,
  // and the sizes of uploads still in storage.
  needs: {
    table: 'read',
    repositories: ['rounds', 'applications', 'supportPlans', 'personalData'],
    audit: 'appendAndHistory',
    bucket: ['readUploads'],
  },
} as const satisfies StaffRoute;

/** Everything held about one person, found by the personal code in the body, as a JSON file to save. */
export const run: StaffRun<typeof exportPersonalDataRoute> = async ({ body }, staff, ports) => {
  const exported = await exportPersonalData(ports, staff, body);
  return jsonFileAnswer(exported.fileName, exported);
};
