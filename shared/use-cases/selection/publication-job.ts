import { randomUUID } from 'node:crypto';
import type { Ports } from '../../ports/index.ts';
import type { SelectionOutcome } from '../../schemas/review.ts';
import type { Round } from '../../schemas/round.ts';
import type { RunRow } from '../../schemas/selection.ts';
import { NOT_SENT_LISTED, type PublicationProgress, type SelectionRunSummary } from '../../schemas/selection-api.ts';
import { loadRound } from '../load-round.ts';
import { sendResult } from '../send-result.ts';
import { mailPacer, pacedMailer, withMailer } from './mail-pace.ts';

/*
 * Publishing a run as a background job in bounded steps. `publishSelection` starts it (the run's `publication`);
 * each step takes the job for a while (a lease), goes on from the stored progress and stores its own, so a step
 * that dies anywhere leaves the job where the last stored progress says, and the next step does the rest:
 * - first every application of the run, in the round's order of municipalities and the protocol's order within
 *   each, gets its result (an idempotent write that keeps a place offered meanwhile);
 * - then each gets its result e-mail, at the mail service's sending rate, through the notification ledger: an
 *   e-mail sent before is never sent again, and only one whose sending was cut off between the mail service and
 *   the ledger can go out twice. A person offered a place meanwhile is e-mailed by the offer instead.
 * In AWS and locally, the table's stream drives it (`functions/publish-results.ts`): each step's write of its
 * progress is a change of the run, which brings the next step. Scripts and tests drive it with `drainPublication`.
 */

/** Results written per step: quick single writes, so a step takes a second or two. */
const RECORDS_PER_STEP = 1000;
/** Results written at once. */
const WRITES_AT_ONCE = 25;
/** The longest a step spends e-mailing at the sending rate: well within the consumer's timeout. */
const EMAIL_STEP_MS = 20_000;
/** Applications e-mailed per step at most, however fast the mail service may go. */
const EMAILS_PER_STEP = 500;
/** Applications read and e-mailed side by side; their e-mails still leave one by one at the rate. */
const EMAILS_AT_ONCE = 25;
/** How long a step holds the job: longer than a step and its wait after failures, with room to spare. */
const LEASE_MS = 3 * 60_000;
/** Failed attempts at one application's e-mail before it is left to its social service: about ten minutes. */
const EMAIL_ATTEMPTS = 15;
/** How often a drain looks again while another driver holds the job. */
const HELD_POLL_MS = 250;

/** The wait before an attempt that follows `failures` failed ones: doubling from a second, at most a minute. */
export function backoffMs(failures: number): number {
  return failures === 0 ? 0 : Math.min(1000 * 2 ** (failures - 1), 60_000);
}

/** Who drives the job, and with what. */
export interface PublicationDriver {
  /** The lease holder: `stream` for every attempt of the stream consumer, its own name for anything else. */
  holder: string;
  /** Names this attempt in the notification ledger (in Lambda, the invocation's request id). */
  attempt: string;
  /** Where the e-mails' status links lead. */
  webUrl: string;
  /** E-mails per second at most: the mail service's sending rate. */
  ratePerSecond: number;
  now(): Date;
  sleep(ms: number): Promise<void>;
}

/**
 * `stepped`: a step ran (`error` when it failed: its failure is stored, and the next step waits before trying
 * again). `held`: another driver holds the job. `finished`, `not-publishing`: there is nothing to do.
 */
export type StepOutcome =
  | { outcome: 'stepped'; progress: PublicationProgress; error?: unknown }
  | { outcome: 'held' | 'finished' | 'not-publishing' };

