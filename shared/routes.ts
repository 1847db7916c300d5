/**
 * THE route table: one declaration per route (see `http/route-declaration.ts`). The CDK API stack makes one Lambda
 * function, one HTTP API route and exactly the grants of `needs` per row; the local host dispatches by the same
 * rows; `functions/<handler>.ts` binds the row to its use case and gets its input parsed by it; the OpenAPI
 * document and the web's typed client follow from it.
 */
import { EARLY_CLOSING_DELAY_MS } from './domain/round-rules.ts';
import type { FunctionNeeds } from './function-needs.ts';
import type { Route } from './http/route-declaration.ts';
import { accessCode, documentType, idempotencyKey, newRoundId, reference, roundId, runId } from './http/route-parts.ts';
import {
  ApplicationStatusResponseSchema,
  CreateApplicationResponseSchema,
  DraftAnswersResponseSchema,
  LinkRequestResponseSchema,
  LinkRequestSchema,
  ListRoundsResponseSchema,
  OpenApiDocumentSchema,
  RoundResponseSchema,
  UploadFormResponseSchema,
} from './schemas/api.ts';
import { CreateApplicationRequestSchema } from './schemas/application.ts';
import { AuditQuerySchema } from './schemas/audit.ts';
import {
  AccessExportRequestSchema,
  AccessExportSchema,
  PersonalDetailsCorrectionRequestSchema,
} from './schemas/data-requests.ts';
import { IntakeWindowResponseSchema } from './schemas/intake-api.ts';
import { ParticipantPlanResponseSchema, PlanAgreementRequestSchema } from './schemas/participant-api.ts';
import {
  MonthDeliveryBodySchema,
  ParticipantsQuerySchema,
  ParticipantsResponseSchema,
  PlanAgreementBodySchema,
  PlanEndBodySchema,
  PlanResponseSchema,
  PlanReviewBodySchema,
  PlanVersionBodySchema,
} from './schemas/plans-api.ts';
import { ProcessingRecordResponseSchema } from './schemas/processing-record.ts';
import { ErasureRequestSchema, HoldRequestSchema, RetentionResponseSchema } from './schemas/retention.ts';
import { ExtendIntakeRequestSchema, RoundRulesSchema } from './schemas/round.ts';
import {
  DashboardResponseSchema,
  ProtocolQuerySchema,
  ProtocolResponseSchema,
  SelectionReadinessResponseSchema,
  SelectionRunQuerySchema,
  SelectionRunResponseSchema,
  WithdrawalRequestSchema,
} from './schemas/selection-api.ts';
import {
  EvaluationResponseSchema,
  FiguresQuerySchema,
  ServiceYearFiguresResponseSchema,
  ServiceYearResponseSchema,
  ServiceYearSaveRequestSchema,
} from './schemas/service-year-api.ts';
import {
  AuditPageResponseSchema,
  DocumentCheckRequestSchema,
  DocumentLinkQuerySchema,
  DownloadLinkResponseSchema,
  DuplicateResolutionRequestSchema,
  DuplicatesResponseSchema,
  EligibilityRequestSchema,
  ExportQuerySchema,
  NoteRequestSchema,
  PaperApplicationRequestSchema,
  PaperApplicationResponseSchema,
  QueueQuerySchema,
  QueueResponseSchema,
  QueueSearchRequestSchema,
  QueueSearchResponseSchema,
  ScoresRequestSchema,
  StaffApplicationResponseSchema,
  WaitingCountsResponseSchema,
} from './schemas/staff-api.ts';

export type { PublicRoute, Route, RouteAddress, StaffRoute } from './http/route-declaration.ts';

/** Submitting judges the uploads, keeps what passed and discards what did not. */
const SUBMITS = ['readUploads', 'deleteUploads', 'keepSubmitted'] as const;

const application = '/staff/applications/{reference}';
const round = '/staff/rounds/{roundId}';
const review = { 200: { json: StaffApplicationResponseSchema } } as const;
const plan = { 200: { json: PlanResponseSchema } } as const;
const retention = { 200: { json: RetentionResponseSchema } } as const;

