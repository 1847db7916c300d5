import type { FunctionNeeds } from '../function-needs.ts';
import {
  applyRetentionNeeds,
  followQueueNeeds,
  publishResultsNeeds,
  recordMailEventsNeeds,
  sendNotificationsNeeds,
} from './consumer-needs.ts';

/*
 * The functions no route calls, which the route table (`shared/routes.ts`) lists beside its routes: each keeps its
 * hand-written `functions/<handler>.ts`, as what feeds it (a stream, a topic, the clock) is its own.
 */

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