/** Takes the next step of the round's publication job, when it is the driver's to take. */
export async function advancePublication(
  ports: Ports,
  roundId: string,
  driver: PublicationDriver,
): Promise<StepOutcome> {
  const run = await ports.selectionRuns.latest(roundId);
  if (!run?.publication) return { outcome: 'not-publishing' };
  if (run.publication.finishedAt) return { outcome: 'finished' };
  const startedAt = driver.now();
  const lease = { holder: driver.holder, until: new Date(startedAt.getTime() + LEASE_MS).toISOString() };
  const step = await ports.selectionRuns.takePublicationStep(roundId, run.runId, lease, startedAt.toISOString());
  if (!step.taken) return { outcome: step.why };
  const before = step.progress;
  if (before.failures > 0) {
    const wait = Date.parse(before.updatedAt) + backoffMs(before.failures) - driver.now().getTime();
    if (wait > 0) await driver.sleep(Math.min(wait, backoffMs(before.failures)));
  }
  // Moved on as the work is done, so a failure keeps what was done before it.
  const done = { ...before };
  const stoppedAt: StoppedAt = {};
  let error: unknown;
  try {
    if (done.recorded < done.total) await recordResults(ports, run, done);
    else await emailResults(ports, run, done, driver, stoppedAt);
  } catch (failure) {
    error = failure ?? new Error('A publication step failed');
  }
  const progress = settled(before, done, error === undefined ? undefined : stoppedAt, driver.now().toISOString());
  await ports.selectionRuns.finishPublicationStep(roundId, run.runId, driver.holder, progress);
  return error === undefined ? { outcome: 'stepped', progress } : { outcome: 'stepped', progress, error };
}

/**
 * The progress a step leaves: failures counted at the application it stopped at (from one again when it got
 * further), an e-mail that failed `EMAIL_ATTEMPTS` times left to its social service, and the job finished once
 * every application's e-mail is done.
 */
function settled(
  before: PublicationProgress,
  done: PublicationProgress,
  failure: StoppedAt | undefined,
  at: string,
): PublicationProgress {
  const movedOn = done.recorded !== before.recorded || done.emailed !== before.emailed;
  const failures = failure ? (movedOn ? 1 : before.failures + 1) : 0;
  let progress: PublicationProgress = { ...done, failures, updatedAt: at };
  const emailing = progress.recorded >= progress.total;
  if (emailing && failures >= EMAIL_ATTEMPTS) progress = leftToSocialService(progress, failure?.reference);
  if (emailing && progress.emailed >= progress.total) progress.finishedAt = at;
  return progress;
}

/** Gives up the e-mail the job stopped at: its reference is listed for the administrators, and the job goes on. */
function leftToSocialService(progress: PublicationProgress, reference?: string): PublicationProgress {
  return {
    ...progress,
    emailed: progress.emailed + 1,
    notSentCount: progress.notSentCount + 1,
    notSent:
      reference && progress.notSent.length < NOT_SENT_LISTED ? [...progress.notSent, reference] : progress.notSent,
    failures: 0,
  };
}

/** Writes the next results of the run on their applications, moving `progress.recorded` on as they are stored. */
async function recordResults(ports: Ports, run: SelectionRunSummary, progress: PublicationProgress): Promise<void> {
  const rows = await rowsFrom(ports, run, progress.recorded, RECORDS_PER_STEP);
  for (let start = 0; start < rows.length; start += WRITES_AT_ONCE) {
    const batch = rows.slice(start, start + WRITES_AT_ONCE);
    const written = await Promise.allSettled(
      batch.map((row) => ports.applications.recordSelection(row.reference, outcomeOf(row, run))),
    );
    const succeeded = leadingSuccesses(written);
    progress.recorded += succeeded;
    const failure = written[succeeded];
    if (failure?.status === 'rejected') throw failure.reason;
  }
}

/** The application a failed e-mail step stopped at. */
interface StoppedAt {
  reference?: string;
}

/**
 * E-mails the next results at the sending rate, moving `progress.emailed` on as each application's go out; on a
 * failure, `stoppedAt` names the application it stopped at.
 */
async function emailResults(
  ports: Ports,
  run: SelectionRunSummary,
  progress: PublicationProgress,
  driver: PublicationDriver,
  stoppedAt: StoppedAt,
): Promise<void> {
  const round = await loadRound(ports, run.roundId);
  const pacer = mailPacer(driver.ratePerSecond, { now: () => driver.now().getTime(), sleep: driver.sleep });
  const paced = withMailer(ports, pacedMailer(ports.mailer, pacer));
  const delivery = { webUrl: driver.webUrl, attempt: `publication#${run.runId}#${driver.attempt}` };
  const rows = await rowsFrom(ports, run, progress.emailed, EMAILS_PER_STEP);
  for (let start = 0; start < rows.length && pacer.scheduledMs() < EMAIL_STEP_MS; start += EMAILS_AT_ONCE) {
    const group = rows.slice(start, start + EMAILS_AT_ONCE);
    const sent = await Promise.allSettled(group.map((row) => emailOne(paced, row.reference, run, round, delivery)));
    const succeeded = leadingSuccesses(sent);
    progress.emailed += succeeded;
    const failure = sent[succeeded];
    if (failure?.status === 'rejected') {
      stoppedAt.reference = group[succeeded]?.reference;
      throw failure.reason;
    }
  }
}

