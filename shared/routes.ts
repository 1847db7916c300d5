/**
 * THE route table. The CDK API stack makes one Lambda function and one HTTP API route per row; the local host
 * dispatches by the same rows. `handler` names the file `functions/<handler>.ts`, which exports `handler`.
 */
export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** API Gateway path syntax: `{name}` is a path parameter. */
  path: string;
  handler: string;
  /** `public`: anyone may call it; abuse is held off by throttling and by secrets in headers. */
  access: 'public';
}

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
];

/** Functions fed by the applications table's stream rather than by HTTP. */
export const streamConsumers = [{ handler: 'send-notifications' }] as const;
