import type { StaffRoute } from '../http/route-declaration.ts';
import { reference } from '../http/route-parts.ts';
import { applicationPath, retentionAnswer } from './shared-parts.ts';

export const liftHoldRoute = {
  method: 'DELETE',
  path: `${applicationPath}/hold`,
  handler: 'lift-hold',
  access: 'staff',
  action: 'hold.lift',
  summary: 'Staff: lift the legal hold; the round’s retention applies again.',
  params: { reference },
  answers: retentionAnswer,
  refusals: [409],
  needs: { table: 'readWrite' },
} as const satisfies StaffRoute;
