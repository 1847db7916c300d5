/**
 * THE route table: one declaration per route (see `http/route-declaration.ts`), each in its own module
 * `routes/<handler>.ts`, gathered here in the order the API lists them. The CDK API stack makes one Lambda
 * function, one HTTP API route and exactly the grants of `needs` per row; the local host dispatches by the same
 * rows; the OpenAPI document and the web's typed client follow from it. `functions/<handler>.ts` binds its own
 * route's module, not this table, to its use case and gets its input parsed by it: so a function's bundle carries,
 * and its cold start builds, the schemas of its own route alone.
 */
import type { FunctionNeeds } from './function-needs.ts';
import type { Route } from './http/route-declaration.ts';
import { addNoteRoute } from './routes/add-note.ts';
import { addPlanReviewRoute } from './routes/add-plan-review.ts';
import { agreeToPlanRoute } from './routes/agree-to-plan.ts';
import { checkDocumentsRoute } from './routes/check-documents.ts';
import { closeIntakeRoute } from './routes/close-intake.ts';
import {
  applyRetentionNeeds,
  followQueueNeeds,
  publishResultsNeeds,
  recordMailEventsNeeds,
  sendNotificationsNeeds,
} from './routes/consumer-needs.ts';
import { correctPersonalDetailsRoute } from './routes/correct-personal-details.ts';
import { countWaitingRoute } from './routes/count-waiting.ts';
import { createApplicationRoute } from './routes/create-application.ts';
import { createPaperUploadFormRoute } from './routes/create-paper-upload-form.ts';
import { createUploadFormRoute } from './routes/create-upload-form.ts';
import { decideEligibilityRoute } from './routes/decide-eligibility.ts';
import { drawUpPlanRoute } from './routes/draw-up-plan.ts';
import { endPlanRoute } from './routes/end-plan.ts';
import { eraseApplicationRoute } from './routes/erase-application.ts';
import { exportPersonalDataRoute } from './routes/export-personal-data.ts';
import { exportQueueRoute } from './routes/export-queue.ts';
import { extendIntakeRoute } from './routes/extend-intake.ts';
import { getApplicationStatusRoute } from './routes/get-application-status.ts';
import { getDashboardRoute } from './routes/get-dashboard.ts';
import { getDocumentLinkRoute } from './routes/get-document-link.ts';
import { getDraftAnswersRoute } from './routes/get-draft-answers.ts';
import { getIntakeWindowRoute } from './routes/get-intake-window.ts';
import { getOpenApiRoute } from './routes/get-openapi.ts';
import { getParticipantPlanRoute } from './routes/get-participant-plan.ts';
import { getProcessingRecordRoute } from './routes/get-processing-record.ts';
import { getProtocolRoute } from './routes/get-protocol.ts';
import { getRetentionRoute } from './routes/get-retention.ts';
import { getRoundRoute } from './routes/get-round.ts';
import { getSelectionReadinessRoute } from './routes/get-selection-readiness.ts';
import { getSelectionRunRoute } from './routes/get-selection-run.ts';
import { getServiceYearRoute } from './routes/get-service-year.ts';
import { getServiceYearDashboardRoute } from './routes/get-service-year-dashboard.ts';
import { getServiceYearEvaluationRoute } from './routes/get-service-year-evaluation.ts';
import { getStaffApplicationRoute } from './routes/get-staff-application.ts';
import { getSupportPlanRoute } from './routes/get-support-plan.ts';
import { liftHoldRoute } from './routes/lift-hold.ts';
import { listAuditEntriesRoute } from './routes/list-audit-entries.ts';
import { listDuplicatesRoute } from './routes/list-duplicates.ts';
import { listParticipantsRoute } from './routes/list-participants.ts';
import { listQueueRoute } from './routes/list-queue.ts';
import { listRoundsRoute } from './routes/list-rounds.ts';
import { placeHoldRoute } from './routes/place-hold.ts';
import { publishSelectionRoute } from './routes/publish-selection.ts';
import { recordPlanAgreementRoute } from './routes/record-plan-agreement.ts';
import { recordPlanDeliveryRoute } from './routes/record-plan-delivery.ts';
import { recordScoresRoute } from './routes/record-scores.ts';
import { recordWithdrawalRoute } from './routes/record-withdrawal.ts';
import { registerPaperApplicationRoute } from './routes/register-paper-application.ts';
import { requestLinkRoute } from './routes/request-link.ts';
import { resolveDuplicatesRoute } from './routes/resolve-duplicates.ts';
import { runSelectionRoute } from './routes/run-selection.ts';
import { saveRoundRoute } from './routes/save-round.ts';
import { saveServiceYearRoute } from './routes/save-service-year.ts';
import { searchQueueRoute } from './routes/search-queue.ts';
import { submitApplicationRoute } from './routes/submit-application.ts';
import { submitPaperApplicationRoute } from './routes/submit-paper-application.ts';
import { updateApplicationRoute } from './routes/update-application.ts';

