import { type ApiResult, routeClient } from './route-client.ts';
import type { ApplicationRequest, Created } from './types.ts';

export type { ApiResult };

const client = routeClient();
const access = (created: Created) => ({ 'x-access-code': created.accessCode });

/** The applicant's calls: the round, and one application reached by its reference and access code. */
export const api = {
  rounds: () => client.call('GET /rounds', {}),
  round: (roundId: string) => client.call('GET /rounds/{roundId}', { params: { roundId } }),
  create: (roundId: string, body: ApplicationRequest, idempotencyKey: string) =>
    client.call('POST /rounds/{roundId}/applications', {
      params: { roundId },
      headers: { 'idempotency-key': idempotencyKey },
      body,
    }),
  replace: (created: Created, body: ApplicationRequest) =>
    client.call('PUT /applications/{reference}', {
      params: { reference: created.reference },
      headers: access(created),
      body,
    }),
  uploadForm: (created: Created, documentType: string) =>
    client.call('POST /applications/{reference}/documents/{documentType}', {
      params: { reference: created.reference, documentType },
      headers: access(created),
    }),
  submit: (created: Created) =>
    client.call('POST /applications/{reference}/submission', {
      params: { reference: created.reference },
      headers: access(created),
    }),
  status: (created: Created) =>
    client.call('GET /applications/{reference}', {
      params: { reference: created.reference },
      headers: access(created),
    }),
  /** The answers of a saved draft, to continue it from the e-mailed link. */
  draftAnswers: (created: Created) =>
    client.call('GET /applications/{reference}/answers', {
      params: { reference: created.reference },
      headers: access(created),
    }),
  requestLink: (reference: string, email: string) =>
    client.call('POST /applications/link-requests', { body: { reference, email } }),
  /** A participant's support plan; 404 `PLAN_NOT_READY` while there is none. */
  plan: (created: Created) =>
    client.call('GET /applications/{reference}/plan', {
      params: { reference: created.reference },
      headers: access(created),
    }),
  /** Agrees to the version of the plan the person read. */
  agreeToPlan: (created: Created, version: number) =>
    client.call('POST /applications/{reference}/plan/agreement', {
      params: { reference: created.reference },
      headers: access(created),
      body: { version },
    }),
};
