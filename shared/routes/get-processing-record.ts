import type { StaffRoute } from '../http/route-declaration.ts';
import type { StaffRun } from '../http/route-run.ts';
import { runningDeployment } from '../running-deployment.ts';
import { ProcessingRecordResponseSchema } from '../schemas/processing-record.ts';
import { getProcessingRecord } from '../use-cases/admin/get-processing-record.ts';

export const getProcessingRecordRoute = {
  method: 'GET',
  path: '/staff/processing-record',
  handler: 'get-processing-record',
  access: 'administrator',
  action: 'processing-record.read',
  summary:
    'Administrator: the record of processing activities (GDPR Art. 30): the categories of personal data with their ' +
    'purposes, legal bases, recipients, processors, where they are kept and for how long, and each round’s ' +
    'retention periods, from the code’s own declarations and the rounds.',
  answers: { 200: { json: ProcessingRecordResponseSchema } },
  // The rounds, for their retention periods.
  needs: { table: 'read', repositories: ['rounds'] },
} as const satisfies StaffRoute;

/** The record of processing activities, with the region and code version of the deployment that answers. */
export const run: StaffRun<typeof getProcessingRecordRoute> = async (_input, staff, ports) =>
  getProcessingRecord(ports, staff, runningDeployment());