export type { PublicRoute, Route, RouteAddress, StaffRoute } from './http/route-declaration.ts';

export const routes = [
  getOpenApiRoute,
  listRoundsRoute,
  getRoundRoute,
  createApplicationRoute,
  createUploadFormRoute,
  submitApplicationRoute,
  getApplicationStatusRoute,
  getParticipantPlanRoute,
  agreeToPlanRoute,
  getDraftAnswersRoute,
  requestLinkRoute,
  updateApplicationRoute,

  // Staff. Changes write the application and the audit entry in one transaction, so `readWrite` on the table
  // goes with the audit log; they answer with the application and its history, read from the log's
  // `application` index (`appendAndHistory`).
  listQueueRoute,
  searchQueueRoute,
  countWaitingRoute,
  exportQueueRoute,
  registerPaperApplicationRoute,
  getStaffApplicationRoute,
  getDocumentLinkRoute,
  checkDocumentsRoute,
  decideEligibilityRoute,
  recordScoresRoute,
  addNoteRoute,
  listDuplicatesRoute,
  resolveDuplicatesRoute,
  createPaperUploadFormRoute,
  submitPaperApplicationRoute,
  recordWithdrawalRoute,
  getSelectionRunRoute,
  getSelectionReadinessRoute,
  getProtocolRoute,

  // Administrators. Changes to a round write the round and its audit entry in one transaction; runs and results
  // live in the applications table.
  listAuditEntriesRoute,
  saveRoundRoute,
  closeIntakeRoute,
  getIntakeWindowRoute,
  extendIntakeRoute,
  runSelectionRoute,
  publishSelectionRoute,
  getDashboardRoute,

  // The year of services: support plans. A participant's plan is reached through their application, so the
  // municipality rule of the application holds for it; plans are changed by social workers, read by both. Each
  // change names the plan's revision it was made on and answers with the whole plan.
  listParticipantsRoute,
  getSupportPlanRoute,
  drawUpPlanRoute,
  recordPlanAgreementRoute,
  recordPlanDeliveryRoute,
  addPlanReviewRoute,
  endPlanRoute,

  // The year of services: the round's rules and figures. Administrators keep the budget, the catalogue and the
  // providers; a change writes the year and its audit entry in one transaction, over the revision it read.
  getServiceYearRoute,
  saveServiceYearRoute,
  getServiceYearDashboardRoute,
  getServiceYearEvaluationRoute,

  // The record of processing activities (GDPR Art. 30), generated from the code's declarations and the rounds.
  getProcessingRecordRoute,
  // Requests about personal data (GDPR), made at the office once the person's identity is checked: a copy of
  // everything held about them, and a correction of their details. Both are audited; neither puts the personal
  // code anywhere but the body.
  exportPersonalDataRoute,
  correctPersonalDetailsRoute,
  // Personal data kept no longer than needed: how long an application's data is kept, a legal hold that stops its
  // removal, and erasure on request. Each answers with how the application now stands.
  getRetentionRoute,
  placeHoldRoute,
  liftHoldRoute,
  eraseApplicationRoute,
] as const satisfies readonly Route[];

export type Routes = typeof routes;

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
  {
    handler: 'send-notifications',
    needs: sendNotificationsNeeds,
  },
  // Up to 100 records a call: under a rush of submissions the counts are written once for many of them.
  { handler: 'follow-queue', needs: followQueueNeeds, batchSize: 100 },
  {
    handler: 'publish-results',
    needs: publishResultsNeeds,
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
  { handler: 'record-mail-events', needs: recordMailEventsNeeds },
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
    needs: applyRetentionNeeds,
  },
] as const satisfies readonly ScheduledJob[];