export const routes = [
  {
    method: 'GET',
    path: '/openapi.json',
    handler: 'get-openapi',
    access: 'public',
    summary: 'This document.',
    answers: { 200: { json: OpenApiDocumentSchema } },
    needs: {},
  },
  {
    method: 'GET',
    path: '/rounds',
    handler: 'list-rounds',
    access: 'public',
    summary: 'The intake rounds, newest first, with whether intake is open now.',
    answers: { 200: { json: ListRoundsResponseSchema } },
    needs: { table: 'read' },
  },
  {
    method: 'GET',
    path: '/rounds/{roundId}',
    handler: 'get-round',
    access: 'public',
    summary: 'The rules of an intake round and whether intake is open now.',
    params: { roundId },
    answers: { 200: { json: RoundResponseSchema } },
    needs: { table: 'read' },
  },
  {
    method: 'POST',
    path: '/rounds/{roundId}/applications',
    handler: 'create-application',
    access: 'public',
    summary: 'Start a draft application. Retrying with the same Idempotency-Key returns the first answer.',
    params: { roundId },
    headers: { idempotencyKey },
    body: CreateApplicationRequestSchema,
    answers: { 201: { json: CreateApplicationResponseSchema } },
    refusals: [409, 422],
    needs: { table: 'readWrite' },
  },
  {
    method: 'POST',
    path: '/applications/{reference}/documents/{documentType}',
    handler: 'create-upload-form',
    access: 'public',
    summary: 'A presigned POST form for one document (PDF, JPEG or PNG, at most 10 MB).',
    params: { reference, documentType },
    headers: { accessCode },
    answers: { 200: { json: UploadFormResponseSchema } },
    refusals: [409, 422],
    needs: { table: 'read', bucket: ['uploadForms'] },
  },
  {
    method: 'POST',
    path: '/applications/{reference}/submission',
    handler: 'submit-application',
    access: 'public',
    summary: 'Send the draft in. The server’s receipt time decides its place in the first-come order.',
    params: { reference },
    headers: { accessCode },
    answers: { 200: { json: ApplicationStatusResponseSchema } },
    refusals: [422],
    needs: { table: 'readWrite', bucket: SUBMITS },
  },
  {
    method: 'GET',
    path: '/applications/{reference}',
    handler: 'get-application-status',
    access: 'public',
    summary: 'The status of an application.',
    params: { reference },
    headers: { accessCode },
    answers: { 200: { json: ApplicationStatusResponseSchema } },
    // A draft's status says which documents have arrived, so it looks into the bucket.
    needs: { table: 'read', bucket: ['readUploads'] },
  },
  {
    method: 'GET',
    path: '/applications/{reference}/plan',
    handler: 'get-participant-plan',
    access: 'public',
    summary:
      'The participant’s support plan, as the person may see it: goals, services with their providers, the budget, ' +
      'the months delivered and what is left. 404 PLAN_NOT_READY while the application has no plan.',
    params: { reference },
    headers: { accessCode },
    answers: { 200: { json: ParticipantPlanResponseSchema } },
    needs: { table: 'read' },
  },
  {
    method: 'POST',
    path: '/applications/{reference}/plan/agreement',
    handler: 'agree-to-plan',
    access: 'public',
    summary:
      'The participant agrees online to the version of the plan they read. Agreeing again changes nothing; 409 ' +
      'PLAN_VERSION_CHANGED when the plan has a newer version, 422 PLAN_ENDED once it has ended.',
    params: { reference },
    headers: { accessCode },
    body: PlanAgreementRequestSchema,
    answers: { 200: { json: ParticipantPlanResponseSchema } },
    refusals: [409, 422],
    // The agreement is stored with an audit entry, so the social service sees it in the plan's history.
    needs: { table: 'readWrite', audit: 'append' },
  },
  {
    method: 'GET',
    path: '/applications/{reference}/answers',
    handler: 'get-draft-answers',
    access: 'public',
    summary: 'The answers of a draft (same body as the create request), to continue it later from the e-mailed link.',
    params: { reference },
    headers: { accessCode },
    answers: { 200: { json: DraftAnswersResponseSchema } },
    refusals: [409],
    needs: { table: 'read' },
  },
  {
    method: 'POST',
    path: '/applications/link-requests',
    handler: 'request-link',
    access: 'public',
    summary:
      'Send the status link and the access code again, to the e-mail address on file, when the number and the ' +
      'address given match (at most 3 e-mails per application a day). The answer is the same whether or not ' +
      'they match.',
    body: LinkRequestSchema,
    answers: { 202: { json: LinkRequestResponseSchema } },
    // Counts the e-mails per application and day.
    needs: { table: 'readWrite', mail: true },
  },
  {
    method: 'PUT',
    path: '/applications/{reference}',
    handler: 'update-application',
    access: 'public',
    summary: 'Correct the answers of a draft (same body as the create request); uploaded documents stay.',
    params: { reference },
    headers: { accessCode },
    body: CreateApplicationRequestSchema,
    answers: { 200: { json: ApplicationStatusResponseSchema } },
    refusals: [409, 422],
    // The answer says which documents of the draft have arrived.
    needs: { table: 'readWrite', bucket: ['readUploads'] },
  },

  // Staff. Changes write the application and the audit entry in one transaction, so `readWrite` on the table
  // goes with the audit log; they answer with the application and its history, read from the log's
  // `application` index (`appendAndHistory`).
  {
    method: 'GET',
    path: `${round}/applications`,
    handler: 'list-queue',
    access: 'staff',
    action: 'queue.read',
    summary:
      'Staff: the municipality’s submitted applications in selection order or another, filtered by review state, with counts per review state.',
    params: { roundId },
    query: QueueQuerySchema,
    answers: { 200: { json: QueueResponseSchema } },
    refusals: [422],
    needs: { table: 'read' },
  },
  {
    method: 'POST',
    path: `${round}/applications/search`,
    handler: 'search-queue',
    access: 'staff',
    action: 'queue.search',
    summary:
      'Staff: the municipality’s applications that match a whole reference, a whole personal code or words of the ' +
      'name, sorted and paged as the queue. In the body, so a personal code stays out of addresses and logs; the ' +
      'audit entry records that a search was made, not what was searched for.',
    params: { roundId },
    body: QueueSearchRequestSchema,
    answers: { 200: { json: QueueSearchResponseSchema } },
    refusals: [422],
    needs: { table: 'read' },
  },
  {
    method: 'GET',
    path: `${round}/waiting`,
    handler: 'count-waiting',
    access: 'staff',
    action: 'waiting.read',
    summary:
      'Staff: how many applications wait to be reviewed or for a decision on a possible duplicate, per ' +
      'municipality: a social worker’s own, every one for administrators.',
    params: { roundId },
    answers: { 200: { json: WaitingCountsResponseSchema } },
    needs: { table: 'read' },
  },
  {
    method: 'GET',
    path: `${round}/export`,
    handler: 'export-queue',
    access: 'staff',
    action: 'queue.export',
    summary: 'Staff: the queue as a CSV file; personal columns only with sensitive=true. Audited.',
    params: { roundId },
    query: ExportQuerySchema,
    answers: { 200: { csv: true } },
    refusals: [422],
    needs: { table: 'read' },
  },
  {
    method: 'POST',
    path: `${round}/paper-applications`,
    handler: 'register-paper-application',
    access: 'staff',
    action: 'paper.register',
    summary: 'Social worker: register an application the office received on paper, with the office’s receipt time.',
    params: { roundId },
    headers: { idempotencyKey },
    body: PaperApplicationRequestSchema,
    answers: { 201: { json: PaperApplicationResponseSchema } },
    refusals: [409, 422],
    needs: { table: 'readWrite' },
  },
  {
    method: 'GET',
    path: application,
    handler: 'get-staff-application',
    access: 'staff',
    action: 'application.read',
    summary: 'Staff: everything about one application, with its history. Audited.',
    params: { reference },
    answers: review,
    needs: { table: 'read', audit: 'appendAndHistory' },
  },
  {
    method: 'GET',
    path: `${application}/documents/{documentType}`,
    handler: 'get-document-link',
    access: 'staff',
    action: 'document.download',
    summary:
      'Staff: a link to one document, valid for 60 seconds, once the malware scan has found it clean ' +
      '(409 DOCUMENT_SCAN_PENDING, DOCUMENT_THREAT_FOUND or DOCUMENT_SCAN_FAILED until then): `disposition=inline` ' +
      'for showing it in the page with its own content type, `attachment` (the default) for saving it. Audited.',
    params: { reference, documentType },
    query: DocumentLinkQuerySchema,
    answers: { 200: { json: DownloadLinkResponseSchema } },
    refusals: [409, 422],
    // Presigns a download, which is only as good as the signer's own s3:GetObject: clean documents only.
    needs: { table: 'read', bucket: ['readClean'] },
  },
  {
    method: 'PUT',
    path: `${application}/document-check`,
    handler: 'check-documents',
    access: 'staff',
    action: 'documents.check',
    summary: 'Staff: record whether the documents are in order.',
    params: { reference },
    body: DocumentCheckRequestSchema,
    answers: review,
    refusals: [409, 422],
    needs: { table: 'readWrite', audit: 'appendAndHistory' },
  },
  {
    method: 'PUT',
    path: `${application}/eligibility`,
    handler: 'decide-eligibility',
    access: 'staff',
    action: 'eligibility.decide',
    summary: 'Staff: decide eligible or not eligible, with a reason.',
    params: { reference },
    body: EligibilityRequestSchema,
    answers: review,
    refusals: [409, 422],
    needs: { table: 'readWrite', audit: 'appendAndHistory' },
  },
  {
    method: 'PUT',
    path: `${application}/scores`,
    handler: 'record-scores',
    access: 'staff',
    action: 'scores.record',
    summary: 'Staff: points for each selection criterion of the round, with a justification.',
    params: { reference },
    body: ScoresRequestSchema,
    answers: review,
    refusals: [409, 422],
    needs: { table: 'readWrite', audit: 'appendAndHistory' },
  },
  {
    method: 'POST',
    path: `${application}/notes`,
    handler: 'add-note',
    access: 'staff',
    action: 'note.add',
    summary: 'Staff: add a note to the review.',
    params: { reference },
    body: NoteRequestSchema,
    answers: review,
    refusals: [409, 422],
    needs: { table: 'readWrite', audit: 'appendAndHistory' },
  },
  {
    method: 'GET',
    path: `${application}/duplicates`,
    handler: 'list-duplicates',
    access: 'staff',
    action: 'duplicates.read',
    summary: 'Staff: the person’s applications in the round (same personal code), side by side.',
    params: { reference },
    answers: { 200: { json: DuplicatesResponseSchema } },
    needs: { table: 'read' },
  },
  {
    method: 'PUT',
    path: `${application}/duplicate-resolution`,
    handler: 'resolve-duplicates',
    access: 'staff',
    action: 'duplicates.resolve',
    summary: 'Staff: which of the person’s applications stands, and why. Nothing is deleted.',
    params: { reference },
    body: DuplicateResolutionRequestSchema,
    answers: { 200: { json: DuplicatesResponseSchema } },
    refusals: [409, 422],
    needs: { table: 'readWrite' },
  },
  {
    method: 'POST',
    path: `${application}/paper-documents/{documentType}`,
    handler: 'create-paper-upload-form',
    access: 'staff',
    action: 'paper.upload-form',
    summary: 'Social worker: a presigned POST form for one scanned document of a registered paper application.',
    params: { reference, documentType },
    answers: { 200: { json: UploadFormResponseSchema } },
    refusals: [422],
    needs: { table: 'read', bucket: ['uploadForms'] },
  },
  {
    method: 'POST',
    path: `${application}/paper-submission`,
    handler: 'submit-paper-application',
    access: 'staff',
    action: 'paper.submit',
    summary: 'Social worker: submit a registered paper application once its documents have arrived.',
    params: { reference },
    answers: review,
    refusals: [422],
    needs: { table: 'readWrite', bucket: SUBMITS, audit: 'appendAndHistory' },
  },
  {
    method: 'PUT',
    path: `${application}/withdrawal`,
    handler: 'record-withdrawal',
    access: 'staff',
    action: 'application.withdraw',
    summary: 'Staff: the person gave up; after publication a freed place is offered to the first on the waiting list.',
    params: { reference },
    body: WithdrawalRequestSchema,
    answers: review,
    refusals: [409],
    needs: { table: 'readWrite', audit: 'appendAndHistory' },
  },
  {
    method: 'GET',
    path: `${round}/selection-runs/latest`,
    handler: 'get-selection-run',
    access: 'staff',
    action: 'selection.read',
    summary:
      'Staff: the latest selection run, whether it is stale, each municipality’s numbers, and a page of a ' +
      'municipality’s result as it stands now (own municipality; administrators name one).',
    params: { roundId },
    query: SelectionRunQuerySchema,
    answers: { 200: { json: SelectionRunResponseSchema } },
    refusals: [422],
    needs: { table: 'read' },
  },
  {
    method: 'GET',
    path: `${round}/selection-readiness`,
    handler: 'get-selection-readiness',
    access: 'staff',
    action: 'selection.read',
    summary:
      'Staff: what stops the selection from running now: applications without a decision, per municipality and review state (own municipality).',
    params: { roundId },
    answers: { 200: { json: SelectionReadinessResponseSchema } },
    needs: { table: 'read' },
  },
  {
    method: 'GET',
    path: `${round}/protocol`,
    handler: 'get-protocol',
    access: 'staff',
    action: 'protocol.read',
    summary:
      'Staff: a municipality’s selection protocol as a document (number, date, criteria, each application’s rank, ' +
      'points, receipt time and result, who ran and published). JSON, with the selected and waiting persons’ ' +
      'contacts for the municipality’s own social workers (audited as such), or CSV without them.',
    params: { roundId },
    query: ProtocolQuerySchema,
    answers: { 200: { json: ProtocolResponseSchema, csv: true } },
    refusals: [422],
    needs: { table: 'read' },
  },

  // Administrators. Changes to a round write the round and its audit entry in one transaction; runs and results
  // live in the applications table.
  {
    method: 'GET',
    path: '/staff/audit',
    handler: 'list-audit-entries',
    access: 'administrator',
    action: 'audit.read',
    summary: 'Administrator: the audit log of staff reads and changes, newest first.',
    query: AuditQuerySchema,
    answers: { 200: { json: AuditPageResponseSchema } },
    refusals: [422],
    // The audit log itself: no application is read or changed here.
    needs: { audit: 'appendAndRead' },
  },
  {
    method: 'PUT',
    path: round,
    handler: 'save-round',
    access: 'administrator',
    action: 'round.save',
    summary:
      'Administrator: create a round (201), or replace its rules before intake opens (200); once intake has opened, only the same rules again. Answers with the round as GET /rounds/{roundId} shows it.',
    params: { roundId: newRoundId },
    body: RoundRulesSchema,
    answers: { 200: { json: RoundResponseSchema }, 201: { json: RoundResponseSchema } },
    refusals: [409, 422],
    needs: { table: 'readWrite' },
  },
  {
    method: 'POST',
    path: `${round}/intake-closure`,
    handler: 'close-intake',
    access: 'administrator',
    action: 'intake.close',
    summary: `Administrator: close open intake early. It closes ${EARLY_CLOSING_DELAY_MS / 1000} seconds after the request (window.closedEarlyAt), so that every submission already on its way is decided by its receipt time.`,
    params: { roundId },
    answers: { 200: { json: RoundResponseSchema } },
    refusals: [409],
    needs: { table: 'readWrite' },
  },
  {
    method: 'GET',
    path: `${round}/intake-window`,
    handler: 'get-intake-window',
    access: 'administrator',
    action: 'intake.read',
    summary:
      'Administrator: the round’s intake window with who changed it and when, and when the selection was published (intake is final from then on).',
    params: { roundId },
    answers: { 200: { json: IntakeWindowResponseSchema } },
    needs: { table: 'read' },
  },
  {
    method: 'PUT',
    path: `${round}/intake-window`,
    handler: 'extend-intake',
    access: 'administrator',
    action: 'intake.extend',
    summary:
      'Administrator: move the last day of intake later. This lifts an early closing, so intake opens again. Refused once the selection is published.',
    params: { roundId },
    body: ExtendIntakeRequestSchema,
    answers: { 200: { json: RoundResponseSchema } },
    refusals: [409, 422],
    needs: { table: 'readWrite' },
  },
  {
    method: 'POST',
    path: `${round}/selection-runs`,
    handler: 'run-selection',
    access: 'administrator',
    action: 'selection.run',
    summary: 'Administrator: run the selection of a closed round. The same data gives the same run (200).',
    params: { roundId },
    answers: { 200: { json: SelectionRunResponseSchema }, 201: { json: SelectionRunResponseSchema } },
    refusals: [409, 422],
    needs: { table: 'readWrite' },
  },
  {
    method: 'POST',
    path: `${round}/selection-runs/{runId}/publication`,
    handler: 'publish-selection',
    access: 'administrator',
    action: 'selection.publish',
    summary:
      'Administrator: publish the latest run, while intake is closed. Answers at once (202) while the results are ' +
      'recorded and each applicant is e-mailed their result once, in the background at the mail service’s rate; the ' +
      'run’s `publication` says how far it has come. Asked again, it only answers (200) and nudges a stalled job on.',
    params: { roundId, runId },
    answers: { 202: { json: SelectionRunResponseSchema }, 200: { json: SelectionRunResponseSchema } },
    refusals: [409, 422],
    needs: { table: 'readWrite' },
  },
  {
    method: 'GET',
    path: `${round}/dashboard`,
    handler: 'get-dashboard',
    access: 'administrator',
    action: 'dashboard.read',
    summary: 'Administrator: applications per municipality and review state, with the latest run.',
    params: { roundId },
    answers: { 200: { json: DashboardResponseSchema } },
    needs: { table: 'read' },
  },

  // The year of services: support plans. A participant's plan is reached through their application, so the
  // municipality rule of the application holds for it; plans are changed by social workers, read by both. Each
  // change names the plan's revision it was made on and answers with the whole plan.
  {
    method: 'GET',
    path: `${round}/participants`,
    handler: 'list-participants',
    access: 'staff',
    action: 'participants.read',
    summary: 'Staff: a municipality’s participants of the round, each with the state of the plan and its money.',
    params: { roundId },
    query: ParticipantsQuerySchema,
    answers: { 200: { json: ParticipantsResponseSchema } },
    refusals: [422],
    needs: { table: 'read' },
  },
  {
    method: 'GET',
    path: `${application}/plan`,
    handler: 'get-support-plan',
    access: 'staff',
    action: 'plan.read',
    summary: 'Staff: a participant’s support plan with every version, the months delivered, reviews and the end.',
    params: { reference },
    answers: plan,
    refusals: [409],
    needs: { table: 'read' },
  },
  {
    method: 'POST',
    path: `${application}/plan/versions`,
    handler: 'draw-up-plan',
    access: 'staff',
    action: 'plan.version',
    summary: 'Social worker: draws up the plan, or revises it by a new version with its reason; never above budget.',
    params: { reference },
    body: PlanVersionBodySchema,
    answers: plan,
    refusals: [409, 422],
    needs: { table: 'readWrite' },
  },
  {
    method: 'PUT',
    path: `${application}/plan/agreement`,
    handler: 'record-plan-agreement',
    access: 'staff',
    action: 'plan.agree',
    summary: 'Social worker: the participant signed the current version on paper, on the day given.',
    params: { reference },
    body: PlanAgreementBodySchema,
    answers: plan,
    refusals: [409, 422],
    needs: { table: 'readWrite' },
  },
  {
    method: 'PUT',
    path: `${application}/plan/deliveries`,
    handler: 'record-plan-delivery',
    access: 'staff',
    action: 'plan.delivery',
    summary: 'Social worker: what was delivered in a month of the plan; a month recorded again replaces its record.',
    params: { reference },
    body: MonthDeliveryBodySchema,
    answers: plan,
    refusals: [409, 422],
    needs: { table: 'readWrite' },
  },
  {
    method: 'POST',
    path: `${application}/plan/reviews`,
    handler: 'add-plan-review',
    access: 'staff',
    action: 'plan.review',
    summary: 'Social worker: a review of the year with notes.',
    params: { reference },
    body: PlanReviewBodySchema,
    answers: plan,
    refusals: [409, 422],
    needs: { table: 'readWrite' },
  },
  {
    method: 'PUT',
    path: `${application}/plan/end`,
    handler: 'end-plan',
    access: 'staff',
    action: 'plan.end',
    summary:
      'Social worker: the year ends, completed or left early; leaving early may offer the place to the waiting list.',
    params: { reference },
    body: PlanEndBodySchema,
    answers: plan,
    refusals: [409, 422],
    needs: { table: 'readWrite' },
  },

  // The year of services: the round's rules and figures. Administrators keep the budget, the catalogue and the
  // providers; a change writes the year and its audit entry in one transaction, over the revision it read.
  {
    method: 'GET',
    path: `${round}/service-year`,
    handler: 'get-service-year',
    access: 'staff',
    action: 'service-year.read',
    summary:
      'Staff: the round’s year of services (budget, catalogue, providers); a social worker’s own municipality’s providers only. Absent until set up.',
    params: { roundId },
    answers: { 200: { json: ServiceYearResponseSchema } },
    needs: { table: 'read' },
  },
  {
    method: 'PUT',
    path: `${round}/service-year`,
    handler: 'save-service-year',
    access: 'administrator',
    action: 'service-year.save',
    summary:
      'Administrator: set up or replace the round’s year of services, over the revision read (409 ROUND_CHANGED when another change came first). Agreed plans keep their prices.',
    params: { roundId },
    body: ServiceYearSaveRequestSchema,
    answers: { 200: { json: ServiceYearResponseSchema } },
    refusals: [409, 422],
    // Reads the plans, so that nothing a running plan names is taken away.
    needs: { table: 'readWrite' },
  },
  {
    method: 'GET',
    path: `${round}/service-year/dashboard`,
    handler: 'get-service-year-dashboard',
    access: 'administrator',
    action: 'service-year.dashboard.read',
    summary:
      'Administrator: participants, plans agreed, budget committed and spent per municipality and overall, by month and by kind of service; JSON or CSV.',
    params: { roundId },
    query: FiguresQuerySchema,
    answers: { 200: { json: ServiceYearFiguresResponseSchema, csv: true } },
    refusals: [422],
    needs: { table: 'read' },
  },
  {
    method: 'GET',
    path: `${round}/service-year/evaluation`,
    handler: 'get-service-year-evaluation',
    access: 'administrator',
    action: 'service-year.evaluation.read',
    summary:
      'Administrator: the evaluation in anonymised aggregates (services used, cost per person, completion), no names or references; JSON or CSV.',
    params: { roundId },
    query: FiguresQuerySchema,
    answers: { 200: { json: EvaluationResponseSchema, csv: true } },
    refusals: [422],
    needs: { table: 'read' },
  },

  // The record of processing activities (GDPR Art. 30), generated from the code's declarations and the rounds.
  {
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
    needs: { table: 'read' },
  },
  // Requests about personal data (GDPR), made at the office once the person's identity is checked: a copy of
  // everything held about them, and a correction of their details. Both are audited; neither puts the personal
  // code anywhere but the body.
  {
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
    needs: { table: 'read', audit: 'appendAndHistory', bucket: ['readUploads'] },
  },
  {
    method: 'PUT',
    path: `${application}/personal-details`,
    handler: 'correct-personal-details',
    access: 'staff',
    action: 'personal-details.correct',
    summary:
      'Staff: correct the person’s names, date of birth (new-format codes), contact details or representative’s ' +
      'details, with the reason (GDPR Art. 16). The application keeps only the new values; the audit entry keeps ' +
      'which fields changed, their earlier values and the reason, encrypted. 409 APPLICATION_ANONYMISED once the ' +
      'personal data was removed; 422 NOTHING_TO_CORRECT when nothing changes.',
    params: { reference },
    body: PersonalDetailsCorrectionRequestSchema,
    answers: review,
    refusals: [409, 422],
    needs: { table: 'readWrite', audit: 'appendAndHistory' },
  },
  // Personal data kept no longer than needed: how long an application's data is kept, a legal hold that stops its
  // removal, and erasure on request. Each answers with how the application now stands.
  {
    method: 'GET',
    path: `${application}/retention`,
    handler: 'get-retention',
    access: 'staff',
    action: 'retention.read',
    summary:
      'Staff: how long the application’s personal data is kept and under which period, its legal hold, and whether ' +
      'it may be erased on request now; once removed, when and under which rule. Audited.',
    params: { reference },
    answers: retention,
    needs: { table: 'read' },
  },
  {
    method: 'PUT',
    path: `${application}/hold`,
    handler: 'place-hold',
    access: 'staff',
    action: 'hold.place',
    summary:
      'Staff: put the application on legal hold (an appeal, or another reason written down): nothing of it is ' +
      'removed, by the retention job or on request, until the hold is lifted. 409 ERASURE_IN_PROGRESS once its ' +
      'removal has begun.',
    params: { reference },
    body: HoldRequestSchema,
    answers: retention,
    refusals: [409, 422],
    needs: { table: 'readWrite' },
  },
  {
    method: 'DELETE',
    path: `${application}/hold`,
    handler: 'lift-hold',
    access: 'staff',
    action: 'hold.lift',
    summary: 'Staff: lift the legal hold; the round’s retention applies again.',
    params: { reference },
    answers: retention,
    refusals: [409],
    needs: { table: 'readWrite' },
  },
  {
    method: 'POST',
    path: `${application}/erasure`,
    handler: 'erase-application',
    access: 'staff',
    action: 'application.erase',
    summary:
      'Staff: at the person’s request, identity checked at the office, erase their personal data and every version ' +
      'of the documents now, keeping an anonymised record. Refused (409) while the application is on hold ' +
      '(ERASURE_REFUSED_ON_HOLD) and once a published selection included it (ERASURE_REFUSED_PUBLISHED_SELECTION).',
    params: { reference },
    body: ErasureRequestSchema,
    answers: retention,
    refusals: [409, 422],
    needs: { table: 'readWrite', bucket: ['eraseDocuments'] },
  },
] as const satisfies readonly Route[];

