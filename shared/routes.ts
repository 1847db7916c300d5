/**
 * THE route table. The CDK API stack makes one Lambda function and one HTTP API route per row; the local host
 * dispatches by the same rows. `handler` names the file `functions/<handler>.ts`, which exports `handler`.
 */
import type { AuditAction } from './schemas/audit.ts';

interface RouteBase {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** API Gateway path syntax: `{name}` is a path parameter. */
  path: string;
  handler: string;
}

/** Anyone may call it; abuse is held off by throttling and by secrets in headers. */
interface PublicRoute extends RouteBase {
  access: 'public';
}

/**
 * Signed-in staff only: `staff` lets social workers (their own municipality) and administrators in,
 * `administrator` administrators alone. Every request, refused ones included, leaves one audit entry of `action`.
 */
interface StaffRoute extends RouteBase {
  access: 'staff' | 'administrator';
  action: AuditAction;
}

export type Route = PublicRoute | StaffRoute;

export const routes: readonly Route[] = [
  { method: 'GET', path: '/openapi.json', handler: 'get-openapi', access: 'public' },
  { method: 'GET', path: '/rounds', handler: 'list-rounds', access: 'public' },
  { method: 'GET', path: '/rounds/{roundId}', handler: 'get-round', access: 'public' },
  { method: 'POST', path: '/rounds/{roundId}/applications', handler: 'create-application', access: 'public' },
  {
    method: 'POST',
    path: '/applications/{reference}/documents/{documentType}',
    handler: 'create-upload-form',
    access: 'public',
  },
  { method: 'POST', path: '/applications/{reference}/submission', handler: 'submit-application', access: 'public' },
  { method: 'GET', path: '/applications/{reference}', handler: 'get-application-status', access: 'public' },
  { method: 'PUT', path: '/applications/{reference}', handler: 'update-application', access: 'public' },
  ...staffRoutes(),
];

function staffRoutes(): StaffRoute[] {
  const application = '/staff/applications/{reference}';
  const round = '/staff/rounds/{roundId}';
  const row =
    (access: StaffRoute['access']) =>
    (method: Route['method'], path: string, handler: string, action: AuditAction): StaffRoute => ({
      method,
      path,
      handler,
      access,
      action,
    });
  const staff = row('staff');
  const admin = row('administrator');
  return [
    staff('GET', `${round}/applications`, 'list-queue', 'queue.read'),
    staff('GET', `${round}/export`, 'export-queue', 'queue.export'),
    staff('POST', `${round}/paper-applications`, 'register-paper-application', 'paper.register'),
    staff('GET', application, 'get-staff-application', 'application.read'),
    staff('GET', `${application}/documents/{documentType}`, 'get-document-link', 'document.download'),
    staff('PUT', `${application}/document-check`, 'check-documents', 'documents.check'),
    staff('PUT', `${application}/eligibility`, 'decide-eligibility', 'eligibility.decide'),
    staff('PUT', `${application}/scores`, 'record-scores', 'scores.record'),
    staff('POST', `${application}/notes`, 'add-note', 'note.add'),
    staff('GET', `${application}/duplicates`, 'list-duplicates', 'duplicates.read'),
    staff('PUT', `${application}/duplicate-resolution`, 'resolve-duplicates', 'duplicates.resolve'),
    staff('POST', `${application}/paper-documents/{documentType}`, 'create-paper-upload-form', 'paper.upload-form'),
    staff('POST', `${application}/paper-submission`, 'submit-paper-application', 'paper.submit'),
    staff('PUT', `${application}/withdrawal`, 'record-withdrawal', 'application.withdraw'),
    staff('GET', `${round}/selection-runs/latest`, 'get-selection-run', 'selection.read'),
    staff('GET', `${round}/protocol`, 'get-protocol', 'protocol.read'),
    admin('GET', '/staff/audit', 'list-audit-entries', 'audit.read'),
    admin('PUT', round, 'save-round', 'round.save'),
    admin('POST', `${round}/intake-closure`, 'close-intake', 'intake.close'),
    admin('PUT', `${round}/intake-window`, 'extend-intake', 'intake.extend'),
    admin('POST', `${round}/selection-runs`, 'run-selection', 'selection.run'),
    admin('POST', `${round}/selection-runs/{runId}/publication`, 'publish-selection', 'selection.publish'),
    admin('GET', `${round}/dashboard`, 'get-dashboard', 'dashboard.read'),
  ];
}

/** Functions fed by the applications table's stream rather than by HTTP. */
export const streamConsumers = [{ handler: 'send-notifications' }] as const;

/**
 * Functions fed by SES delivery events (bounces and complaints, published by the configuration set to a topic),
 * locally by the mail stand-in's simulator addresses.
 */
export const mailEventConsumers = [{ handler: 'record-mail-events' }] as const;