/**
 * One application's result e-mail, from its result as stored now. None when it has no result of this run (it was
 * never recorded), nor when it was offered a place since: the offer's own e-mail tells the person.
 */
async function emailOne(
  ports: Ports,
  reference: string,
  run: SelectionRunSummary,
  round: Round,
  delivery: { webUrl: string; attempt: string },
): Promise<void> {
  const application = await ports.applications.get(reference);
  const selection = application?.selection;
  if (!application || selection?.runId !== run.runId || selection.offeredAt) return;
  await sendResult(ports, application, delivery, round);
}

/** How many results, from the first, succeeded: the job goes on from the first that did not. */
function leadingSuccesses(results: readonly PromiseSettledResult<unknown>[]): number {
  const failed = results.findIndex((result) => result.status === 'rejected');
  return failed === -1 ? results.length : failed;
}

/**
 * Up to `count` rows of the run from `from`, counting through its municipalities in the run's order: the job's
 * position is one number over the whole run.
 */
async function rowsFrom(ports: Ports, run: SelectionRunSummary, from: number, count: number): Promise<RunRow[]> {
  const rows: RunRow[] = [];
  let start = 0;
  for (const { code, selected, waitlisted, excluded } of run.municipalities) {
    const size = selected + waitlisted + excluded;
    const first = Math.max(from, start);
    const last = Math.min(from + count, start + size);
    if (first < last) {
      rows.push(
        ...(await ports.selectionRuns.rows(run.roundId, run.runId, code, { from: first - start, count: last - first })),
      );
    }
    start += size;
  }
  return rows;
}

/** The result an application is told, from its row of the run. */
function outcomeOf(row: RunRow, run: SelectionRunSummary): SelectionOutcome {
  const base = { runId: run.runId, publishedAt: run.publishedAt ?? run.ranAt };
  if (row.reason !== undefined) return { ...base, outcome: 'not-selected', reason: row.reason };
  if (row.position !== undefined) return { ...base, outcome: 'waitlisted', rank: row.rank, position: row.position };
  return { ...base, outcome: 'selected', rank: row.rank };
}

export interface DrainOptions {
  /** Where the e-mails' status links lead. */
  webUrl: string;
  /** E-mails per second at most. @default no limit */
  ratePerSecond?: number;
  /**
   * Names this driver. Another driver's lease is waited out; a driver's own is taken at once, so a caller whose
   * earlier drain stopped (its process went on) gives the same name to go on without waiting. @default its own
   */
  holder?: string;
  /** @default the machine's clock */
  now?: () => Date;
  /** @default a real timer */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Drives the round's publication job to its end in this process, step after step, without the stream: for scripts
 * and tests. A step that fails is stored as the job stores it and tried again after its wait, as the stream would
 * (an e-mail that keeps failing is left to its social service), so the drain ends with the job; it stops early, with
 * the error, only when the job's own progress cannot be read or stored. It waits while another driver holds the
 * job. Answers the finished progress, or `undefined` when the latest run is not being published.
 */
export async function drainPublication(
  ports: Ports,
  roundId: string,
  options: DrainOptions,
): Promise<PublicationProgress | undefined> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const holder = options.holder ?? `drain-${randomUUID()}`;
  const driver: PublicationDriver = {
    holder,
    attempt: `${holder}#${randomUUID()}`,
    webUrl: options.webUrl,
    ratePerSecond: options.ratePerSecond ?? Number.POSITIVE_INFINITY,
    now: options.now ?? (() => new Date()),
    sleep,
  };
  for (;;) {
    const step = await advancePublication(ports, roundId, driver);
    if (step.outcome === 'finished' || step.outcome === 'not-publishing') break;
    if (step.outcome === 'held') await sleep(HELD_POLL_MS);
  }
  return (await ports.selectionRuns.latest(roundId))?.publication;
}
