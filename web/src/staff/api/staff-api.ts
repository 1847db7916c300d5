import { type JsonRouteKey, type RequestOf, routeClient } from '../../api/route-client.ts';
import type { ApiError } from '../../api/types.ts';
import type { AccessExportRequest } from '../data-requests/types.ts';
import type { ServiceYearSaveRequest } from '../service-year/year-types.ts';
import type { IntakeWindowRequest, PaperApplicationRequest, QueueSearchRequest, RoundRules } from './types.ts';

/** The queue's filters, as its route declares them. */
export type QueueFilter = RequestOf<'GET /staff/rounds/{roundId}/applications'>['query'];

type AuditQuery = RequestOf<'GET /staff/audit'>['query'];

/** The routes that change one application: its reference in the path, the change in the body. */
type ApplicationChangeRoute = {
  [K in JsonRouteKey]: RequestOf<K> extends { params: { reference: string }; body: unknown }
    ? keyof RequestOf<K>['params'] extends 'reference'
      ? K
      : never
    : never;
}[JsonRouteKey];

/**
 * The audit log's filters as the page's address holds them: the action and outcome may be any text there, and the
 * server refuses what it does not know, with a message beside the field.
 */
export type AuditFilter = Omit<AuditQuery, 'action' | 'outcome'> & { action?: string; outcome?: string };

/**
 * Every staff route of the API, for one signed-in person. `onUnauthorized` hears of every 401 (an expired or
 * refused sign-in), so the pages need not handle it one by one.
 */
