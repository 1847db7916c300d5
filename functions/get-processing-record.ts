import { staffRoute } from '../shared/http/staff-route.ts';
import { getProcessingRecordRoute } from '../shared/routes/get-processing-record.ts';
import { runningDeployment } from '../shared/running-deployment.ts';
import { getProcessingRecord } from '../shared/use-cases/admin/get-processing-record.ts';

/** The record of processing activities, with the region and code version of the deployment that answers. */
export const handler = staffRoute(getProcessingRecordRoute, async (_input, staff, ports) =>
  getProcessingRecord(ports, staff, runningDeployment()),
);