export type Routes = typeof routes;
export type RouteNamed<H extends Routes[number]['handler']> = Extract<Routes[number], { handler: H }>;

/** A function the table's stream or the mail events feed rather than HTTP, with what it touches. */
export interface Consumer {
  readonly handler: string;
  readonly needs: FunctionNeeds;
  /** How long one invocation may run. @default 10 */
  readonly timeoutSeconds?: number;
}

/** A function fed by the table's stream. */
export interface StreamConsumer extends Consumer {
  /** The most stream records a call takes. @default 10 */
  readonly batchSize?: number;
  /**
   * Only changes of items whose sort key starts so reach it (an event filter in AWS); the function still ignores
   * any other record it is given. @default - every change
   */
  readonly sortKeyPrefix?: string;
}

/**
 * Functions fed by the applications table's stream rather than by HTTP: the e-mails that follow stored changes,
 * the staff queue's rows, counts and name words, and the publication job: every change of a run's header
 * (`RUN#…`) with an unfinished publication takes its next bounded step, and each step's own write of its progress
 * is the change that brings the next one.
 */
export const streamConsumers = [
  { handler: 'send-notifications', needs: { table: 'readWrite', mail: true } },
  // Up to 100 records a call: under a rush of submissions the counts are written once for many of them.
  { handler: 'follow-queue', needs: { table: 'readWrite' }, batchSize: 100 },
  {
    handler: 'publish-results',
    needs: { table: 'readWrite', mail: true },
    sortKeyPrefix: 'RUN#',
    // A step e-mails for at most 20 s and may first wait out up to 60 s after failures.
    timeoutSeconds: 120,
  },
] as const satisfies readonly StreamConsumer[];

/**
 * Functions fed by SES delivery events (bounces and complaints, published by the configuration set to a topic),
 * locally by the mail stand-in's simulator addresses. It records each on the application it was about.
 */
export const mailEventConsumers = [
  { handler: 'record-mail-events', needs: { table: 'readWrite' } },
] as const satisfies readonly Consumer[];

/** A function the clock runs: EventBridge Scheduler in AWS, a timer of the local host. */
export interface ScheduledJob extends Consumer {
  /** An EventBridge Scheduler expression, read in Riga time. */
  readonly schedule: string;
  /** The longest one run may take; a run does at most what fits in it. */
  readonly timeoutSeconds: number;
}

/**
 * The retention job, every hour: it removes the personal data whose round's period has ended, a bounded number
 * of applications per run, and audits each removal.
 */
export const scheduledJobs = [
  {
    handler: 'apply-retention',
    schedule: 'rate(1 hour)',
    timeoutSeconds: 300,
    needs: { table: 'readWrite', bucket: ['eraseDocuments'], audit: 'append' },
  },
] as const satisfies readonly ScheduledJob[];