export function staffApi(token: string, onUnauthorized: (error: ApiError) => void) {
  const { call, download } = routeClient({ token, onUnauthorized });
  const application = (reference: string) => ({ params: { reference } });
  const round = (roundId: string) => ({ params: { roundId } });
  const applicationChange =
    <K extends ApplicationChangeRoute>(key: K) =>
    (reference: string, body: RequestOf<K>['body']) =>
      call(key, { ...application(reference), body } as RequestOf<K>);

  return {
    queue: (roundId: string, filter: QueueFilter) =>
      call('GET /staff/rounds/{roundId}/applications', { ...round(roundId), query: filter }),
    /** The search text goes in the body: it may be a personal code, which no address may hold. */
    searchQueue: (roundId: string, body: QueueSearchRequest) =>
      call('POST /staff/rounds/{roundId}/applications/search', { ...round(roundId), body }),
    /** How many applications wait for a social worker: the caller's own municipality, or every one. */
    waiting: (roundId: string) => call('GET /staff/rounds/{roundId}/waiting', round(roundId)),
    exportCsv: (roundId: string, options: { sensitive: boolean; municipality?: string | undefined }) =>
      download('GET /staff/rounds/{roundId}/export', {
        ...round(roundId),
        query: { sensitive: String(options.sensitive) as 'true' | 'false', municipality: options.municipality },
      }),
    registerPaper: (roundId: string, body: PaperApplicationRequest, idempotencyKey: string) =>
      call('POST /staff/rounds/{roundId}/paper-applications', {
        ...round(roundId),
        headers: { 'idempotency-key': idempotencyKey },
        body,
      }),
    paperUploadForm: (reference: string, documentType: string) =>
      call('POST /staff/applications/{reference}/paper-documents/{documentType}', {
        params: { reference, documentType },
      }),
    submitPaper: (reference: string) =>
      call('POST /staff/applications/{reference}/paper-submission', application(reference)),
    application: (reference: string) => call('GET /staff/applications/{reference}', application(reference)),
    /**
     * A link to the document for a minute: `inline` to read it and show it in the page, `attachment` to save it.
     * Refused (409) while its virus check is not finished, when it found a virus, or when it could not check the
     * file: see `isDocumentRefusal`.
     */
    documentLink: (reference: string, documentType: string, disposition: 'inline' | 'attachment') =>
      call('GET /staff/applications/{reference}/documents/{documentType}', {
        params: { reference, documentType },
        query: { disposition },
      }),
    checkDocuments: applicationChange('PUT /staff/applications/{reference}/document-check'),
    decideEligibility: applicationChange('PUT /staff/applications/{reference}/eligibility'),
    recordScores: applicationChange('PUT /staff/applications/{reference}/scores'),
    addNote: applicationChange('POST /staff/applications/{reference}/notes'),
    duplicates: (reference: string) => call('GET /staff/applications/{reference}/duplicates', application(reference)),
    resolveDuplicates: applicationChange('PUT /staff/applications/{reference}/duplicate-resolution'),
    audit: (filter: AuditFilter) => call('GET /staff/audit', { query: filter as AuditQuery }),
    recordWithdrawal: applicationChange('PUT /staff/applications/{reference}/withdrawal'),
    /**
     * The round's latest selection run as it stands now, with a page of a municipality's result from row `from`
     * (administrators name the municipality); 404 `SELECTION_NOT_RUN` before the first.
     */
    latestSelection: (roundId: string, municipality?: string, from?: number) =>
      call('GET /staff/rounds/{roundId}/selection-runs/latest', { ...round(roundId), query: { municipality, from } }),
    /** The applications still waiting for a decision, per municipality (a social worker's own). */
    selectionReadiness: (roundId: string) => call('GET /staff/rounds/{roundId}/selection-readiness', round(roundId)),
    runSelection: (roundId: string) => call('POST /staff/rounds/{roundId}/selection-runs', round(roundId)),
    publishSelection: (roundId: string, runId: string) =>
      call('POST /staff/rounds/{roundId}/selection-runs/{runId}/publication', { params: { roundId, runId } }),
    /** A page of the protocol's rows from row `from`, with the rest of the document. */
    protocol: (roundId: string, municipality: string | undefined, from: number) =>
      call('GET /staff/rounds/{roundId}/protocol', {
        ...round(roundId),
        query: { municipality, format: 'json', from },
      }),
    protocolCsv: (roundId: string, municipality: string | undefined) =>
      download('GET /staff/rounds/{roundId}/protocol', { ...round(roundId), query: { municipality, format: 'csv' } }),
    dashboard: (roundId: string) => call('GET /staff/rounds/{roundId}/dashboard', round(roundId)),
    /** Administrators: the round with who changed its intake window, and when the selection was published. */
    intakeWindow: (roundId: string) => call('GET /staff/rounds/{roundId}/intake-window', round(roundId)),
    closeIntake: (roundId: string) => call('POST /staff/rounds/{roundId}/intake-closure', round(roundId)),
    extendIntake: (roundId: string, body: IntakeWindowRequest) =>
      call('PUT /staff/rounds/{roundId}/intake-window', { ...round(roundId), body }),
    /** Administrators: creates the round (201) or replaces its rules (200) while intake has not opened. */
    saveRound: (roundId: string, body: RoundRules) => call('PUT /staff/rounds/{roundId}', { ...round(roundId), body }),
    /** A municipality's participants of the round; administrators name the municipality. */
    participants: (roundId: string, municipality: string | undefined) =>
      call('GET /staff/rounds/{roundId}/participants', { ...round(roundId), query: { municipality } }),
    supportPlan: (reference: string) => call('GET /staff/applications/{reference}/plan', application(reference)),
    drawUpPlan: applicationChange('POST /staff/applications/{reference}/plan/versions'),
    agreePlan: applicationChange('PUT /staff/applications/{reference}/plan/agreement'),
    recordPlanMonth: applicationChange('PUT /staff/applications/{reference}/plan/deliveries'),
    addPlanReview: applicationChange('POST /staff/applications/{reference}/plan/reviews'),
    endPlan: applicationChange('PUT /staff/applications/{reference}/plan/end'),
    /** The round's year of services; a social worker's own municipality's providers only. */
    serviceYear: (roundId: string) => call('GET /staff/rounds/{roundId}/service-year', round(roundId)),
    /** Administrators: over the revision read; 409 `ROUND_CHANGED` when another change came first. */
    saveServiceYear: (roundId: string, body: ServiceYearSaveRequest) =>
      call('PUT /staff/rounds/{roundId}/service-year', { ...round(roundId), body }),
    serviceYearDashboard: (roundId: string) =>
      call('GET /staff/rounds/{roundId}/service-year/dashboard', { ...round(roundId), query: { format: 'json' } }),
    serviceYearDashboardCsv: (roundId: string) =>
      download('GET /staff/rounds/{roundId}/service-year/dashboard', { ...round(roundId), query: { format: 'csv' } }),
    serviceYearEvaluation: (roundId: string) =>
      call('GET /staff/rounds/{roundId}/service-year/evaluation', { ...round(roundId), query: { format: 'json' } }),
    serviceYearEvaluationCsv: (roundId: string) =>
      download('GET /staff/rounds/{roundId}/service-year/evaluation', { ...round(roundId), query: { format: 'csv' } }),
    /** Administrators: the record of processing activities, with every round's retention periods. */
    processingRecord: () => call('GET /staff/processing-record', {}),
    /** A copy of everything held about a person: the personal code goes in the body, never in an address. */
    exportPersonalData: (body: AccessExportRequest) => call('POST /staff/personal-data/exports', { body }),
    correctPersonalDetails: applicationChange('PUT /staff/applications/{reference}/personal-details'),
    /** How long the application's personal data is kept, its hold, and whether it may be erased on request now. */
    retention: (reference: string) => call('GET /staff/applications/{reference}/retention', application(reference)),
    placeHold: applicationChange('PUT /staff/applications/{reference}/hold'),
    liftHold: (reference: string) => call('DELETE /staff/applications/{reference}/hold', application(reference)),
    /** Erasure at the person's request, identity checked; refused (409) on hold or after a published selection. */
    eraseApplication: (reference: string) =>
      call('POST /staff/applications/{reference}/erasure', {
        ...application(reference),
        body: { identityChecked: true },
      }),
  };
}

export type StaffApi = ReturnType<typeof staffApi>;

// Sorted by the server's error table, as every other answer is.
export { isDocumentRefusal } from '../../api/error-kinds.ts';
